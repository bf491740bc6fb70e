package dev.csreview.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A growing list of diagnostics, collected while a file is read and checked. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic d) {
        items.add(d);
    }

    public void addAll(List<Diagnostic> ds) {
        items.addAll(ds);
    }

    public void error(Location at, String code, Object... args) {
        add(Diagnostic.error(at, code, args));
    }

    public void warning(Location at, String code, Object... args) {
        add(Diagnostic.warning(at, code, args));
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    /** Sorted by file, line and column so output is stable. */
    public List<Diagnostic> list() {
        return items.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> d.location().file())
                        .thenComparingInt(d -> d.location().line())
                        .thenComparingInt(d -> d.location().column()))
                .toList();
    }
}
