package dev.csreview.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code csreview schema}: the JSON Schema of the questionnaire or profile format, for editors. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        addMethodSubcommands = false)
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "questionnaire|profile", defaultValue = "questionnaire", arity = "0..1")
    String which;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!which.equals("questionnaire") && !which.equals("profile")) {
            spec.commandLine().getErr().println("csreview: " + CliMessages.get(common.lang(), "schema.unknown", which));
            return ExitCode.INVALID;
        }
        try (InputStream in = SchemaCommand.class.getResourceAsStream("/dev/csreview/schema/" + which + ".schema.json")) {
            if (in == null) {
                throw new IOException("schema resource missing");
            }
            out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        out.flush();
        return ExitCode.OK;
    }
}
