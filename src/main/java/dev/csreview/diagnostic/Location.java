package dev.csreview.diagnostic;

/** A place in a source file: 1-based line and column; {@code line == 0} means "the whole file". */
public record Location(String file, int line, int column) {

    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    // Written out rather than generated: a record's equals and hashCode go through method handles, set up on first
    // use (~2 ms of a short run) and slow on C1; every fact read carries a location and reads are deduplicated.
    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && line == l.line && column == l.column && java.util.Objects.equals(file, l.file);
    }

    @Override
    public int hashCode() {
        return (java.util.Objects.hashCode(file) * 31 + line) * 31 + column;
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
