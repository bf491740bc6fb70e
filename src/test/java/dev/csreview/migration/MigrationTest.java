package dev.csreview.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csreview.diagnostic.Diagnostic;
import dev.csreview.diagnostic.Diagnostics;
import dev.csreview.diagnostic.InvalidInputException;
import dev.csreview.profile.Answer;
import dev.csreview.profile.Profile;
import dev.csreview.profile.ProfileLoader;
import dev.csreview.questionnaire.MigrationChecks;
import dev.csreview.questionnaire.Questionnaire;
import dev.csreview.questionnaire.QuestionnaireLoader;
import dev.csreview.yaml.YNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Migrations as data: the loader's checks, answers read through a chain, and the file rewritten in place. */
class MigrationTest {
    static final String HEAD = """
            questionnaire: mig
            version: "%s"
            title: {zh: "迁移", en: "Migration"}
            regulation: law
            languages: [zh, en]
            instruments:
              law:
                name: {zh: "法", en: "Law"}
                articles: "1-9"
            sections:
              - id: main
                title: {zh: "主", en: "Main"}
                questions:
            """;

    static final String V1_QUESTIONS = """
                  - {id: name, type: text, text: {zh: "名称", en: "Name"}, cites: [law:1]}
                  - id: colour
                    type: single
                    text: {zh: "颜色", en: "Colour"}
                    cites: [law:1]
                    choices:
                      - {id: red, text: {zh: "红", en: "Red"}}
                      - {id: blue, text: {zh: "蓝", en: "Blue"}}
                  - id: extras
                    type: multi
                    required: false
                    text: {zh: "附加", en: "Extras"}
                    cites: [law:1]
                    choices:
                      - {id: x, text: {zh: "甲", en: "X"}}
                      - {id: y, text: {zh: "乙", en: "Y"}}
                  - {id: legacy, type: yesno, required: false, text: {zh: "旧", en: "Old"}, cites: [law:1]}
            """;

    static final String V2_QUESTIONS = """
                  - {id: company, type: text, text: {zh: "名称", en: "Name"}, cites: [law:1]}
                  - id: colour
                    type: single
                    text: {zh: "颜色", en: "Colour"}
                    cites: [law:1]
                    choices:
                      - {id: crimson, text: {zh: "红", en: "Red"}}
                      - {id: blue, text: {zh: "蓝", en: "Blue"}}
                  - id: extras
                    type: multi
                    required: false
                    text: {zh: "附加", en: "Extras"}
                    cites: [law:1]
                    choices:
                      - {id: x, text: {zh: "甲", en: "X"}}
                  - {id: headcount, type: integer, required: false, unknown: true, text: {zh: "人数", en: "Staff"}, cites: [law:1]}
            """;

    static final String GOOD_MIGRATIONS = """
            migrations:
              - from: "1.0.0"
                to: "2.0.0"
                changes:
                  - rename: name
                    to: company
                  - choices: colour
                    map: {red: crimson}
                  - choices: extras
                    map: {y: x}
                  - drop: legacy
                    why: {zh: "不再询问", en: "No longer asked"}
                  - new: headcount
                    why: {zh: "新问题", en: "New question"}
            """;

    static Questionnaire load(String text) throws InvalidInputException {
        return new QuestionnaireLoader().load("q.yaml", text.getBytes(StandardCharsets.UTF_8)).questionnaire();
    }

    static Questionnaire v1() throws InvalidInputException {
        return load(HEAD.formatted("1.0.0") + V1_QUESTIONS);
    }

    static Questionnaire v2(String migrations) throws InvalidInputException {
        return load(HEAD.formatted("2.0.0") + V2_QUESTIONS + migrations);
    }

    static List<Diagnostic> errors(String migrations) {
        try {
            v2(migrations);
            return List.of();
        } catch (InvalidInputException e) {
            // Errors only: the fixture has no article summaries, a warning (Q085) beside the point here.
            return e.diagnostics().stream().filter(Diagnostic::isError).toList();
        }
    }

    static final String PROFILE = """
            # Client A, answered in 2025
            questionnaire: mig
            version: "1.0.0"
            answers:
              name: Acme   # the legal name
              colour: red
              extras: [x, y]
              # asked in 1.0.0 only
              legacy: yes
            """;

