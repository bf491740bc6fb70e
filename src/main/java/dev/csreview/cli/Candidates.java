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
    static final class ReportFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("text", "json", "junit", "sarif", "github").iterator();
        }
    }

    /** --formats of a package. */
    static final class DocumentFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("md", "html", "docx").iterator();
        }
    }

    /** --format of diff and timeline. */
    static final class TextOrJson implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("text", "json").iterator();
        }
    }

    /** --fail-on. */
    static final class FailOnLevels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("must-declare", "cannot-tell", "should-consider", "late", "none").iterator();
        }
    }

    /** --lang. */
    static final class Languages implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("zh", "en").iterator();
        }
    }

    /** --doc-lang. */
    static final class DocumentLanguages implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("zh", "en", "both").iterator();
        }
    }

    /** completion SHELL. */
    static final class Shells implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("bash", "zsh", "fish").iterator();
        }
    }
}
