package dev.csreview.report;

import dev.csreview.assessment.Assessment;
import dev.csreview.assessment.DeterminationResult;
import dev.csreview.output.AssessmentJson;
import dev.csreview.profile.ProfileWriter;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds every file of a declaration package in memory, by name: the documents in each language and format,
 * {@code timeline.ics} when there is a filing plan, {@code assessment.json}, {@code answers.yaml} and
 * {@code manifest.json}. Pure: the same assessment and
 * request give the same bytes.
 */
public final class PackageBuilder {
    private final PackageSpec spec;
    private final TemplateRenderer templates;
    private final DocxWriterFactory docx;
    private final PdfWriterFactory pdf;

    /** DOCX support is loaded only when asked for: the CLI passes a factory, tests may pass null. */
    public interface DocxWriterFactory {
        byte[] write(String markdown, String title, Lang lang, Map<String, Object> data);
    }

    /** PDF support, loaded only when asked for (its libraries are large): prints a document's HTML. */
    public interface PdfWriterFactory {
        byte[] write(String html, String title, Lang lang, java.time.LocalDate date);
    }

    public PackageBuilder(PackageSpec spec, TemplateRenderer templates, DocxWriterFactory docx) {
        this(spec, templates, docx, null);
    }

    public PackageBuilder(PackageSpec spec, TemplateRenderer templates, DocxWriterFactory docx, PdfWriterFactory pdf) {
        this.spec = spec;
        this.templates = templates;
        this.docx = docx;
        this.pdf = pdf;
    }

    public PackageSpec spec() {
        return spec;
    }

    /** Where a package's files go as they are made: a folder being written, or a map (tests). */
    @FunctionalInterface
    public interface FileSink {
        void write(String name, Writing writing) throws IOException;
    }

