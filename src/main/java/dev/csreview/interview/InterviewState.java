package dev.csreview.interview;

import dev.csreview.assessment.ResolvedAnswers;
import dev.csreview.diagnostic.Location;
import dev.csreview.profile.Answer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where an interview stands: the answers so far, the current step and the way back, what is shown over it, and the
 * messages for the next screen. Shared by the parts of {@link Interview}; only they change it.
 */
final class InterviewState {
    Map<String, Answer> answers;
    ResolvedAnswers resolved;
    final Deque<Step> history = new ArrayDeque<>();
    final Set<Step> skipped = new HashSet<>();
    Step current;
    /** Came from the review: ask only what is new, then return there. */
    boolean editing;
    /** A migrated session: ask only these questions (ids, group fields too), then the review; null otherwise. */
    Set<String> focus;
    Modal modal;
    String error;
    String notice;
    /** The text of a refused answer, offered again for editing rather than cleared. */
    String kept;
    /** What to tell the user once a reply is taken, e.g. how a written number was read; taken by {@link Interview#takeEcho()}. */
    String echo;
    /** The step last opened from the review: the review comes back with its cursor there. */
    Step editedFromReview;
    private int asked;

    /** A confirmation or the section list shown over the current step. */
    sealed interface Modal {}

    record ConfirmDrop(Map<String, Answer> candidate, List<Lost> lost) implements Modal {}

    record PickSection() implements Modal {}

    /** An answer that a change would make irrelevant. */
    record Lost(Step step, String label) {}

    /** Takes a checked set of answers as the interview's own. */
    void commit(Map<String, Answer> candidate, ResolvedAnswers after) {
        answers = candidate;
        resolved = after;
        skipped.remove(current);
    }

    /** A new position for an answer given in this run, in the order given. */
    Location nextLocation() {
        return new Location(Interview.SOURCE, ++asked, 0);
    }
}
