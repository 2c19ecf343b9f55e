package nl.thuiswerk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BatchCommandTest {

    private static final String GOOD = "{\"caseId\":\"good-1\",\"referenceDate\":\"2021-03-15\","
            + "\"job\":{\"tasks\":[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]}}";
    private static final String NURSE = "{\"caseId\":\"good-2\",\"referenceDate\":\"2021-03-15\","
            + "\"job\":{\"tasks\":[{\"name\":\"Patient care\",\"hoursPerWeek\":32,\"needs\":[\"PHYSICAL_PRESENCE\"]}]},"
            + "\"onSiteWorkplace\":{\"meetsCoronaMeasures\":true}}";
    private static final String MALFORMED = "{\"caseId\":\"broken-1\",";
    private static final String INVALID = "{\"caseId\":\"invalid-1\",\"referenceDate\":\"2021-03-15\","
            + "\"job\":{\"tasks\":[{\"name\":\"Analysis\",\"hoursPerWeek\":0}]},\"colour\":\"blue\"}";

    @TempDir
    Path dir;

    @Test
    void answers_every_example_line_in_its_own_place_and_exits_one_because_some_dates_have_no_rule_set() throws IOException {
        // given the example cases, among them one dated after the advice lapsed
        List<String> input = Files.readAllLines(CliRunner.EXAMPLES, StandardCharsets.UTF_8);

        // when they are decided as a batch
        CliRunner.Run run = CliRunner.run("batch", CliRunner.EXAMPLES.toString());

        // then there is one answer per case, in the same order, each a decision or an error
        List<String> output = run.lines();
        assertThat(output).hasSameSizeAs(input);
        for (int i = 0; i < input.size(); i++) {
            assertThat(Json.string(output.get(i), "caseId")).as("line %d", i + 1)
                    .isEqualTo(Json.string(input.get(i), "caseId"));
            assertThat(Json.has(output.get(i), "outcome") || Json.errorCode(output.get(i)) != null)
                    .as("line %d is a decision or an error: %s", i + 1, output.get(i)).isTrue();
        }
        // and the case after the lapse says why it was not decided
        String afterLapse = output.stream().filter(l -> l.contains("\"caseId\":\"ex-after-lapse\"")).findFirst().orElseThrow();
        assertThat(Json.errorCode(afterLapse)).isEqualTo("NO_RULESET_IN_FORCE");
        assertThat(Json.string(afterLapse, "message")).contains("2022-05-01");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void answers_malformed_invalid_and_good_lines_in_order_and_goes_on_after_each_bad_one() throws IOException {
        // given a malformed line, an invalid line and a good line
        Path in = write("mixed.jsonl", MALFORMED + "\n" + INVALID + "\n" + GOOD + "\n");

        // when they are decided as a batch
        CliRunner.Run run = CliRunner.run("batch", in.toString());

        // then each line has its own answer, in order
        List<String> output = run.lines();
        assertThat(output).hasSize(3);
        assertThat(Json.errorCode(output.get(0))).isEqualTo("MALFORMED_JSON");
        assertThat(Json.errorCode(output.get(1))).isEqualTo("INVALID_INPUT");
        assertThat(output.get(1))
                .contains("\"path\":\"job.tasks[0].hoursPerWeek\"")
                .contains("\"path\":\"colour\"");
        assertThat(Json.string(output.get(2), "caseId")).isEqualTo("good-1");
        assertThat(Json.has(output.get(2), "outcome")).isTrue();
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void skips_blank_lines_as_json_lines_tools_do_and_an_error_still_names_its_line_in_the_file() throws IOException {
        // given an empty line and one of spaces between good ones, a malformed line after them, and a final empty line
        Path in = write("gap.jsonl", GOOD + "\n\n" + NURSE + "\n \t \r\n{\"caseId\":\"broken-1\" \"job\":1}\n\n");

        // when they are decided
        CliRunner.Run run = CliRunner.run("batch", "--lang", "en", in.toString());

        // then the blank lines get no answer, and the malformed line's error names line 5 of the file and its column
        assertThat(run.lines()).hasSize(3);
        assertThat(Json.errorCode(run.lines().get(0))).isNull();
        assertThat(Json.errorCode(run.lines().get(1))).isNull();
        assertThat(run.lines().get(2)).startsWith("{\"caseId\":\"broken-1\",\"line\":5,\"error\":{\"code\":\"MALFORMED_JSON\","
                + "\"message\":\"The JSON is malformed at line 5, column 22: expected a comma or } after the value of a field");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void a_final_empty_line_is_no_error() throws IOException {
        // given good cases and the empty line an editor leaves at the end
        Path in = write("trailing.jsonl", GOOD + "\n" + NURSE + "\n\n");

        // when they are decided
        CliRunner.Run run = CliRunner.run("batch", in.toString());

        // then both are decided and nothing else is answered
        assertThat(run.lines()).hasSize(2);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void exits_zero_when_every_line_is_decided() throws IOException {
        // given only cases dated inside the first rule set, with Windows line breaks and no final one
        Path in = write("good.jsonl", GOOD + "\r\n" + NURSE);

        // when they are decided
        CliRunner.Run run = CliRunner.run("batch", in.toString());

        // then both are decided and the run says so
        assertThat(run.lines()).hasSize(2).allSatisfy(line -> assertThat(Json.has(line, "outcome")).isTrue());
        assertThat(run.exitCode()).isEqualTo(0);
    }

    @Test
    void gives_the_same_bytes_on_every_run() {
        // given the example cases
        // when they are decided twice
        CliRunner.Run first = CliRunner.run("batch", CliRunner.EXAMPLES.toString());
        CliRunner.Run second = CliRunner.run("batch", CliRunner.EXAMPLES.toString());

        // then the outputs are identical, with only \n line ends
        assertThat(second.stdoutBytes()).isEqualTo(first.stdoutBytes());
        assertThat(first.stdout()).doesNotContain("\r").endsWith("\n");
    }

    @Test
    void writes_the_answers_to_the_file_named_by_dash_o() throws IOException {
        // given the example cases
        Path out = dir.resolve("answers.jsonl");

        // when they are decided into a file
        CliRunner.Run run = CliRunner.run("batch", CliRunner.EXAMPLES.toString(), "-o", out.toString());

        // then the file holds the answers and stdout nothing
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8))
                .hasSameSizeAs(Files.readAllLines(CliRunner.EXAMPLES, StandardCharsets.UTF_8));
        assertThat(run.stdout()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void reads_the_cases_from_stdin_when_the_file_is_a_dash() {
        // given two cases on stdin
        // when the batch reads -
        CliRunner.Run run = CliRunner.runWithStdin(GOOD + "\n" + NURSE + "\n", "batch", "-");

        // then both are answered
        assertThat(run.lines()).extracting(line -> Json.string(line, "caseId")).containsExactly("good-1", "good-2");
        assertThat(run.exitCode()).isEqualTo(0);
    }

    @Test
    void answers_a_huge_line_as_too_long_and_the_lines_after_it_normally() throws IOException {
        // given a line of two million characters between two good cases
        String huge = "{\"caseId\":\"" + "x".repeat(2_000_000) + "\"}";
        Path in = write("huge.jsonl", GOOD + "\n" + huge + "\n" + NURSE + "\n");

        // when they are decided
        CliRunner.Run run = CliRunner.run("batch", in.toString());

        // then the huge line is an error in its place and the batch went on
        assertThat(run.lines()).hasSize(3);
        assertThat(Json.errorCode(run.lines().get(1))).isEqualTo("INVALID_INPUT");
        assertThat(Json.string(run.lines().get(2), "caseId")).isEqualTo("good-2");
    }

    @Test
    void refuses_to_write_the_answers_over_its_own_input() throws IOException {
        // given a file of cases
        Path in = write("cases.jsonl", GOOD + "\n");

        // when the output is the input
        CliRunner.Run run = CliRunner.run("batch", "--lang", "en", in.toString(), "-o", in.toString());

        // then nothing is decided and the cases are untouched
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("it is the input file");
        assertThat(Files.readString(in)).isEqualTo(GOOD + "\n");
    }

    @Test
    void missing_input_file_exits_two_with_one_line_naming_it_and_no_stack_trace() {
        // given a file that does not exist
        String missing = dir.resolve("no-such-cases.jsonl").toString();

        // when it is given to batch
        CliRunner.Run run = CliRunner.run("batch", "--lang", "en", missing);

        // then the user reads one line naming the file
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr().lines().toList()).hasSize(1);
        assertThat(run.stderr()).contains(missing).contains("no such file")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void unwritable_output_exits_two_naming_it() {
        // given an output in a folder that does not exist
        String out = dir.resolve("missing-folder").resolve("out.jsonl").toString();

        // when the batch is asked to write there
        CliRunner.Run run = CliRunner.run("batch", "--lang", "en", CliRunner.EXAMPLES.toString(), "-o", out);

        // then it stops with one line naming the output
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("thuiswerk batch: cannot write " + out).doesNotContain("\tat ");
    }

    @Test
    void rejects_a_language_without_texts_as_wrong_usage() {
        // given a language the rules have no texts in
        // when it is asked for
        CliRunner.Run run = CliRunner.run("batch", CliRunner.EXAMPLES.toString(), "--lang", "de");

        // then it is a usage error and nothing is decided
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("--lang").contains("'de'");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void shows_progress_on_stderr_only_when_stderr_is_a_terminal() throws IOException {
        // given three cases answered into a file
        Path in = write("three.jsonl", GOOD + "\n" + NURSE + "\n" + GOOD + "\n");
        Path out = dir.resolve("out.jsonl");

        // when stderr is a terminal, and when it is not
        CliRunner.Run watched = CliRunner.run(new byte[0], new Terminals(true, true), "batch", in.toString(),
                "-o", out.toString());
        CliRunner.Run unwatched = CliRunner.run(new byte[0], Terminals.NONE, "batch", in.toString(),
                "-o", out.toString());

        // then only the watched run reports, ending on the full count and a line break
        assertThat(watched.stderr()).matches("(\\r\\d+ cases?, \\d+/s *)*\\r3 cases, \\d+/s *\\n");
        assertThat(unwatched.stderr()).isEmpty();
    }

    @Test
    void keeps_progress_off_the_screen_while_answers_are_written_to_it() {
        // given stdout and stderr on the same terminal
        // when the answers go to stdout
        CliRunner.Run run = CliRunner.run(new byte[0], new Terminals(true, true), "batch", CliRunner.EXAMPLES.toString());

        // then no progress line is mixed into them
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void stops_quietly_with_exit_zero_when_the_reader_of_stdout_has_gone() {
        // given a stdout whose reader has closed the pipe, as `| head` does
        OutputStream closedPipe = failingOutput("Broken pipe");

        // when a batch writes to it
        CliRunner.Run run = CliRunner.run(new byte[0], closedPipe, Terminals.NONE, "batch", CliRunner.EXAMPLES.toString());

        // then it stops as Unix tools do on a closed pipe: no message, and no failure for a pipeline that read enough
        assertThat(run.exitCode()).isZero();
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void reports_any_other_write_failure_of_stdout_in_one_line() {
        // given a stdout on a full disk
        OutputStream fullDisk = failingOutput("No space left on device");

        // when a batch writes to it
        CliRunner.Run run = CliRunner.run(new byte[0], fullDisk, Terminals.NONE, "batch", "--lang", "en", CliRunner.EXAMPLES.toString());

        // then the user is told in one line
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).isEqualTo("thuiswerk batch: cannot write standard output: No space left on device\n");
    }

    private static OutputStream failingOutput(String message) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(message);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException(message);
            }
        };
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
