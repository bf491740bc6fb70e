package dev.csreview.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --questionnaire-path DIR}: folders whose questionnaire files a profile's header may name. */
public final class QuestionnairePath {
    @Option(names = "--questionnaire-path", paramLabel = "DIR")
    List<Path> folders = new ArrayList<>();
}
