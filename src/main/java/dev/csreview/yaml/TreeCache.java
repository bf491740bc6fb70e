package dev.csreview.yaml;

import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.Location;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed tree of a built-in YAML file, written at build time beside it ({@code NAME.yaml.tree}) so that a
 * run can skip the YAML parse, the largest single step of a cold start. The tree is the one {@link YamlReader}
 * makes, locations included; it is used only when it was made from exactly the bytes being loaded, otherwise the
 * YAML is parsed as usual. Files outside the jar never use it.
 *
 * <p>The header holds the length, CRC-32C and SHA-256 of those bytes. A run checks the length and CRC-32C, which
 * tell a tree from another version of the file, and takes the SHA-256 (which the assessment reports) from the
 * header: the JDK's digest provider alone costs a cold start ~10 ms. Both files come from the same jar, so this
 * guards against a stale build, not against tampering (whoever can change the jar can change its code).
 */
public final class TreeCache {
    private static final int MAGIC = 0x43535254; // "CSRT"
    private static final int FORMAT = 3;

    private TreeCache() {}

    /** Build step: {@code TreeCache DIR FILE...} writes DIR/FILE.tree for each YAML file under DIR. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            Path yaml = dir.resolve(args[i]);
            byte[] bytes = Files.readAllBytes(yaml);
            Diagnostics out = new Diagnostics();
            YNode root = new YamlReader().read(args[i], bytes, out).orElseThrow(
                    () -> new IllegalStateException(yaml + " does not parse: " + out.list()));
            Files.write(dir.resolve(args[i] + ".tree"), encode(root, bytes));
        }
    }

    /** A tree decoded from a cache, with the SHA-256 of the bytes it was made from. */
    public record Cached(YNode root, String sha256) {}

    /** The cached tree of {@code bytes} (read as {@code file}), if {@code cache} was made from exactly them. */
    public static Optional<Cached> decode(byte[] cache, byte[] bytes, String file) {
        if (cache == null) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(cache))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readInt() != bytes.length || in.readInt() != crc32c(bytes)) {
                return Optional.empty();
            }
            String sha256 = in.readUTF();
            return Optional.of(new Cached(new Decoder(in, file).node(0), sha256));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged cache is only a slower start
        }
    }

    static byte[] encode(YNode root, byte[] madeFrom) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(madeFrom.length);
            out.writeInt(crc32c(madeFrom));
            out.writeUTF(sha256(madeFrom));
            write(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static int crc32c(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static void write(DataOutputStream out, YNode node) throws IOException {
        location(out, node.location());
        if (node instanceof YNode.Scalar s) {
            out.writeByte(s.kind().ordinal());
            string(out, s.text());
            out.writeInt(s.textColumn());
        } else if (node instanceof YNode.Seq q) {
            out.writeByte(Kind.SEQ);
            out.writeInt(q.items().size());
            for (YNode item : q.items()) {
                write(out, item);
            }
        } else if (node instanceof YNode.Mapping m) {
            out.writeByte(Kind.MAPPING);
            out.writeInt(m.entries().size());
            for (var e : m.entries().entrySet()) {
                string(out, e.getKey());
                location(out, m.keyLocation(e.getKey()));
                write(out, e.getValue());
            }
        }
    }

    private static void location(DataOutputStream out, Location l) throws IOException {
        out.writeInt(l.line());
        out.writeInt(l.column());
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** Node tags after the scalar kinds' ordinals. */
    private static final class Kind {
        static final int SEQ = 100;
        static final int MAPPING = 101;
    }

    private static final class Decoder {
        private final DataInputStream in;
        private final String file;
        // Keys and short texts repeat (ids, "zh", "en", "cites"); one String each.
        private final Map<String, String> interned = new HashMap<>();

        Decoder(DataInputStream in, String file) {
            this.in = in;
            this.file = file;
        }

        YNode node(int depth) throws IOException {
            if (depth > YamlReader.MAX_DEPTH + 1) {
                throw new IOException("damaged: deeper than YAML allows"); // and no StackOverflowError
            }
            Location at = location();
            int tag = in.readUnsignedByte();
            if (tag == Kind.SEQ) {
                int n = count(9);
                List<YNode> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    items.add(node(depth + 1));
                }
                return new YNode.Seq(at, items);
            }
            if (tag == Kind.MAPPING) {
                int n = count(21);
                LinkedHashMap<String, YNode> entries = new LinkedHashMap<>();
                Map<String, Location> keys = new HashMap<>();
                for (int i = 0; i < n; i++) {
                    String key = string();
                    keys.put(key, location());
                    entries.put(key, node(depth + 1));
                }
                return new YNode.Mapping(at, entries, keys);
            }
            if (tag >= YNode.ScalarKind.values().length) {
                throw new IOException("damaged tag " + tag);
            }
            return new YNode.Scalar(at, string(), YNode.ScalarKind.values()[tag], in.readInt());
        }

        /** A count read from the cache, no larger than the bytes left could hold (each entry takes at least {@code size}). */
        private int count(int size) throws IOException {
            int n = in.readInt();
            if (n < 0 || n > in.available() / size) {
                throw new IOException("damaged count " + n);
            }
            return n;
        }

        private Location location() throws IOException {
            return new Location(file, in.readInt(), in.readInt());
        }

        private String string() throws IOException {
            int n = in.readInt();
            if (n == -1) {
                return null;
            }
            if (n < 0 || n > in.available()) {
                throw new IOException("damaged length " + n);
            }
            byte[] utf8 = in.readNBytes(n);
            if (utf8.length != n) {
                throw new IOException("truncated");
            }
            String s = new String(utf8, StandardCharsets.UTF_8);
            return n <= 32 ? interned.computeIfAbsent(s, k -> k) : s;
        }
    }
}
