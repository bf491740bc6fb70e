package dev.csreview.diagnostic;

/** A place in a source file: 1-based line and column; {@code line == 0} means "the whole file". */
public record Location(String file, int line, int column) {

    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
