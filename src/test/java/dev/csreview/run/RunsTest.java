package dev.csreview.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csreview.questionnaire.Lang;
import dev.csreview.questionnaire.Outcome;
import dev.csreview.report.PackageRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio, timeline, validate and diff runs without the command line: request in, summary out. */
class RunsTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final RunContext context = RunContext.of(Map.of());

    private static final Path US = Path.of("samples/us-listing-platform.yaml");
    private static final Path NO_REVIEW = Path.of("samples/ciio-domestic-servers-no-review.yaml");
    private static final Optional<LocalDate> DAY = Optional.of(LocalDate.of(2026, 1, 15));

    private PrintWriter o() {
        return new PrintWriter(out, true);
    }

    private PrintWriter e() {
        return new PrintWriter(err, true);
    }

    private PackageChoices packages(Path folder, boolean force) {
        return new PackageChoices(folder, EnumSet.of(PackageRequest.Format.MD, PackageRequest.Format.HTML), EnumSet.of(Lang.ZH), DAY, force,
                null, null, null, null, Lang.EN);
    }

    @Test
    void a_portfolio_writes_every_package_and_the_overview_and_keeps_an_existing_overview() throws Exception {
        Path folder = tmp.resolve("clients");
        PortfolioRun.Request request = new PortfolioRun.Request(List.of(US, NO_REVIEW), false, null, List.of(), 2, null, packages(folder, false), Lang.EN);
        PortfolioRun.Summary s = new PortfolioRun(context, o(), e(), total -> Progress.NONE, "test").run(request);
        assertThat(s.invalid()).isFalse();
        assertThat(s.overview()).isEqualTo(folder.resolve("portfolio.html")).exists();
        assertThat(folder.resolve("portfolio.csv")).exists();
        try (var packagesWritten = Files.list(folder)) {
            assertThat(packagesWritten.filter(Files::isDirectory).count()).isEqualTo(2);
        }
        assertThatThrownBy(() -> new PortfolioRun(context, o(), e(), total -> Progress.NONE, "test").run(request))
                .isInstanceOfSatisfying(RunException.class, x -> assertThat(x.getMessage()).contains("portfolio.html"));
    }

    @Test
    void a_portfolio_needs_a_folder() {
        PortfolioRun.Request request = new PortfolioRun.Request(List.of(US), false, null, List.of(), 1, null, packages(null, false), Lang.EN);
        assertThatThrownBy(() -> new PortfolioRun(context, o(), e(), total -> Progress.NONE, "test").run(request))
                .isInstanceOf(RunException.class);
    }

    @Test
    void a_timeline_takes_a_profile_or_a_submission_date_not_both() throws Exception {
        TimelineRun run = new TimelineRun(context, o(), e());
        assertThatThrownBy(() -> run.run(new TimelineRun.Request(US, "2026-01-15", DAY, null, null, false, Lang.EN))).isInstanceOf(RunException.class);
        assertThatThrownBy(() -> run.run(new TimelineRun.Request(null, null, DAY, null, null, false, Lang.EN))).isInstanceOf(RunException.class);
        assertThatThrownBy(() -> run.run(new TimelineRun.Request(null, "2026-02-30", DAY, null, null, false, Lang.EN)))
                .isInstanceOfSatisfying(RunException.class, x -> assertThat(x.getMessage()).contains("2026-02-30"));

        TimelineRun.Summary clock = run.run(new TimelineRun.Request(null, "2026-01-15", DAY, null, null, true, Lang.EN));
        assertThat(clock.invalid()).isFalse();
        assertThat(out.toString()).startsWith("{").contains("\"submitted\" : \"2026-01-15\"");

        out.getBuffer().setLength(0);
        TimelineRun.Summary plan = run.run(new TimelineRun.Request(US, null, DAY, null, null, false, Lang.EN));
        assertThat(plan.worst()).isEqualTo(Outcome.MUST_DECLARE);
        assertThat(out.toString()).isNotEmpty();
    }

    @Test
    void validate_says_which_files_have_errors_and_which_only_warnings() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "answers:\n  no_such_question: yes\n");
        ValidateRun run = new ValidateRun(context, o(), e());
        ValidateRun.Summary good = run.run(new ValidateRun.Request(List.of(US), false, null, List.of(), null, false, Lang.EN));
        assertThat(good.errors()).isFalse();
        ValidateRun.Summary broken = run.run(new ValidateRun.Request(List.of(US, bad), false, null, List.of(), null, false, Lang.EN));
        assertThat(broken.errors()).isTrue();
        assertThat(out.toString()).contains(bad + ": ");
        Path other = tmp.resolve("notes.yaml");
        Files.writeString(other, "title: not an input\n");
        ValidateRun.Summary named = run.run(new ValidateRun.Request(List.of(other), false, null, List.of(), null, false, Lang.EN));
        assertThat(named.errors()).as("a file named on the command line that is no input is an error").isTrue();
    }

    @Test
    void diff_of_two_assessments_says_whether_anything_got_worse() throws Exception {
        Path before = tmp.resolve("before.json");
        Path after = tmp.resolve("after.json");
        new AssessRun(context, new PrintWriter(Files.newBufferedWriter(before), true), e(), total -> Progress.NONE, "test").run(json(NO_REVIEW));
        new AssessRun(context, new PrintWriter(Files.newBufferedWriter(after), true), e(), total -> Progress.NONE, "test").run(json(NO_REVIEW));
        DiffRun run = new DiffRun(context, o(), e());
        assertThat(run.run(new DiffRun.Request(List.of(before, after), null, List.of(), false, Lang.EN)).worse()).isFalse();
        assertThatThrownBy(() -> run.run(new DiffRun.Request(List.of(before), null, List.of(), false, Lang.EN))).isInstanceOf(RunException.class);
        assertThatThrownBy(() -> run.run(new DiffRun.Request(List.of(US, after), null, List.of(), false, Lang.EN)))
                .as("a profile is not an assessment JSON").isInstanceOf(RunException.class);
        assertThat(err.toString()).contains("J001");
    }

    private static AssessRun.Request json(Path profile) {
        return new AssessRun.Request(List.of(profile), false, null, List.of(), new java.util.LinkedHashSet<>(List.of("json")), null, false,
                List.of(), null, false, null, null, 1, false, null, null, Lang.EN, DAY);
    }
}
