package dev.csreview.run;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.files.InputFiles;
import dev.csreview.report.Brand;
import dev.csreview.yaml.Fields;
import dev.csreview.yaml.YNode;
import dev.csreview.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The firm's brand for portfolios and every package document: from {@code --brand FILE}, else the user config
 * ({@code $XDG_CONFIG_HOME/csreview/config.yaml}, default {@code ~/.config/csreview/config.yaml}, key {@code brand}).
 * {@code logo} is a PNG, JPEG or SVG file, relative to the file that names it; it is embedded, never linked.
 * {@code reference_docx} names the firm's reference .docx, relative likewise.
 */
public final class BrandLoader {
    private static final Set<String> CONFIG_KEYS = Set.of("brand");
    private static final Set<String> BRAND_KEYS = Set.of("name", "colour", "logo", "reference_docx");

    private BrandLoader() {}

    public static Brand load(Path brandFile, Map<String, String> env, Inputs inputs) throws InvalidInputException, IOException {
        if (brandFile != null) {
            return parse(brandFile, inputs.read(brandFile), false);
        }
        Path config = configFile(env);
        if (config != null && Files.isRegularFile(config)) {
            return parse(config, inputs.read(config), true);
        }
        return Brand.NONE;
    }

    public static Path configFile(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "csreview", "config.yaml");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return home == null ? null : Path.of(home, ".config", "csreview", "config.yaml");
    }

    private static Brand parse(Path file, byte[] bytes, boolean config) throws InvalidInputException, IOException {
        Diagnostics out = new Diagnostics();
        Optional<YNode> root = new YamlReader().read(file.toString(), bytes, out);
        Optional<Fields> f = root.flatMap(r -> Fields.of(r, config ? "config" : "brand", config ? CONFIG_KEYS : BRAND_KEYS, out));
        if (config) {
            f = f.filter(c -> c.has("brand")).flatMap(c -> Fields.of(c.node("brand"), "brand", BRAND_KEYS, out));
        }
        if (out.hasErrors()) {
            throw new InvalidInputException(out.list());
        }
        if (f.isEmpty()) {
            return Brand.NONE;
        }
        Fields b = f.get();
        String colour = b.string("colour").orElse(Brand.NONE.colour());
        if (!colour.matches("^#[0-9a-fA-F]{3,8}$")) {
            out.error(b.at("colour"), "B001", colour);
        }
        String logo = "";
        Optional<String> logoPath = b.string("logo");
        if (logoPath.isPresent()) {
            Path p = file.toAbsolutePath().getParent().resolve(logoPath.get());
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            String mime = name.endsWith(".png") ? "image/png" : name.endsWith(".svg") ? "image/svg+xml"
                    : name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg" : null;
            if (mime == null) {
                out.error(b.at("logo"), "B002", logoPath.get());
            } else if (!Files.exists(p)) {
                out.error(b.at("logo"), "B003", p);
            } else if (!InputFiles.regularFileInside(p, file.toAbsolutePath().getParent())) {
                // A logo linked to /etc/shadow would be embedded, base64, in a page sent to clients.
                out.error(b.at("logo"), "B010", p);
            } else {
                byte[] image = readLogo(p, b, out);
                if (image != null && !isImage(image, mime)) {
                    out.error(b.at("logo"), "B009", p, mime);
                } else if (image != null) {
                    logo = "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(image);
                }
            }
        }
        if (out.hasErrors()) {
            throw new InvalidInputException(out.list());
        }
        Path reference = b.string("reference_docx").map(r -> file.toAbsolutePath().getParent().resolve(r)).orElse(null);
        return new Brand(b.string("name").orElse(""), colour, logo, reference);
    }

    private static final int MAX_LOGO = 2 * 1024 * 1024;

    private static byte[] readLogo(Path p, Fields b, Diagnostics out) {
        try {
            return InputFiles.read(p, MAX_LOGO);
        } catch (InvalidInputException e) {
            out.error(b.at("logo"), "B003", p);
            return null;
        }
    }

    /** The file's first bytes match its kind: PNG and JPEG signatures; SVG is text that opens an {@code <svg} element. */
    public static boolean isImage(byte[] bytes, String mime) {
        return switch (mime) {
            case "image/png" -> startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case "image/jpeg" -> startsWith(bytes, 0xFF, 0xD8, 0xFF);
            default -> {
                String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.UTF_8);
                yield head.indexOf('\0') < 0 && head.stripLeading().startsWith("<") && head.contains("<svg");
            }
        };
    }

    private static boolean startsWith(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
