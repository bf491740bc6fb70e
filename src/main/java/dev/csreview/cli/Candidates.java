package dev.csreview.cli;

import dev.csreview.questionnaire.QuestionnaireCatalog;
import java.util.Iterator;
import java.util.List;

/**
 * The values shell completion offers for options that take a name from a fixed set. Each is computed when the
 * completion script is made, never when a command runs (picocli only keeps the class).
 */
final class Candidates {
    private Candidates() {}

    /** The built-in questionnaires' ids, from the catalog (a file path is accepted too, but not offered). */
    static final class QuestionnaireIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return new QuestionnaireCatalog().ids().iterator();
        }
    }

    /** assess --format. */
    static final class ReportFormats extends Fixed {
        ReportFormats() {
            super("text", "json", "junit", "sarif", "github");
        }
    }

    /** --formats of a package. */
    static final class DocumentFormats extends Fixed {
        DocumentFormats() {
            super("md", "html", "docx", "pdf");
        }
    }

    /** --format of diff and timeline. */
    static final class TextOrJson extends Fixed {
        TextOrJson() {
            super("text", "json");
        }
    }

    /** --fail-on. */
    static final class FailOnLevels extends Fixed {
        FailOnLevels() {
            super("must-declare", "cannot-tell", "should-consider", "late", "none");
        }
    }

    /** --lang. */
    static final class Languages extends Fixed {
        Languages() {
            super("zh", "en");
        }
    }

    /** --doc-lang. */
    static final class DocumentLanguages extends Fixed {
        DocumentLanguages() {
            super("zh", "en", "both");
        }
    }

    /** completion SHELL. */
    static final class Shells extends Fixed {
        Shells() {
            super("bash", "zsh", "fish");
        }
    }

    /** A fixed list of names. */
    private abstract static class Fixed implements Iterable<String> {
        private final List<String> names;

        Fixed(String... names) {
            this.names = List.of(names);
        }

        @Override
        public Iterator<String> iterator() {
            return names.iterator();
        }
    }
}
