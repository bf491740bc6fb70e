package dev.csreview.interview;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * The test prompter: replies come from a script (fixed replies or functions of the screen), then from an optional
 * strategy; when both run out the "user" hangs up, like a closed stdin. Every screen shown is recorded.
 */
final class ScriptedPrompter implements Prompter {
    private static final int MAX_SCREENS = 5_000;

    private final Deque<Function<Screen, Reply>> script = new ArrayDeque<>();
    private Function<Screen, Reply> otherwise;
    final List<Screen> shown = new ArrayList<>();
    final List<String> said = new ArrayList<>();

    /** Each step is a {@link Reply}, or a {@link #check} that looks at the screen and replies. */
    @SuppressWarnings("unchecked")
    ScriptedPrompter then(Object... steps) {
        for (Object o : steps) {
            if (o instanceof Reply r) {
                script.add(s -> r);
            } else {
                script.add((Function<Screen, Reply>) o);
            }
        }
        return this;
    }

    /** A scripted step that inspects the screen (assertions) before replying. */
    static Function<Screen, Reply> check(Function<Screen, Reply> f) {
        return f;
    }

    ScriptedPrompter otherwise(Function<Screen, Reply> strategy) {
        this.otherwise = strategy;
        return this;
    }

    Screen last() {
        return shown.get(shown.size() - 1);
    }

    private Reply next(Screen s) {
        shown.add(s);
        if (shown.size() > MAX_SCREENS) {
            throw new AssertionError("more than " + MAX_SCREENS + " screens: the interview loops; last: " + s);
        }
        Function<Screen, Reply> f = script.poll();
        if (f == null) {
            f = otherwise;
        }
        if (f == null) {
            throw new Interrupted("script ended");
        }
        return f.apply(s);
    }

    @Override
    public Reply ask(QuestionScreen screen) {
        return next(screen);
    }

    @Override
    public Reply records(GroupScreen screen) {
        return next(screen);
    }

    @Override
    public Reply review(ReviewScreen screen) {
        return next(screen);
    }

    @Override
    public Reply confirm(ConfirmScreen screen) {
        return next(screen);
    }

    @Override
    public Reply sections(SectionsScreen screen) {
        return next(screen);
    }

    @Override
    public void say(String message) {
        said.add(message);
    }

    static Reply.Given given(Object value) {
        return new Reply.Given(value);
    }
}
