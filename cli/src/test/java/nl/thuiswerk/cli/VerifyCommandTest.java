package nl.thuiswerk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyCommandTest {

    private static final String TEACHER = ExplainCommandTest.TEACHER;

    /** The same case as a person might write it: over many lines, with its fields in another order. */
    private static final String TEACHER_REFORMATTED = """
            {
              "onSiteWorkplace": { "meetsCoronaMeasures": true },
              "job": {
                "tasks": [
                  { "needs": [ "PHYSICAL_PRESENCE" ], "hoursPerWeek": 24, "name": "Teaching in class" },
                  { "hoursPerWeek": 12.0, "name": "Preparing lessons" }
                ],
                "title": "Teacher, secondary school"
              },
              "referenceDate": "2021-03-15",
              "caseId": "teacher-7"
            }
            """;

    private static final List<String> KINDS = List.of("INPUT", "RULE_SET", "OUTCOME", "DECISION", "UNREADABLE");
    private static final String ZEROS = "sha256:" + "0".repeat(64);

    @TempDir
    Path dir;

    @Test
    void confirms_a_decision_against_the_case_it_was_made_from() throws IOException {
        // given the teacher's case and its decision as decide wrote it
        Path aCase = write("teacher.json", TEACHER);
        Path decision = decide(aCase, "--lang", "en");

        // when the decision is verified against the case
        CliRunner.Run run = CliRunner.run("verify", "--lang", "en", decision.toString(), aCase.toString());

        // then it is confirmed, naming the case and the rule set with its fingerprint
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.stderr()).isEmpty();
        String fingerprint = Json.string(Files.readString(decision), "fingerprint");
        assertThat(run.lines().get(0)).isEqualTo("confirmed: teacher-7 was decided under rule set 2021-02-18 ("
                + fingerprint + ") from this input; deciding it again gives the same decision.");
        assertThat(run.lines()).allSatisfy(l -> assertThat(l).matches("(confirmed|note): .*"));
    }

    @Test
    void confirms_the_decision_against_the_same_case_written_another_way() throws IOException {
        // given the teacher's decision, and the case pretty-printed with its fields in another order
        Path decision = decide(write("teacher.json", TEACHER), "--lang", "en");
        Path reformatted = write("reformatted.json", TEACHER_REFORMATTED);

        // when the decision is verified against the reformatted case
        CliRunner.Run run = CliRunner.run("verify", decision.toString(), reformatted.toString());

        // then it is still confirmed: the receipt hashes the canonical input, not its layout
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.stdout()).startsWith("confirmed: teacher-7 ");
    }

    @Test
    void confirms_a_dutch_decision_pretty_printed() throws IOException {
        // given the teacher's decision in Dutch, the default, and indented
        Path aCase = write("teacher.json", TEACHER);
        Path decision = decide(aCase, "--pretty");

        // when it is verified
        CliRunner.Run run = CliRunner.run("verify", decision.toString(), aCase.toString());

        // then it is confirmed too
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.stdout()).startsWith("confirmed: teacher-7 ");
    }

    @Test
    void a_changed_input_differs_in_the_input_only() throws IOException {
        // given the teacher's decision, and the case with fewer hours of teaching
        Path decision = decide(write("teacher.json", TEACHER), "--lang", "en");
        Path changed = write("changed.json", TEACHER.replace("\"hoursPerWeek\":24", "\"hoursPerWeek\":20"));

        // when the decision is verified against the changed case
        CliRunner.Run run = CliRunner.run("verify", decision.toString(), changed.toString());

        // then the input differs, and the other decision that case gets is not reported as a second cause
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.lines()).anySatisfy(l -> assertThat(l).startsWith("differs (INPUT): "));
        assertOnlyKind(run, "INPUT");
    }

    @Test
    void a_changed_outcome_differs_in_the_outcome_only() throws IOException {
        // given the teacher's case and its decision with the outcome edited
        Path aCase = write("teacher.json", TEACHER);
        String decided = Files.readString(decide(aCase, "--lang", "en"));
        assertThat(decided.split("\"outcome\":\"PARTLY_ON_SITE\"", -1)).hasSize(2);
        Path edited = write("edited.json",
                decided.replace("\"outcome\":\"PARTLY_ON_SITE\"", "\"outcome\":\"HOME\""));

        // when it is verified
        CliRunner.Run run = CliRunner.run("verify", edited.toString(), aCase.toString());

        // then the outcome differs, and nothing else
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.lines()).anySatisfy(l -> assertThat(l).startsWith("differs (OUTCOME): ").contains("HOME"));
        assertOnlyKind(run, "OUTCOME");
    }

    @Test
    void another_fingerprint_differs_in_the_rule_set_only() throws IOException {
        // given the teacher's case and its decision as if another version of the rule set had made it
        Path aCase = write("teacher.json", TEACHER);
        String decided = Files.readString(decide(aCase, "--lang", "en"));
        String fingerprint = Json.string(decided, "fingerprint");
        assertThat(decided.split(fingerprint, -1)).hasSize(3);
        Path edited = write("edited.json", decided.replace(fingerprint, ZEROS));

        // when it is verified
        CliRunner.Run run = CliRunner.run("verify", edited.toString(), aCase.toString());

        // then the rule set differs, naming both fingerprints, and nothing else
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.lines()).anySatisfy(l -> assertThat(l).startsWith("differs (RULE_SET): ")
                .contains(ZEROS).contains(fingerprint));
        assertOnlyKind(run, "RULE_SET");
    }

    @Test
    void a_decision_that_is_not_json_is_unreadable() throws IOException {
        // given a decision file that is not JSON
        Path aCase = write("teacher.json", TEACHER);
        Path decision = write("decision.json", "this is not a decision\n");

        // when it is verified
        CliRunner.Run run = CliRunner.run("verify", decision.toString(), aCase.toString());

        // then it cannot be read
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.lines()).anySatisfy(l -> assertThat(l).startsWith("differs (UNREADABLE): "));
        assertOnlyKind(run, "UNREADABLE");
    }

    @Test
    void an_invalid_case_exits_one_saying_it_cannot_be_read() throws IOException {
        // given the teacher's decision, and a case with a task of zero hours
        Path decision = decide(write("teacher.json", TEACHER), "--lang", "en");
        Path invalid = write("invalid.json", TEACHER.replace("\"hoursPerWeek\":12", "\"hoursPerWeek\":0"));

        // when the decision is verified against it
        CliRunner.Run run = CliRunner.run("verify", "--lang", "en", decision.toString(), invalid.toString());

        // then the user reads that the case cannot be read, with the problem's path, and nothing is verified
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).startsWith("thuiswerk verify: the case in " + invalid + " cannot be read")
                .contains("\n  job.tasks[1].hoursPerWeek: ").doesNotContain("\tat ");
    }

    @Test
    void a_malformed_case_exits_one_saying_it_cannot_be_read() throws IOException {
        // given the teacher's decision, and a case that is not JSON
        Path decision = decide(write("teacher.json", TEACHER), "--lang", "en");
        Path malformed = write("malformed.json", "{\"caseId\": ");

        // when the decision is verified against it
        CliRunner.Run run = CliRunner.run("verify", "--lang", "en", decision.toString(), malformed.toString());

        // then the user reads that the case cannot be read
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).startsWith("thuiswerk verify: the case in " + malformed + " cannot be read")
                .contains("The JSON is malformed at line 1");
    }

    @Test
    void reads_the_decision_from_stdin_when_its_file_is_a_dash() throws IOException {
        // given the teacher's decision on stdin
        Path aCase = write("teacher.json", TEACHER);
        String decided = Files.readString(decide(aCase, "--lang", "en"));

        // when verify reads it from -
        CliRunner.Run run = CliRunner.runWithStdin(decided, "verify", "-", aCase.toString());

        // then it is confirmed
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.stdout()).startsWith("confirmed: ");
    }

    @Test
    void both_files_from_stdin_is_refused() {
        // given nothing but stdin
        // when both files are to be read from it
        CliRunner.Run run = CliRunner.runWithStdin(TEACHER, "verify", "--lang", "en", "-", "-");

        // then the run stops before reading
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).startsWith("thuiswerk verify: ").contains("standard input");
    }

    @Test
    void a_missing_decision_file_exits_two_with_one_line_naming_it() throws IOException {
        // given a case and a decision file that does not exist
        Path aCase = write("teacher.json", TEACHER);
        String missing = dir.resolve("no-such-decision.json").toString();

        // when it is verified
        CliRunner.Run run = CliRunner.run("verify", "--lang", "en", missing, aCase.toString());

        // then it is a file error, as elsewhere
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).isEqualTo("thuiswerk verify: cannot read " + missing + ": no such file\n");
    }

    @Test
    void without_the_case_is_wrong_usage() throws IOException {
        // given only a decision
        Path decision = decide(write("teacher.json", TEACHER), "--lang", "en");

        // when it is verified without a case
        CliRunner.Run run = CliRunner.run("verify", decision.toString());

        // then it is a usage error
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("CASE.json").contains("Usage: thuiswerk verify");
    }

    /** Decides a case through the command line and keeps its stdout, as a user would with {@code >}. */
    @Test
    void an_error_answer_given_as_the_decision_is_named_an_error_answer_not_a_foreign_decision() throws IOException {
        // given the answer decide writes for a case dated after the advice lapsed: an error, not a decision
        Path aCase = write("late.json", TEACHER.replace("2021-03-15", "2026-01-05"));
        CliRunner.Run refused = CliRunner.run("decide", "--lang", "en", aCase.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        Path answer = Files.write(dir.resolve("answer.json"), refused.stdoutBytes());

        // when it is verified as if it were a decision, in English and in Dutch
        CliRunner.Run english = CliRunner.run("verify", "--lang", "en", answer.toString(), aCase.toString());
        CliRunner.Run dutch = CliRunner.run("verify", answer.toString(), aCase.toString());

        // then verify says what the file is, and never that thuiswerk did not write it
        assertThat(english.exitCode()).isEqualTo(1);
        assertThat(english.lines()).containsExactly("differs (UNREADABLE): The file holds an error answer "
                + "(NO_RULESET_IN_FORCE), not a decision: a case that was refused has no decision to verify.");
        assertThat(english.stdout()).doesNotContain("not written by thuiswerk");
        assertThat(dutch.lines()).containsExactly("differs (UNREADABLE): Het bestand bevat een foutantwoord "
                + "(NO_RULESET_IN_FORCE), geen beslissing: een geweigerde casus heeft geen beslissing om te controleren.");
    }

    @Test
    void the_two_files_the_other_way_round_are_said_to_be_swapped_not_listed_as_unknown_fields() throws IOException {
        // given a decision and its case
        Path aCase = write("teacher.json", TEACHER);
        Path decision = decide(aCase, "--lang", "en");

        // when they are given the other way round
        CliRunner.Run run = CliRunner.run("verify", "--lang", "en", aCase.toString(), decision.toString());

        // then one line says so, and names the order
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr().lines().toList()).containsExactly("thuiswerk verify: the two files are the other way "
                + "round: " + decision + " holds a decision and " + aCase + " a case; give the decision first: "
                + "thuiswerk verify DECISION.json CASE.json");
        assertThat(run.stderr()).doesNotContain("is not a field of the contract").doesNotContain("problems");
    }

    @Test
    void a_decision_given_as_the_case_is_named_a_decision() throws IOException {
        // given a decision, given twice
        Path aCase = write("teacher.json", TEACHER);
        Path decision = decide(aCase);

        // when it is given as the case too, in Dutch
        CliRunner.Run run = CliRunner.run("verify", decision.toString(), decision.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr().lines().toList()).containsExactly("thuiswerk verify: " + decision
                + " bevat een beslissing, geen casus: geef als tweede bestand de casus waaruit de beslissing genomen is");
    }

    @Test
    void verifies_in_dutch_by_default_and_names_what_differs_in_dutch() throws IOException {
        // given the teacher's decision, whose outcome was edited
        Path aCase = write("teacher.json", TEACHER);
        Path decision = decide(aCase, "--lang", "en");
        Path edited = write("edited.json", Files.readString(decision).replace("\"outcome\":\"PARTLY_ON_SITE\"",
                "\"outcome\":\"HOME\""));

        // when verified without --lang
        CliRunner.Run run = CliRunner.run("verify", edited.toString(), aCase.toString());

        // then the difference is a Dutch sentence after its marker
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.lines().get(0)).startsWith("differs (OUTCOME): De beslissing zegt HOME, maxOnSiteShare 0.6667")
                .contains("; opnieuw beslissen over de casus geeft PARTLY_ON_SITE, maxOnSiteShare 0.6667");
    }

    private Path decide(Path aCase, String... options) throws IOException {
        String[] args = new String[options.length + 2];
        args[0] = "decide";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = aCase.toString();
        CliRunner.Run run = CliRunner.run(args);
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(0);
        return Files.write(dir.resolve("decision" + String.join("", options) + ".json"), run.stdoutBytes());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Every line is a difference of this kind or a note: no other kind, and no confirmation. */
    private static void assertOnlyKind(CliRunner.Run run, String kind) {
        for (String other : KINDS) {
            if (!other.equals(kind)) {
                assertThat(run.stdout()).as(run.stdout()).doesNotContain("differs (" + other + ")");
            }
        }
        assertThat(run.lines()).allSatisfy(l -> assertThat(l).matches("(differs \\(" + kind + "\\)|note): .*"));
    }
}
