package dev.csreview.interview;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the interview stands: a question, the record list of a repeating group, one field of one record,
 * the review, or the end. {@link #key()} is written to the session file so a resumed interview comes back here.
 */
public sealed interface Step {

    String key();

    /** A top-level question that is not a group. */
    record Ask(String question) implements Step {
        @Override
        public String key() {
            return question;
        }
    }

    /** The list of records of a repeating group: add, edit, remove, or done. */
    record Records(String group) implements Step {
        @Override
        public String key() {
            return group;
        }
    }

    /** One field of one record; {@code item} counts from 0. */
    record Field(String group, int item, String field) implements Step {
        @Override
        public String key() {
            return group + "[" + (item + 1) + "]." + field;
        }
    }

    /** Every answer on one screen, with jump-to-edit. */
    record Review() implements Step {
        @Override
        public String key() {
            return "review";
        }
    }

    /** The user accepted the review: the interview is over. */
    record Finished() implements Step {
        @Override
        public String key() {
            return "finished";
        }
    }

    Pattern FIELD_KEY = Pattern.compile("([a-z][a-z0-9_]*)\\[([1-9]\\d{0,5})]\\.([a-z][a-z0-9_]*)");

    /** Reads a key back; {@code Ask} and {@code Records} are told apart later, by the questionnaire. */
    static Optional<Step> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String k = key.strip();
        if (k.equals("review") || k.equals("finished")) {
            return Optional.of(new Review());
        }
        Matcher m = FIELD_KEY.matcher(k);
        if (m.matches()) {
            return Optional.of(new Field(m.group(1), Integer.parseInt(m.group(2)) - 1, m.group(3)));
        }
        return k.matches("[a-z][a-z0-9_]*") ? Optional.of(new Ask(k)) : Optional.empty();
    }
}
