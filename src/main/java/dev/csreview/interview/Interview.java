package dev.csreview.interview;

import dev.csreview.assessment.AnswerResolver;
import dev.csreview.profile.Answer;
import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Questionnaire;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The guided interview as a state machine, with no terminal in it: {@link #screen()} says what to show,
 * {@link #apply(Reply)} takes what the user did. Which questions apply, which answers are valid and which are
 * missing is decided by the same {@link AnswerResolver} batch mode uses, on every change.
 * Its parts share one {@link InterviewState}: {@link ScreenBuilder} draws it, {@link ReplyHandler} changes it,
 * {@link Navigator} moves it on, {@link AnswerChecks} says what batch mode would say of its answers.
 */
public final class Interview {
    /** The source name of answers given in this run (answers read from a session keep their file:line). */
    static final String SOURCE = "interview";

    private final Labels labels;
    private final InterviewState state = new InterviewState();
    private final ScreenBuilder screens;
    private final ReplyHandler replies;

    /**
     * Starts on {@code start} (empty for a new interview, a session's answers to resume) at the step whose
     * {@link Step#key()} is {@code resumeAt}, or else at the first question not yet answered.
     */
    public Interview(Questionnaire q, Lang lang, Map<String, Answer> start, String resumeAt) {
        this(q, lang, start, resumeAt, Set.of());
    }

    /**
     * As above; a non-empty {@code focus} (question or group-field ids: what a migration made new or changed) asks
     * only those, the answered ones with their answer to keep, and then goes to the review. {@code resumeAt} is then
     * ignored: the session stood somewhere in the earlier version.
     */
    public Interview(Questionnaire q, Lang lang, Map<String, Answer> start, String resumeAt, Set<String> focus) {
        this.labels = Labels.of(lang);
        AnswerText text = new AnswerText(labels);
        InterviewSteps steps = new InterviewSteps(q);
        AnswerChecks checks = new AnswerChecks(steps, lang, labels, text);
        Navigator navigator = new Navigator(state, steps);
        this.screens = new ScreenBuilder(lang, labels, text, steps, checks, state);
        this.replies = new ReplyHandler(labels, text, steps, checks, state, navigator);
        state.answers = Answers.given(start);
        state.resolved = checks.resolve(state.answers);
        if (!focus.isEmpty()) {
            state.focus = Set.copyOf(focus);
            state.editing = true;
            resumeAt = null;
        }
        state.current = navigator.resumeStep(resumeAt);
    }

    public boolean finished() {
        return state.current instanceof Step.Finished;
    }

    /** The answers as given so far (including "unknown"), keyed by top-level question id: a profile's answers. */
    public Map<String, Answer> answers() {
        return Collections.unmodifiableMap(state.answers);
    }

    /** Where the interview stands; its key goes into the session file. */
    public Step position() {
        return state.current;
    }

    public Labels labels() {
        return labels;
    }

    /** What the last reply should be answered with before the next screen (once), e.g. "Recorded: 6,500,000". */
    public Optional<String> takeEcho() {
        Optional<String> e = Optional.ofNullable(state.echo);
        state.echo = null;
        return e;
    }

    /** What to show now. Not to be called once {@link #finished()}. */
    public Screen screen() {
        return screens.screen();
    }

    /** Takes what the user did on the current screen. */
    public void apply(Reply reply) {
        replies.apply(reply);
    }
}