    @Test
    void a_good_chain_loads_and_passes_the_rule_against_the_previous_version() throws Exception {
        Diagnostics out = new Diagnostics();
        MigrationChecks.againstPrevious(v1(), v2(GOOD_MIGRATIONS), out);
        assertThat(out.list()).isEmpty();
    }

    @Test
    void a_map_to_a_choice_that_does_not_exist_is_located() {
        List<Diagnostic> found = errors(GOOD_MIGRATIONS.replace("{red: crimson}", "{red: crimsom}"));
        assertThat(found).extracting(Diagnostic::code).containsExactly("Q118");
        assertThat(found.get(0).location().toString()).isEqualTo("q.yaml:37:20");
        assertThat(found.get(0).toString()).contains("crimson");
    }

    @Test
    void a_cycle_a_dead_end_a_newer_start_and_an_unknown_target_are_errors() {
        assertThat(errors(GOOD_MIGRATIONS + """
                  - from: "1.5.0"
                    to: "1.6.0"
                    changes: []
                  - from: "1.6.0"
                    to: "1.5.0"
                    changes: []
                """)).extracting(Diagnostic::toString).anyMatch(d -> d.contains("Q114") && d.contains("1.5.0 → 1.6.0 → 1.5.0"));
        assertThat(errors(GOOD_MIGRATIONS.replace("to: \"2.0.0\"", "to: \"1.5.0\"")))
                .extracting(Diagnostic::code).containsExactly("Q115");
        assertThat(errors(GOOD_MIGRATIONS.replace("from: \"1.0.0\"", "from: \"3.0.0\"").replace("to: \"2.0.0\"", "to: \"4.0.0\"")))
                .extracting(Diagnostic::code).contains("Q116");
        assertThat(errors(GOOD_MIGRATIONS.replace("to: company", "to: compnay")))
                .extracting(Diagnostic::code).containsExactly("Q117");
        assertThat(errors(GOOD_MIGRATIONS.replace("from: \"1.0.0\"", "from: \"1.0\"")))
                .extracting(Diagnostic::code).containsExactly("Q111");
        assertThat(errors(GOOD_MIGRATIONS.replace("  - new: headcount", "  - new: headcount\n        drop: x")))
                .extracting(Diagnostic::code).containsExactly("Q110");
    }

    @Test
    void an_id_that_disappears_without_a_migration_is_an_error_of_the_linter_rule() throws Exception {
        Diagnostics out = new Diagnostics();
        MigrationChecks.againstPrevious(v1(), v2(GOOD_MIGRATIONS.replace("""
                      - drop: legacy
                        why: {zh: "不再询问", en: "No longer asked"}
                """, "").replace("""
                      - choices: extras
                        map: {y: x}
                """, "")), out);
        assertThat(out.list()).extracting(Diagnostic::code).containsExactlyInAnyOrder("Q120", "Q121");
    }

    @Test
    void a_new_question_not_marked_new_is_a_warning() throws Exception {
        Diagnostics out = new Diagnostics();
        MigrationChecks.againstPrevious(v1(), v2(GOOD_MIGRATIONS.replace("""
                      - new: headcount
                        why: {zh: "新问题", en: "New question"}
                """, "")), out);
        assertThat(out.list()).extracting(Diagnostic::code).containsExactly("Q122");
        assertThat(out.hasErrors()).isFalse();
    }

    @Test
    void an_old_profile_is_read_through_the_migration_with_its_answers_located_where_written() throws Exception {
        Diagnostics out = new Diagnostics();
        Optional<Profile> p = new ProfileLoader().load("a.yaml", PROFILE.getBytes(StandardCharsets.UTF_8), v2(GOOD_MIGRATIONS), out);
        assertThat(out.list()).isEmpty();
        Answer company = p.orElseThrow().answers().get("company");
        assertThat(company.value()).isEqualTo("Acme");
        assertThat(company.source().toString()).isEqualTo("a.yaml:5:9");
        assertThat(p.get().answers().get("colour").value()).isEqualTo("crimson");
        assertThat(p.get().answers().get("extras").value()).isEqualTo(List.of("x"));
        assertThat(p.get().answers()).doesNotContainKey("legacy");
        MigrationReport r = p.get().migration();
        assertThat(r.from()).isEqualTo("1.0.0");
        assertThat(r.entries()).extracting(e -> e.what() + " " + e.question() + " " + e.detail()).containsExactly(
                "RENAMED company name → company: Acme", "MAPPED colour red → crimson", "MAPPED extras y → x",
                "DROPPED legacy legacy: yes", "NEW headcount ");
    }

