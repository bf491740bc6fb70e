package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Location;
import java.util.List;

/**
 * A risk factor scored by rules; the level is the highest whose {@code min} the score reaches. {@code when} (or
 * null): the factor applies only when it holds, as the questionnaire says; it is
 * "not applicable" only when the condition is known to be false (unknown is not "no").
 */
public record Factor(String id, String number, Text title, Text description, List<Citation> cites, List<Level> levels, Expr when,
        Location location) {

    /** A named band of scores. */
    public record Level(String id, Text name, int min) {}

    /** The place of one of this factor's levels, 0 for the lowest; -1 for a level of another factor. */
    public int rank(Level level) {
        // By id rather than List.indexOf: a record's generated equals costs a short run its method-handle set-up.
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).id().equals(level.id())) {
                return i;
            }
        }
        return -1;
    }

    public Level levelFor(int score) {
        Level chosen = levels.get(0);
        for (Level level : levels) {
            if (score >= level.min()) {
                chosen = level;
            }
        }
        return chosen;
    }
}
