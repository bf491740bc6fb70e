package dev.csreview.run;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the fonts a PDF embeds, on this machine, with plain file reads (no font library is loaded to look): a
 * Chinese font with TrueType outlines (PDFBox embeds those; Noto CJK's CFF outlines it cannot), and a font with
 * the check boxes ☐ ☒. Known families in order of preference, in the usual font folders.
 */
public final class PrintFonts {
    /** File names of Chinese TrueType fonts, best first: WenQuanYi (Debian fonts-wqy-zenhei, fonts-wqy-microhei), AR PL, Windows' own. */
    private static final List<String> CJK = List.of("wqy-zenhei.ttc", "wqy-microhei.ttc", "uming.ttc", "ukai.ttc", "simsun.ttc", "simhei.ttf",
            "msyh.ttc", "NotoSansSC-Regular.ttf", "NotoSerifSC-Regular.ttf", "DroidSansFallbackFull.ttf", "DroidSansFallback.ttf");
    private static final List<String> SYMBOLS = List.of("DejaVuSans.ttf", "seguisym.ttf");

    private PrintFonts() {}

    /** The folders searched, in order. */
    public static List<Path> folders() {
        List<Path> out = new ArrayList<>(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"), Path.of("/Library/Fonts"),
                Path.of("C:\\Windows\\Fonts")));
        String home = System.getProperty("user.home");
        if (home != null) {
            out.add(Path.of(home, ".local", "share", "fonts"));
            out.add(Path.of(home, ".fonts"));
        }
        return out;
    }

    /** The first Chinese font with TrueType outlines in {@code folders}, by preference. */
    public static Optional<Path> chinese(List<Path> folders) {
        return first(folders, CJK);
    }

    /** A font with ☐ and ☒ (DejaVu Sans), if there is one. */
    public static Optional<Path> symbols(List<Path> folders) {
        return first(folders, SYMBOLS);
    }

    private static Optional<Path> first(List<Path> folders, List<String> names) {
        List<Path> found = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder, 6)) {
                walk.filter(p -> names.contains(p.getFileName().toString())).filter(PrintFonts::trueTypeOutlines).forEach(found::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // An unreadable folder has no usable font.
            }
        }
        return found.stream().min(Comparator.comparingInt((Path p) -> names.indexOf(p.getFileName().toString())).thenComparing(Path::toString));
    }

    /**
     * Whether the file is a TrueType font or collection whose (first) font has TrueType outlines: sfnt version
     * 0x00010000 or 'true', not 'OTTO' (CFF).
     */
    public static boolean trueTypeOutlines(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            int tag = in.readInt();
            if (tag == 0x74746366) { // 'ttcf': a collection; its first font's offset is at byte 12
                in.seek(12);
                in.seek(in.readInt() & 0xffffffffL);
                tag = in.readInt();
            }
            return tag == 0x00010000 || tag == 0x74727565;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The folders searched, as the message to a user with no usable font names them (cli/messages pdf.noFont). */
    public static String searched() {
        return String.join(", ", folders().stream().map(Path::toString).toList());
    }
}
