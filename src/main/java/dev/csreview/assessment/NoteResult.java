package dev.csreview.assessment;

import dev.csreview.questionnaire.Note;
import java.util.List;

/** An "also consider" note that applies ({@code certain}) or may apply once {@code missing} is known. */
public record NoteResult(Note note, boolean certain, List<FactRead> missing) {}
