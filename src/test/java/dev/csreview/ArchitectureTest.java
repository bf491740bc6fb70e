package dev.csreview;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The pure core stays pure: only the cli package talks to the terminal, picocli, or the process. */
@AnalyzeClasses(packages = "dev.csreview", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule only_cli_uses_picocli_or_jline = noClasses()
            .that().resideOutsideOfPackage("dev.csreview.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.jline.terminal..", "org.jline.reader..", "org.jline.keymap..");

    @ArchTest
    static final ArchRule only_cli_exits_or_touches_std_streams = noClasses()
            .that().resideOutsideOfPackage("dev.csreview.cli..")
            .should().callMethod(System.class, "exit", int.class)
            .orShould().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().accessField(System.class, "in");

    @ArchTest
    static final ArchRule no_network_code = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.net..", "javax.net..", "java.net.http..");

    @ArchTest
    static final ArchRule core_does_not_depend_on_cli = noClasses()
            .that().resideOutsideOfPackage("dev.csreview.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.csreview.cli..");
}