    @Test
    void a_newer_profile_and_one_without_a_chain_are_errors_at_the_version() throws Exception {
        for (String[] c : new String[][] {{"3.0.0", "P030"}, {"0.9.0", "P031"}}) {
            Diagnostics out = new Diagnostics();
            new ProfileLoader().load("a.yaml", PROFILE.replace("1.0.0", c[0]).getBytes(StandardCharsets.UTF_8), v2(GOOD_MIGRATIONS), out);
            assertThat(out.list()).extracting(Diagnostic::code).contains(c[1]);
            assertThat(out.list().get(0).location().toString()).isEqualTo("a.yaml:3:10");
        }
    }

    @Test
    void a_rename_onto_an_answered_question_is_an_error_not_a_lost_answer() throws Exception {
        Diagnostics out = new Diagnostics();
        new ProfileLoader().load("a.yaml", PROFILE.replace("  colour: red\n", "  colour: red\n  company: Other\n")
                .getBytes(StandardCharsets.UTF_8), v2(GOOD_MIGRATIONS), out);
        assertThat(out.list()).extracting(Diagnostic::code).contains("P032");
    }

    @Test
    void the_file_is_rewritten_at_the_located_spots_keeping_comments_and_layout() throws Exception {
        Diagnostics out = new Diagnostics();
        YNode root = new ProfileLoader().parse("a.yaml", PROFILE.getBytes(StandardCharsets.UTF_8), out).orElseThrow();
        AnswerMigration.Migrated m = ProfileMigrator.migrate(root, v2(GOOD_MIGRATIONS), out).orElseThrow();
        ProfileRewriter.Result r = ProfileRewriter.apply(PROFILE, m.edits());
        assertThat(r).isInstanceOf(ProfileRewriter.Result.Rewritten.class);
        assertThat(((ProfileRewriter.Result.Rewritten) r).text()).isEqualTo("""
                # Client A, answered in 2025
                questionnaire: mig
                version: "2.0.0"
                answers:
                  company: Acme   # the legal name
                  colour: crimson
                  extras: [x]
                  # asked in 1.0.0 only
                  # legacy: yes  # no longer asked in version 2.0.0, kept for the record
                """);
    }

    @Test
    void the_rewritten_file_loads_as_current_with_the_same_answers() throws Exception {
        Questionnaire q = v2(GOOD_MIGRATIONS);
        Diagnostics out = new Diagnostics();
        YNode root = new ProfileLoader().parse("a.yaml", PROFILE.getBytes(StandardCharsets.UTF_8), out).orElseThrow();
        String text = ((ProfileRewriter.Result.Rewritten) ProfileRewriter.apply(PROFILE, ProfileMigrator.migrate(root, q, out).orElseThrow().edits())).text();
        Diagnostics again = new Diagnostics();
        Profile p = new ProfileLoader().load("a.yaml", text.getBytes(StandardCharsets.UTF_8), q, again).orElseThrow();
        assertThat(again.list()).isEmpty();
        assertThat(p.migration()).isNull();
        assertThat(p.answers().get("extras").value()).isEqualTo(List.of("x"));
    }

    @Test
    void an_edit_that_does_not_match_the_text_fails_rather_than_guessing() {
        var edit = new TextEdit(TextEdit.Kind.REPLACE, new dev.csreview.diagnostic.Location("a.yaml", 5, 3), "nmae", "company");
        assertThat(ProfileRewriter.apply(PROFILE, List.of(edit))).isInstanceOf(ProfileRewriter.Result.Failed.class);
        assertThatThrownBy(() -> v2(GOOD_MIGRATIONS.replace("{red: crimson}", "{red: nope}"))).isInstanceOf(InvalidInputException.class);
    }
}
