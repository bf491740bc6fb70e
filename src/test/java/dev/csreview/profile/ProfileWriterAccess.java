package dev.csreview.profile;

/** Lets tests in other packages quote YAML scalars the way the profile writer does. */
public final class ProfileWriterAccess {
    private ProfileWriterAccess() {}

    public static String quote(String s) {
        return ProfileWriter.scalar(s);
    }
}
