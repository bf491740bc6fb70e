package dev.csreview.cli;

/**
 * The jar's entry point, kept tiny: {@code --version} is answered here before anything else loads (it is the
 * command people time first, and loading {@link Main} alone pulls in picocli types for its verifier).
 */
public final class Entry {
    private Entry() {}

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            String v = Entry.class.getPackage().getImplementationVersion();
            System.out.println("csreview ".concat(v == null ? "dev" : v)); // concat, not +: no invokedynamic bootstrap
            System.exit(0);
        }
        Main.main(args);
    }
}
