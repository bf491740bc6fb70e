package dev.csreview.output;

import dev.csreview.assessment.DeterminationResult;
import dev.csreview.assessment.FactRead;
import dev.csreview.messages.Punctuation;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.Text;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The reason a route gives: its deciding case's reason when that is known to be true, else what the known facts alone
 * give and the unknown facts it waits on. A case's reason is written for the cases above it having failed; while one
 * of them is still open, stating it ("not a CIIO", "no individuals use…") would state an unknown as a "no".
 */
public final class RouteReason {
    private RouteReason() {}

    /** The route's reason in both languages. */
    public static Text of(Questionnaire q, DeterminationResult d) {
        if (d.reasonHolds()) {
            return d.decidingCase().reason();
        }
        return new Text(pending(q, d, Lang.ZH), pending(q, d, Lang.EN));
    }

    /** The route's reason in one language. */
    public static String in(Questionnaire q, DeterminationResult d, Lang lang) {
        return d.reasonHolds() ? d.decidingCase().reason().in(lang) : pending(q, d, lang);
    }

    private static String pending(Questionnaire q, DeterminationResult d, Lang lang) {
        ResourceBundle labels = dev.csreview.messages.Messages.bundle("dev.csreview.output.labels", lang.locale());
        AnswerWording wording = new AnswerWording(q, lang);
        List<String> facts = new ArrayList<>();
        // The facts that could change the outcome; only when none could, those that decide which reason applies.
        List<FactRead> open = d.missing().isEmpty() ? d.reasonOpen() : d.missing();
        for (FactRead r : open.stream().distinct().toList()) {
            String name = r.itemLabel() == null ? wording.name(r) : r.itemLabel() + " · " + wording.name(r);
            boolean atStake = d.stakes().containsKey(r);
            facts.add(atStake
                    ? MessageFormat.format(labels.getString("reason.openStake"), name, labels.getString("outcome." + d.stake(r).id()))
                    : MessageFormat.format(labels.getString("reason.openReason"), name));
        }
        return MessageFormat.format(labels.getString("reason.open"), labels.getString("outcome." + d.leaning().id()),
                String.join(Punctuation.of(lang.locale()).clause(), facts));
    }
}
