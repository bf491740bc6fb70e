package dev.csreview.cli;

/** The tool's version, from the jar manifest ("dev" when run from classes). */
final class Version {
    private Version() {}

    static String get() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** For picocli's --version. */
    static final class Provider implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"csreview " + get()};
        }
    }
}
