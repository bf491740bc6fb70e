package dev.csreview.cli;

import dev.csreview.questionnaire.Lang;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Every path option and parameter: picocli converts them before a command runs, so a name the JVM cannot make a
 * path of (a Chinese file name under the C locale, a NUL byte) is told here, in the run's language, as exit 2
 * without picocli's "cannot convert … (java.nio.file.InvalidPathException …)" and the whole usage after it.
 */
final class FileNameArgument implements CommandLine.ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new Unusable(value);
        }
    }

    /** A value no path can be made of; {@link #report} says why and what to do. */
    static final class Unusable extends CommandLine.TypeConversionException {
        private final String value;

        Unusable(String value) {
            super("not a usable file name: " + value);
            this.value = value;
        }

        /** The one line for the user: a NUL byte, else the locale's character set (the usual cause) with the fix. */
        int report(PrintWriter err, Lang lang) {
            String names = System.getProperty("sun.jnu.encoding", "");
            String shown = value.replace("\0", "\\0");
            boolean nul = value.indexOf('\0') >= 0 || names.replace("-", "").equalsIgnoreCase("UTF8");
            err.println("csreview: " + (nul ? CliMessages.get(lang, "run.badFileName", shown) : CliMessages.get(lang, "run.fileName", shown, names)));
            err.flush();
            return ExitCode.INVALID;
        }
    }

    /** Reports an unusable path as {@link Unusable#report} does; any other usage error as {@code usage} would. */
    static CommandLine.IParameterExceptionHandler around(CommandLine.IParameterExceptionHandler usage, Lang lang) {
        return (ex, args) -> ex.getCause() instanceof Unusable u ? u.report(ex.getCommandLine().getErr(), lang) : usage.handleParseException(ex, args);
    }
}
