package dev.csreview.migration;

import dev.csreview.diagnostic.Location;
import dev.csreview.questionnaire.Text;
import java.util.List;

/**
 * What reading a profile's answers under a later version did to them: the version it was written for, the one it
 * is read under, where the profile says its version ({@code at}), and per question what to look at (new questions to answer, answers whose meaning changed, answers
 * renamed, mapped, split, merged or dropped).
 */
public record MigrationReport(String from, String to, Location at, List<Entry> entries) {

    /** What happened to one question's answer. */
    public enum What {
        NEW, CHANGED, RENAMED, MAPPED, SPLIT, MERGED, DROPPED
    }

    /**
     * One question: {@code question} is its id now (for a dropped one, the id it had), {@code detail} what was
     * written and what it became (empty for a new question), {@code at} where in the profile (null for a new one).
     */
    public record Entry(What what, String question, String detail, Text why, Location at) {}

    /** The entries of one kind, in order. */
    public List<Entry> of(What what) {
        return entries.stream().filter(e -> e.what() == what).toList();
    }

    /** The same report with other entries (the new questions narrowed to those that apply, say). */
    public MigrationReport withEntries(List<Entry> replaced) {
        return new MigrationReport(from, to, at, List.copyOf(replaced));
    }
}
