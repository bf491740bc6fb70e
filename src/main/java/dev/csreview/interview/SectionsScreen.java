package dev.csreview.interview;

import java.util.List;

/** The sections, to jump to one; a section whose condition is false now has no questions to ask. */
public record SectionsScreen(List<Entry> entries, int current, String notice) implements Screen {

    /** A section with how many of its questions that apply are answered. */
    public record Entry(String title, int answered, int questions) {
        public boolean applies() {
            return questions > 0;
        }
    }

    @Override
    public Reply showOn(Prompter prompter) {
        return prompter.sections(this);
    }
}
