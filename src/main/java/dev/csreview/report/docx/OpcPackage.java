package dev.csreview.report.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The parts of a DOCX (an Open Packaging zip) by name, with the document's relationships and content types kept
 * beside them, written with java.util.zip: same parts in the same order with the same times give the same bytes.
 */
final class OpcPackage {
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    /** Bigger than any real reference document (logos included); a zip that inflates beyond this is not one. */
    private static final long MAX_INFLATED = 64L * 1024 * 1024;
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b([A-Za-z]+)=\"([^\"]*)\"");
    private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship\\b[^>]*>");
    private static final Pattern DEFAULT = Pattern.compile("<Default\\b[^>]*>");
    private static final Pattern OVERRIDE = Pattern.compile("<Override\\b[^>]*>");

    /** One relationship of word/document.xml. */
    record Relationship(String id, String type, String target, boolean external) {}

    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    private final Map<String, String> defaults = new TreeMap<>();
    private final Map<String, String> overrides = new TreeMap<>();
    private final List<Relationship> documentRels = new ArrayList<>();
    private int nextRelId = 1;

    /** An empty package. */
    OpcPackage() {
        defaults.put("rels", "application/vnd.openxmlformats-package.relationships+xml");
        defaults.put("xml", "application/xml");
    }

    /** A firm's reference document's parts under word/ (its body is replaced later); nothing of it is interpreted but names and relationships. */
    static OpcPackage read(byte[] docx) {
        OpcPackage pkg = new OpcPackage();
        long inflated = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_INFLATED - inflated + 1));
                inflated += bytes.length;
                if (inflated > MAX_INFLATED) {
                    throw new IOException("it inflates to more than " + MAX_INFLATED / (1024 * 1024) + " MiB");
                }
                if (name.equals("[Content_Types].xml")) {
                    String types = utf8(bytes);
                    for (Matcher m = DEFAULT.matcher(types); m.find(); ) {
                        Map<String, String> a = attributes(m.group());
                        pkg.defaults.putIfAbsent(a.getOrDefault("Extension", "").toLowerCase(java.util.Locale.ROOT), a.getOrDefault("ContentType", ""));
                    }
                    for (Matcher m = OVERRIDE.matcher(types); m.find(); ) {
                        Map<String, String> a = attributes(m.group());
                        pkg.overrides.put(a.getOrDefault("PartName", "").replaceFirst("^/", ""), a.getOrDefault("ContentType", ""));
                    }
                } else if (name.equals("word/_rels/document.xml.rels")) {
                    for (Matcher m = RELATIONSHIP.matcher(utf8(bytes)); m.find(); ) {
                        Map<String, String> a = attributes(m.group());
                        pkg.documentRels.add(new Relationship(a.getOrDefault("Id", ""), a.getOrDefault("Type", ""), a.getOrDefault("Target", ""),
                                "External".equals(a.get("TargetMode"))));
                        Matcher id = Pattern.compile("^rId(\\d{1,6})$").matcher(a.getOrDefault("Id", ""));
                        if (id.find()) {
                            pkg.nextRelId = Math.max(pkg.nextRelId, Integer.parseInt(id.group(1)) + 1);
                        }
                    }
                } else if (name.startsWith("word/") && !e.isDirectory()) {
                    pkg.parts.put(name, bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pkg.overrides.keySet().removeIf(part -> !pkg.parts.containsKey(part));
        // Relationships to what was left out (custom XML, the body's own images are kept) would point at nothing.
        pkg.documentRels.removeIf(r -> !r.external() && !pkg.parts.containsKey(resolve(r.target())));
        pkg.defaults.remove("bin");
        return pkg;
    }

    private static Map<String, String> attributes(String element) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Matcher m = ATTRIBUTE.matcher(element); m.find(); ) {
            out.put(m.group(1), m.group(2).replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">"));
        }
        return out;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A relationship's target as a part name: relative to word/ ("../" allowed), or absolute from the package root. */
    private static String resolve(String target) {
        java.util.Deque<String> path = new java.util.ArrayDeque<>();
        if (!target.startsWith("/")) {
            path.add("word");
        }
        for (String segment : target.split("/")) {
            if (segment.equals("..")) {
                path.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                path.add(segment);
            }
        }
        return String.join("/", path);
    }

    boolean has(String name) {
        return parts.containsKey(name);
    }

    String text(String name) {
        byte[] bytes = parts.get(name);
        return bytes == null ? null : utf8(bytes);
    }

    /** The part a relationship of the document of this type points to (word/…), or null. */
    String target(String type) {
        for (Relationship r : documentRels) {
            if (!r.external() && r.type().equals(REL + type)) {
                String target = resolve(r.target());
                return parts.containsKey(target) ? target : null;
            }
        }
        return null;
    }

    /** {@code preferred} if no part has that name yet, else the first free of its stem with 2, 3, … (word/header2.xml). */
    String unique(String preferred) {
        String stem = preferred.substring(0, preferred.lastIndexOf('.')).replaceFirst("\\d+$", "");
        String suffix = preferred.substring(preferred.lastIndexOf('.'));
        String name = preferred;
        for (int i = 2; parts.containsKey(name); i++) {
            name = stem + i + suffix;
        }
        return name;
    }

    void put(String name, String xml, String contentType) {
        put(name, xml.getBytes(StandardCharsets.UTF_8), contentType);
    }

    void put(String name, byte[] bytes, String contentType) {
        parts.put(name, bytes);
        if (contentType != null) {
            overrides.put(name, contentType);
        }
    }

    void putDefault(String extension, String contentType) {
        defaults.putIfAbsent(extension, contentType);
    }

    /** Relates a part (word/…) to the document under a fresh id, and returns the id. */
    String relate(String type, String part) {
        String id = "rId" + nextRelId++;
        documentRels.add(new Relationship(id, REL + type, part.substring("word/".length()), false));
        return id;
    }

    /** The zip, with the package's relationships, core and app properties; every entry dated {@code date}. */
    byte[] zip(String coreXml, LocalDate date) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", contentTypes().getBytes(StandardCharsets.UTF_8));
        all.put("_rels/.rels", (WordXml.HEAD_STANDALONE + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Target=\"word/document.xml\" Type=\"" + REL + "officeDocument\"/>"
                + "<Relationship Id=\"rId2\" Target=\"docProps/app.xml\" Type=\"" + REL + "extended-properties\"/>"
                + "<Relationship Id=\"rId3\" Target=\"docProps/core.xml\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        all.put("docProps/app.xml", (WordXml.HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>csreview</Application></Properties>").getBytes(StandardCharsets.UTF_8));
        all.put("docProps/core.xml", coreXml.getBytes(StandardCharsets.UTF_8));
        StringBuilder rels = new StringBuilder(WordXml.HEAD_STANDALONE).append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (Relationship r : documentRels) {
            rels.append("<Relationship Id=\"").append(WordXml.attr(r.id())).append("\" Target=\"").append(WordXml.attr(r.target())).append("\" Type=\"")
                    .append(WordXml.attr(r.type())).append(r.external() ? "\" TargetMode=\"External\"/>" : "\"/>");
        }
        all.put("word/_rels/document.xml.rels", rels.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8));
        all.putAll(parts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : all.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                // Local time, not an instant: the same bytes in every time zone.
                entry.setTimeLocal(date.atStartOfDay());
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder(WordXml.HEAD_STANDALONE).append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        defaults.forEach((ext, type) -> xml.append("<Default ContentType=\"").append(WordXml.attr(type)).append("\" Extension=\"")
                .append(WordXml.attr(ext)).append("\"/>"));
        overrides.put("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        overrides.put("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        overrides.forEach((part, type) -> xml.append("<Override ContentType=\"").append(WordXml.attr(type)).append("\" PartName=\"/")
                .append(WordXml.attr(part)).append("\"/>"));
        return xml.append("</Types>").toString();
    }
}
