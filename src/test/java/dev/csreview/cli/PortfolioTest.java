package dev.csreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csreview.report.Brand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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

    @Test
    void the_brand_comes_from_the_xdg_config_file_and_bad_brands_are_located() throws Exception {
        Path config = tmp.resolve("xdg/csreview/config.yaml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "brand:\n  name: Firm from config\n");
        Brand b = BrandLoader.load(null, Map.of("XDG_CONFIG_HOME", tmp.resolve("xdg").toString()), new Inputs());
        assertThat(b.name()).isEqualTo("Firm from config");
        assertThat(BrandLoader.load(null, Map.of("HOME", tmp.resolve("nobody").toString()), new Inputs())).isEqualTo(Brand.NONE);
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: X\ncolour: red\nlogo: logo.exe\n");
        try {
            BrandLoader.load(bad, Map.of(), new Inputs());
            org.junit.jupiter.api.Assertions.fail("accepted a bad brand");
        } catch (dev.csreview.diagnostic.InvalidInputException e) {
            assertThat(e.diagnostics()).extracting(d -> d.code()).containsExactly("B001", "B002");
        }
    }
}
