package nl.thuiswerk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DecideCommandTest {

    /** The contract's own example, pretty-printed over many lines as a person would write it. */
    private static final String TEACHER = """
            {
              "caseId": "teacher-7",
              "referenceDate": "2021-03-15",
              "job": {
                "title": "Teacher, secondary school",
                "tasks": [
                  { "name": "Teaching in class", "hoursPerWeek": 24, "needs": ["PHYSICAL_PRESENCE"] },
                  { "name": "Preparing lessons", "hoursPerWeek": 12 }
                ]
              },
              "worker": {
                "occupationalPhysicianAdvice": { "onSiteShare": 0.4 },
                "homeWorkplace": "ADEQUATE"
              },
              "onSiteWorkplace": { "meetsCoronaMeasures": true }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void decides_a_pretty_printed_case_from_a_file_as_one_line_of_json() throws IOException {
        // given a case written over many lines
        Path file = Files.writeString(dir.resolve("teacher.json"), TEACHER, StandardCharsets.UTF_8);

        // when it is decided
        CliRunner.Run run = CliRunner.run("decide", file.toString());

        // then stdout holds exactly one line: its decision
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.lines()).hasSize(1);
        assertThat(Json.string(run.stdout(), "caseId")).isEqualTo("teacher-7");
        assertThat(Json.string(run.stdout(), "outcome")).isEqualTo("PARTLY_ON_SITE");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void reads_the_case_from_stdin_when_the_file_is_a_dash() {
        // given a case on stdin
        // when decide reads -
        CliRunner.Run run = CliRunner.runWithStdin(TEACHER, "decide", "-");

        // then it is decided
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(Json.string(run.stdout(), "caseId")).isEqualTo("teacher-7");
    }

    @Test
    void indents_the_answer_with_pretty() {
        // given a case on stdin
        // when it is decided with --pretty
        CliRunner.Run run = CliRunner.runWithStdin(TEACHER, "decide", "--pretty", "-");

        // then the same decision comes over many lines, ending in one line break
        CliRunner.Run compact = CliRunner.runWithStdin(TEACHER, "decide", "-");
        assertThat(run.lines().size()).isGreaterThan(10);
        assertThat(run.stdout()).endsWith("}\n").doesNotContain("\r");
        // (whitespace inside strings is the same in both, so dropping all of it compares just the content)
        assertThat(run.stdout().replaceAll("\\s", "")).isEqualTo(compact.stdout().replaceAll("\\s", ""));
    }

    @Test
    void gives_the_same_answer_in_english_and_dutch_except_for_the_texts_and_the_language_it_records() {
        // given one case
        // when it is decided in both languages
        CliRunner.Run dutch = CliRunner.runWithStdin(TEACHER, "decide", "--lang", "nl", "-");
        CliRunner.Run english = CliRunner.runWithStdin(TEACHER, "decide", "--lang", "en", "-");

        // then only the texts differ, and the language each records
        assertThat(english.stdout()).isNotEqualTo(dutch.stdout()).contains("\"lang\":\"en\"");
        assertThat(dutch.stdout()).contains("\"lang\":\"nl\"");
        assertThat(Json.withoutTexts(english.stdout()).replace("\"lang\":\"en\"", "\"lang\":\"nl\""))
                .isEqualTo(Json.withoutTexts(dutch.stdout()));
    }

    @Test
    void answers_an_invalid_case_with_its_error_and_exit_code_one() {
        // given a case with a task of zero hours
        String invalid = TEACHER.replace("\"hoursPerWeek\": 12", "\"hoursPerWeek\": 0");

        // when it is decided
        CliRunner.Run run = CliRunner.runWithStdin(invalid, "decide", "-");

        // then the error is the answer, naming the field
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Json.errorCode(run.stdout())).isEqualTo("INVALID_INPUT");
        assertThat(run.stdout()).contains("\"path\":\"job.tasks[1].hoursPerWeek\"");
    }

    @Test
    void reads_a_file_that_starts_with_a_byte_order_mark() throws IOException {
        // given a case saved by an editor that writes a UTF-8 byte-order mark
        Path file = Files.writeString(dir.resolve("bom.json"), "\uFEFF" + TEACHER, StandardCharsets.UTF_8);

        // when it is decided
        CliRunner.Run run = CliRunner.run("decide", file.toString());

        // then the mark is not taken for malformed JSON
        assertThat(run.exitCode()).isEqualTo(0);
    }

    @Test
    void missing_file_exits_two_with_one_line_naming_it_and_no_stack_trace() {
        // given a file that does not exist
        String missing = dir.resolve("no-such-case.json").toString();

        // when it is decided
        CliRunner.Run run = CliRunner.run("decide", "--lang", "en", missing);

        // then the user reads one line naming the file
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).isEqualTo("thuiswerk decide: cannot read " + missing + ": no such file\n");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void rejects_a_language_without_texts_as_wrong_usage() {
        // given a language the rules have no texts in
        // when it is asked for
        CliRunner.Run run = CliRunner.runWithStdin(TEACHER, "decide", "--lang", "de", "-");

        // then it is a usage error
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void accepts_the_language_in_capitals() {
        // given a language written in capitals
        // when it is asked for
        CliRunner.Run run = CliRunner.runWithStdin(TEACHER, "decide", "--lang", "EN", "-");

        // then it is English
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.stdout())
                .isEqualTo(CliRunner.runWithStdin(TEACHER, "decide", "--lang", "en", "-").stdout());
    }
}
