package dev.csreview.cli;

import dev.csreview.run.Inputs;
import dev.csreview.run.BrandLoader;
import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.report.Brand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioTest {
    @TempDir
    Path tmp;

    private int run(String... args) {
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void writes_a_package_per_client_and_one_overview() throws Exception {
        Path out = tmp.resolve("clients");
        Path brand = tmp.resolve("brand.yaml");
        Files.writeString(brand, "name: Example Law Firm\ncolour: \"#1f4e79\"\nlogo: logo.svg\n");
        Files.writeString(tmp.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        assertThat(run("portfolio", "--out", out.toString(), "--brand", brand.toString(), "--date", "2026-03-02", "--lang", "en", "samples")).isZero();
        String html = Files.readString(out.resolve("portfolio.html"));
        assertThat(html).contains("Example Law Firm", "data:image/svg+xml;base64,", "#1f4e79", "/00-index.html\"");
        String csv = Files.readString(out.resolve("portfolio.csv"));
        assertThat(csv).startsWith("client,profile,worst_outcome,next_deadline,package,route:");
        long packages;
        try (var dirs = Files.list(out)) {
            packages = dirs.filter(Files::isDirectory).count();
        }
        try (var samples = Files.list(Path.of("samples"))) {
            assertThat(packages).isEqualTo(samples.filter(p -> p.toString().endsWith(".yaml")).count());
        }
        assertThat(run("portfolio", "--out", out.toString(), "--date", "2026-03-02", "samples")).isEqualTo(ExitCode.INVALID);
        assertThat(run("portfolio", "--out", out.toString(), "--date", "2026-03-02", "--force", "samples")).isZero();
    }

    /**
     * A profile that cannot be assessed is in the overview, saying why, as assess's batch goes on with the others
     * (exit 2): a consultant must not get a portfolio that silently lacks a client.
     */
    @Test
    void a_profile_that_cannot_be_assessed_is_in_the_overview_saying_why() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("mixed"));
        String profile = Files.readString(Path.of("samples/us-listing-platform.yaml"));
        Files.writeString(in.resolve("good.yaml"), profile);
        Path typo = in.resolve("typo.yaml");
        Files.writeString(typo, profile.replace("is_ciio:", "is_cio:"));
        Path en = tmp.resolve("en");
        assertThat(run("portfolio", "--out", en.toString(), "--date", "2026-03-02", "--lang", "en", in.toString())).isEqualTo(ExitCode.INVALID);
        String csv = Files.readString(en.resolve("portfolio.csv"));
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",problem");
        assertThat(csv).contains("\r\n," + typo + ",not_assessed,", typo + ":27:3: 'is_cio' is not a question in answers; did you mean 'is_ciio'?\r\n");
        assertThat(csv.lines().filter(l -> l.contains("good.yaml")).findFirst().orElseThrow()).contains(",must_declare,");
        String html = Files.readString(en.resolve("portfolio.html"));
        assertThat(html).contains("2 clients;", "1 could not be assessed", "could not be assessed: " + typo + ":27:3:");
        Path zh = tmp.resolve("zh");
        assertThat(run("portfolio", "--out", zh.toString(), "--date", "2026-03-02", "--lang", "zh", in.toString())).isEqualTo(ExitCode.INVALID);
        assertThat(Files.readString(zh.resolve("portfolio.html"))).contains("无法评估 1 家", "无法评估：" + typo + ":27:3:");
    }

    /** The CSV says what the HTML's "?" says: an unsettled factor and the level it could reach (factor:ID:could_reach). */
    @Test
    void the_csv_carries_the_uncertainty_of_each_factor() throws Exception {
        Path out = tmp.resolve("open");
        assertThat(run("portfolio", "--out", out.toString(), "--date", "2026-03-02", "samples/unknown-user-count.yaml", "samples/us-listing-platform.yaml")).isZero();
        java.util.List<String> lines = Files.readAllLines(out.resolve("portfolio.csv"));
        java.util.List<String> head = Arrays.asList(lines.get(0).split(",", -1));
        int f5 = head.indexOf("factor:f5_data");
        assertThat(head.get(f5 + 1)).isEqualTo("factor:f5_data:could_reach");
        java.util.List<String> open = Arrays.asList(lines.stream().filter(l -> l.contains("unknown-user-count")).findFirst().orElseThrow().split(",", -1));
        java.util.List<String> settled = Arrays.asList(lines.stream().filter(l -> l.contains("us-listing-platform")).findFirst().orElseThrow().split(",", -1));
        assertThat(open.subList(f5, f5 + 2)).containsExactly("medium", "high");
        assertThat(settled.subList(f5, f5 + 2)).containsExactly("medium", "");
        assertThat(open).hasSameSizeAs(head);
    }

    @Test
    void two_profiles_naming_one_company_do_not_share_a_package_folder() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("same"));
        String profile = Files.readString(Path.of("samples/us-listing-platform.yaml"));
        Files.writeString(in.resolve("a.yaml"), profile);
        Files.writeString(in.resolve("b.yaml"), profile.replace("3200000", "3300000"));
        for (String command : new String[] {"assess", "portfolio"}) {
            for (String[] force : new String[][] {{}, {"--force"}}) {
                Path out = tmp.resolve(command + force.length);
                StringWriter err = new StringWriter();
                String[] args = Stream.concat(Stream.of(command, "--out", out.toString(), "--date", "2026-03-02", in.toString()),
                        Arrays.stream(force)).toArray(String[]::new);
                assertThat(Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err))).as(command).isEqualTo(ExitCode.INVALID);
                assertThat(err.toString()).contains("a.yaml", "b.yaml", "the same company name");
                try (var dirs = Files.list(out)) {
                    assertThat(dirs.filter(Files::isDirectory).count()).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void the_brand_comes_from_the_xdg_config_file_and_bad_brands_are_located() throws Exception {
        Path config = tmp.resolve("xdg/csreview/config.yaml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "brand:\n  name: Firm from config\n");
        Brand b = BrandLoader.load(null, Map.of("XDG_CONFIG_HOME", tmp.resolve("xdg").toString()), dev.csreview.run.RunContext.of(Map.of()).inputs());
        assertThat(b.name()).isEqualTo("Firm from config");
        assertThat(BrandLoader.load(null, Map.of("HOME", tmp.resolve("nobody").toString()), dev.csreview.run.RunContext.of(Map.of()).inputs())).isEqualTo(Brand.NONE);
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: X\ncolour: red\nlogo: logo.exe\n");
        try {
            BrandLoader.load(bad, Map.of(), dev.csreview.run.RunContext.of(Map.of()).inputs());
            org.junit.jupiter.api.Assertions.fail("accepted a bad brand");
        } catch (dev.csreview.diagnostic.InvalidInputException e) {
            assertThat(e.diagnostics()).extracting(d -> d.code()).containsExactly("B001", "B002");
        }
    }

    @Test
    void each_client_s_next_deadline_is_the_first_date_of_its_own_plan() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("plans"));
        String profile = Files.readString(Path.of("samples/us-listing-platform.yaml"));
        Files.writeString(in.resolve("early.yaml"), profile.replace("planned_application_date: 2027-03-01", "planned_application_date: 2026-06-01"));
        Files.writeString(in.resolve("late.yaml"), profile.replace("planned_application_date: 2027-03-01", "planned_application_date: 2026-12-01")
                .replace("company_name: ", "company_name: Other "));
        Path out = tmp.resolve("plans-out");
        assertThat(run("portfolio", "--out", out.toString(), "--date", "2026-03-02", "--lang", "en", in.toString())).isZero();
        Map<String, String> deadlines = new java.util.HashMap<>();
        for (String line : Files.readAllLines(out.resolve("portfolio.csv")).subList(1, 3)) {
            String[] cells = line.split(",");
            deadlines.put(cells[1], cells[3]);
        }
        var days = dev.csreview.calendar.ChinaWorkingDays.builtin();
        // early: planned 1 June, already too late for the ordinary review on 2 March: its next date is the planned one.
        assertThat(deadlines.get(in.resolve("early.yaml").toString())).isEqualTo("2026-06-01");
        // late: its next date is the latest filing date with the special procedure (65 + 15 + 90 working days back).
        assertThat(deadlines.get(in.resolve("late.yaml").toString()))
                .isEqualTo(days.latestStart(java.time.LocalDate.of(2026, 12, 1), 55 + 15 + 90 + 10).toString());
        assertThat(Files.readString(out.resolve("portfolio.html"))).contains("cannot hold");
    }
}
