package dev.csreview.questionnaire;

import dev.csreview.diagnostic.Location;
import java.util.List;

/** A risk factor scored by rules; the level is the highest whose {@code min} the score reaches. */
public record Factor(String id, String number, Text title, Text description, List<Citation> cites, List<Level> levels, Location location) {

    /** A named band of scores. */
    public record Level(String id, Text name, int min) {}

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
