package dev.csreview.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Semantic versions of a questionnaire, and the chain of migrations that leads from one to the current one. */
public final class Versions {
    private static final Pattern SEMVER = Pattern.compile("^(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})$");

    private Versions() {}

    public static boolean valid(String v) {
        return v != null && SEMVER.matcher(v).matches();
    }

    /** Semver order of two valid versions (major, minor, patch); an invalid one sorts first. */
    public static int compare(String a, String b) {
        if (!valid(a) || !valid(b)) {
            return Boolean.compare(valid(a), valid(b));
        }
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * The migrations that take answers from {@code version} to the questionnaire's own, in order; empty when the
     * version is already current or no chain leads from it (see {@link #reaches}).
     */
    public static List<Migration> chain(Questionnaire q, String version) {
        List<Migration> steps = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String at = version;
        while (!at.equals(q.version()) && seen.add(at)) {
            Optional<Migration> next = from(q, at);
            if (next.isEmpty()) {
                return List.of();
            }
            steps.add(next.get());
            at = next.get().to();
        }
        return at.equals(q.version()) ? List.copyOf(steps) : List.of();
    }

    /** Whether answers given under {@code version} can be read under {@code q}: it is current, or a chain leads there. */
    public static boolean reaches(Questionnaire q, String version) {
        return version.equals(q.version()) || !chain(q, version).isEmpty();
    }

    static Optional<Migration> from(Questionnaire q, String version) {
        return q.migrations().stream().filter(m -> m.from().equals(version)).findFirst();
    }
}
