package dev.csreview;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers hold: the pure core stays pure, only cli talks to picocli or the process, only cli and the
 * interview's terminal prompters talk to the terminal, and each package depends only downwards.
 */
@AnalyzeClasses(packages = "dev.csreview", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule only_cli_uses_picocli = noClasses()
            .that().resideOutsideOfPackage("dev.csreview.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..");

    /** JLine's WCWidth is only a table of display widths (for carets under Chinese text in diagnostics), no terminal. */
    @ArchTest
    static final ArchRule only_cli_and_the_terminal_prompters_use_jline = noClasses()
            .that().resideOutsideOfPackages("dev.csreview.cli..", "dev.csreview.interview.terminal..")
            .should().dependOnClassesThat(resideInAPackage("org.jline..").and(not(equivalentTo(org.jline.utils.WCWidth.class))));

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

    /** The run layer (cli → run → core) parses nothing: options stay in the commands. */
    @ArchTest
    static final ArchRule the_run_layer_does_not_use_picocli = noClasses()
            .that().resideInAPackage("dev.csreview.run..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..")
            .allowEmptyShould(true);

    /** Only the commands call the run layer; the core below it never reaches up. */
    @ArchTest
    static final ArchRule only_cli_calls_the_run_layer = noClasses()
            .that().resideOutsideOfPackages("dev.csreview.cli..", "dev.csreview.run..")
            .should().dependOnClassesThat().resideInAPackage("dev.csreview.run..")
            .allowEmptyShould(true);

    /** The interview talks to a Prompter; which terminal front end it gets is decided above it. */
    @ArchTest
    static final ArchRule the_interview_does_not_know_its_terminal_front_ends = noClasses()
            .that().resideInAPackage("dev.csreview.interview")
            .should().dependOnClassesThat().resideInAPackage("dev.csreview.interview.terminal..");

    /** The CI gate's policy (waivers, baseline, changes) works on findings, not on documents or commands. */
    @ArchTest
    static final ArchRule the_gate_does_not_depend_on_documents_interview_or_commands = noClasses()
            .that().resideInAPackage("dev.csreview.gate..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.csreview.report..", "dev.csreview.interview..",
                    "dev.csreview.cli..", "dev.csreview.run..");

    /** The formats take an assessment and give bytes: they do not call the layers that use them. */
    @ArchTest
    static final ArchRule output_does_not_depend_on_its_callers = noClasses()
            .that().resideInAPackage("dev.csreview.output..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.csreview.gate..", "dev.csreview.cli..",
                    "dev.csreview.run..", "dev.csreview.interview..", "dev.csreview.report..", "dev.csreview.batch..",
                    "dev.csreview.plan..");

    /** The questionnaire model (and its citations) stands on YAML, diagnostics, input files and the catalogue alone. */
    @ArchTest
    static final ArchRule questionnaire_depends_only_on_yaml_diagnostic_files = noClasses()
            .that().resideInAPackage("dev.csreview.questionnaire..")
            .should().dependOnClassesThat(resideInAPackage("dev.csreview..").and(not(resideInAnyPackage(
                    "dev.csreview.questionnaire..", "dev.csreview.yaml..", "dev.csreview.diagnostic..",
                    "dev.csreview.files..", "dev.csreview.messages.."))));

    /** The message catalogue is a leaf: every package may say things through it without a cycle. */
    @ArchTest
    static final ArchRule the_message_catalogue_depends_on_no_other_package = noClasses()
            .that().resideInAPackage("dev.csreview.messages..")
            .should().dependOnClassesThat(resideInAPackage("dev.csreview..").and(not(resideInAPackage("dev.csreview.messages.."))));

    /** Citations are rendered beside the questionnaire that defines their formats, not by a format in output. */
    @ArchTest
    static final ArchRule citations_live_beside_the_questionnaire = classes()
            .that().haveSimpleName("Citations")
            .should().resideInAPackage("dev.csreview.questionnaire");

    @ArchTest
    static final ArchRule the_interview_does_not_use_output_formats = noClasses()
            .that().resideInAPackage("dev.csreview.interview..")
            .should().dependOnClassesThat().resideInAPackage("dev.csreview.output..");

    /** Working days are the calendar's: the documents and the planner count them, they do not define them. */
    @ArchTest
    static final ArchRule the_calendar_depends_only_on_yaml_and_diagnostics = noClasses()
            .that().resideInAPackage("dev.csreview.calendar..")
            .should().dependOnClassesThat(resideInAPackage("dev.csreview..").and(not(resideInAnyPackage(
                    "dev.csreview.calendar..", "dev.csreview.yaml..", "dev.csreview.diagnostic.."))));
}
