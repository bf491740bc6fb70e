package dev.csreview;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The pure core stays pure: only the cli package talks to picocli or the process, only cli and the interview's
 * terminal prompters talk to the terminal.
 */
@AnalyzeClasses(packages = "dev.csreview", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule only_cli_uses_picocli = noClasses()
            .that().resideOutsideOfPackage("dev.csreview.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..");

    @ArchTest
    static final ArchRule only_cli_and_the_terminal_prompters_use_jline = noClasses()
            .that().resideOutsideOfPackages("dev.csreview.cli..", "dev.csreview.interview.terminal..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jline..");

    @ArchTest
    static final ArchRule only_cli_exits_or_writes_std_streams = noClasses()
            .that().resideOutsideOfPackage("dev.csreview.cli..")
            .should().callMethod(System.class, "exit", int.class)
            .orShould().accessField(System.class, "out")
            .orShould().accessField(System.class, "err");

    /** The terminal prompters compare their input with System.in to tell a console from a pipe. */
    @ArchTest
    static final ArchRule only_cli_and_the_terminal_prompters_touch_stdin = noClasses()
            .that().resideOutsideOfPackages("dev.csreview.cli..", "dev.csreview.interview.terminal..")
            .should().accessField(System.class, "in");

    @ArchTest
    static final ArchRule no_network_code = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.net..", "javax.net..", "java.net.http..");

    @ArchTest
    static final ArchRule core_does_not_depend_on_cli = noClasses()
            .that().resideOutsideOfPackage("dev.csreview.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.csreview.cli..");
}
