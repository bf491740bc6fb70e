package dev.csreview.gate;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.diagnostic.Location;
import dev.csreview.output.Finding;
import dev.csreview.yaml.Fields;
import dev.csreview.yaml.YNode;
import dev.csreview.yaml.YamlReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Accepted findings: a YAML file of finding id, optional profile, reason, owner and expiry. A waived finding
 * is still reported, marked waived, and does not fail the run; an expired waiver fails it.
 */
public final class Waivers {
    /** One waiver as written, with where it was written ({@code idAt}: its id, {@code profileAt}: its profile). */
    public record Waiver(String id, String profile, String reason, String owner, LocalDate expires, Location location,
            Location idAt, Location profileAt) {

        public Waiver(String id, String profile, String reason, String owner, LocalDate expires, Location location) {
            this(id, profile, reason, owner, expires, location, location, location);
        }

        public boolean covers(Finding f) {
            return f.id().equals(id) && (profile == null || profile.equals(f.profile()));
        }
    }

    private static final Set<String> TOP = Set.of("waivers");
    private static final Set<String> KEYS = Set.of("id", "profile", "reason", "owner", "expires");

    private final List<Waiver> waivers;

    private Waivers(List<Waiver> waivers) {
        this.waivers = waivers;
    }

    public List<Waiver> all() {
        return waivers;
    }

    public static Waivers none() {
        return new Waivers(List.of());
    }

    public static Waivers parse(String file, byte[] bytes) throws InvalidInputException {
        Diagnostics out = new Diagnostics();
        Optional<YNode> root = new YamlReader().read(file, bytes, out);
        List<Waiver> list = new ArrayList<>();
        root.flatMap(r -> Fields.of(r, Diagnostic.Term.of("waiver file"), TOP, out)).ifPresent(f -> {
            for (YNode n : f.list("waivers")) {
                Fields.of(n, Diagnostic.Term.of("waiver"), KEYS, out).ifPresent(w -> {
                    String id = w.requiredString("id").orElse("");
                    String reason = w.requiredString("reason").orElse("");
                    String owner = w.requiredString("owner").orElse("");
                    LocalDate expires = null;
                    Optional<String> e = w.requiredString("expires");
                    if (e.isPresent()) {
                        try {
                            expires = LocalDate.parse(e.get());
                        } catch (DateTimeParseException ex) {
                            out.error(w.at("expires"), "W001", e.get());
                        }
                    }
                    if (!id.startsWith("route:") && !id.startsWith("factor:") && !id.isEmpty()) {
                        out.error(w.at("id"), "W002", id);
                    }
                    if (reason.isBlank() && w.has("reason")) {
                        out.error(w.at("reason"), "W003");
                    }
                    list.add(new Waiver(id, w.string("profile").orElse(null), reason, owner, expires, w.location(), w.at("id"),
                            w.at("profile")));
                });
            }
        });
        if (out.hasErrors()) {
            throw new InvalidInputException(out.list());
        }
        return new Waivers(List.copyOf(list));
    }

    /**
     * Waivers that can waive nothing in this run, as warnings at their line: an id that names no route or factor of
     * the questionnaires the run assessed with ({@code findingIds}), or a profile the run did not assess
     * ({@code profiles}); each with the nearest name. Not refused: the finding it meant is then simply not waived, so
     * a gate fails closed, and one waiver file may serve questionnaires with other routes.
     */
    public List<Diagnostic> unmatched(Set<String> findingIds, Set<String> profiles) {
        List<Diagnostic> found = new ArrayList<>();
        for (Waiver w : waivers) {
            if (!findingIds.isEmpty() && !findingIds.contains(w.id())) {
                found.add(Diagnostic.warning(w.idAt(), "W004", w.id(), new Diagnostic.Hint(Fields.didYouMean(w.id(), findingIds))));
            }
            if (w.profile() != null && !profiles.isEmpty() && !profiles.contains(w.profile())) {
                // A profile is named as the run was given it: "us.yaml" does not match "clients/us.yaml", so suggest that.
                String meant = profiles.stream().filter(p -> p.endsWith("/" + w.profile()) || p.endsWith("\\" + w.profile())).findFirst()
                        .orElseGet(() -> Fields.didYouMean(w.profile(), profiles));
                found.add(Diagnostic.warning(w.profileAt(), "W005", w.profile(), new Diagnostic.Hint(meant)));
            }
        }
        return found;
    }

    /** The waiver that covers a finding, if any (expired ones included: the caller decides). */
    public Optional<Waiver> find(Finding f) {
        for (Waiver w : waivers) {
            if (w.covers(f)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
