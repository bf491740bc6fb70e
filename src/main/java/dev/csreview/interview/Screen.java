package dev.csreview.interview;

/** What the interview shows next. Every text on a screen is already in the user's language. */
public sealed interface Screen permits QuestionScreen, GroupScreen, ReviewScreen, ConfirmScreen, SectionsScreen {

    /** Hands this screen to the prompter method that shows it. */
    Reply showOn(Prompter prompter);
}