    /** Writes one file's bytes. */
    @FunctionalInterface
    public interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Every file of the package, in memory. */
    public Map<String, byte[]> build(Assessment a, PackageRequest request) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            build(a, request, (name, writing) -> {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                writing.to(bytes);
                files.put(name, bytes.toByteArray());
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    /**
     * Every file of the package, handed to {@code sink} one at a time: only the file being made is in memory (a
     * package of 10,000 procurement records is 265 MB; held whole, with its text forms, it took 3.7 GB).
     */
    public void build(Assessment a, PackageRequest request, FileSink sink) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        FileSink files = (name, writing) -> sink.write(name, out -> {
            MessageDigest sha = sha256();
            writing.to(new java.security.DigestOutputStream(out, sha));
            hashes.put(name, HexFormat.of().formatHex(sha.digest()));
        });
        List<Timeline.Row> timeline = Timeline.compute(spec.timeline(), request.date(), request.workingDays());
        HtmlDocument html = new HtmlDocument(templates);
        for (Lang lang : List.of(Lang.ZH, Lang.EN)) {
            if (!request.languages().contains(lang)) {
                continue;
            }
            Map<String, Object> data = new DocumentData(a, lang).build(spec, request.date(), timeline, request.toolVersion());
            data.put("draft_mark", spec.print().draftMark().in(lang));
            data.put("page_footer", spec.print().pageFooter().in(lang));
            data.put("brand", brand(request.brand()));
            ShortForms shortForms = ShortForms.of(a.questionnaire(), lang, spec.print().shortFormIntro().in(lang));
            List<Object> included = new ArrayList<>();
            for (PackageSpec.Document doc : spec.documents()) {
                if (include(doc, a)) {
                    included.add(Map.of("id", doc.id(), "title", doc.title().in(lang), "file", FileNames.sanitise(doc.file().in(lang))));
                }
            }
            data.put("documents", included);
            String chart = FactorChart.svg(castList(data.get("factors")), spec.chartTitle().in(lang));
            for (PackageSpec.Document doc : spec.documents()) {
                if (!include(doc, a)) {
                    continue;
                }
                String stem = FileNames.sanitise(doc.file().in(lang));
                String title = doc.title().in(lang);
                Map<String, Object> docData = new LinkedHashMap<>(data);
                docData.put("title", title);
                String markdown = shortForms.introduce(templates.render(lang.code() + "/" + doc.template(), docData));
                if (request.formats().contains(PackageRequest.Format.MD)) {
                    put(files, stem + ".md", utf8(HtmlDocument.withoutChartMarker(markdown)));
                }
                boolean wantsPdf = request.formats().contains(PackageRequest.Format.PDF) && pdf != null;
                if (request.formats().contains(PackageRequest.Format.HTML) || wantsPdf) {
                    String page = html.render(markdown, title, lang.code(), doc.chart() ? chart : "", docData);
                    if (request.formats().contains(PackageRequest.Format.HTML)) {
                        put(files, stem + ".html", utf8(page));
                    }
                    if (wantsPdf) {
                        put(files, stem + ".pdf", pdf.write(page, title, lang, request.date()));
                    }
                }
                if (request.formats().contains(PackageRequest.Format.DOCX) && docx != null) {
                    put(files, stem + ".docx", docx.write(HtmlDocument.withoutChartMarker(markdown), title, lang, docData));
                }
            }
        }
        if (!a.plan().routes().isEmpty()) {
            List<Lang> languages = new ArrayList<>();
            for (Lang lang : List.of(Lang.ZH, Lang.EN)) {
                if (request.languages().contains(lang)) {
                    languages.add(lang);
                }
            }
            put(files, "timeline.ics", PlanCalendar.ics(a, company(a), calendarName(languages.get(0)), request.date(), languages));
        }
        files.write("assessment.json", out -> new AssessmentJson().render(a, request.toolVersion(), out));
        Lang answersLang = request.languages().contains(Lang.ZH) ? Lang.ZH : Lang.EN;
        // With their sources: assessing answers.yaml again gives the same package, exhibits included.
        put(files, "answers.yaml", utf8(new ProfileWriter(a.questionnaire(), answersLang).write(a.answers().answers()) + ProfileWriter.evidence(a.evidence())));
        byte[] manifest = manifest(hashes, a, request);
        sink.write("manifest.json", out -> out.write(manifest));
    }

    private static void put(FileSink files, String name, byte[] bytes) throws IOException {
        files.write(name, out -> out.write(bytes));
    }

    /** What the calendar is called, in the package's wording; empty when package.yaml does not say. */
    private String calendarName(Lang lang) {
        var name = spec.plan() == null ? null : spec.plan().wording().get("calendar");
        return name == null ? "" : name.in(lang);
    }

    /** The company's name as answered, else the profile's name: what the calendar's events are for. */
    private String company(Assessment a) {
        var answer = spec.companyQuestion() == null ? null : a.answers().answers().get(spec.companyQuestion());
        return answer != null && answer.value() != null ? String.valueOf(answer.value()) : a.profileName();
    }

    /** The brand as templates and the DOCX writer see it; a brand with no name is none. */
    static Map<String, Object> brand(Brand brand) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", brand.name());
        m.put("colour", brand.colour());
        m.put("logo", brand.logoDataUri());
        return m;
    }

    private static boolean include(PackageSpec.Document doc, Assessment a) {
        if (doc.onlyIfRoute() == null) {
            return true;
        }
        return a.determinations().stream()
                .filter(d -> d.determination().id().equals(doc.onlyIfRoute()))
                .map(DeterminationResult::outcome)
                .anyMatch(o -> o != Outcome.NOT_TRIGGERED);
    }

    private static byte[] manifest(Map<String, String> hashes, Assessment a, PackageRequest request) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", "csreview-manifest/1");
        m.put("tool", AssessmentJson.tool(request.toolVersion()));
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", a.questionnaire().id());
        q.put("version", a.questionnaire().version());
        q.put("sha256", a.questionnaire().sha256());
        m.put("questionnaire", q);
        m.put("profile", a.profileName());
        m.put("date", request.date().toString());
        m.put("files", new LinkedHashMap<>(hashes));
        return utf8(dev.csreview.output.JsonText.write(m) + "\n");
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object o) {
        return (List<Object>) o;
    }
}
