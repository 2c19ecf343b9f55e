package nl.thuiswerk.cli;

import nl.thuiswerk.oracle.Fuzzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input on every command that reads a case: decide, explain, verify, batch and diff. Whatever the case
 * holds, no output and no message on stderr shows a share given in it, a byte that is not UTF-8 is refused naming
 * where it is, and text from the case cannot drive the terminal.
 */
class HostileInputCliTest {

    private static final String SHARE = "0.43219876";
    private static final String CASE = "{\"caseId\":\"h-1\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":"
            + "[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]},\"worker\":{\"occupationalPhysicianAdvice\":"
            + "{\"onSiteShare\":" + SHARE + "}}}";

    @TempDir
    Path dir;

    /** Every command that reads a case, over one case and over a file of them as lines. */
    private List<CliRunner.Run> everyCommand(Path aCase, Path lines) throws IOException {
        Path decision = decision();
        return List.of(
                CliRunner.run("decide", aCase.toString()),
                CliRunner.run("decide", "--pretty", "--lang", "en", aCase.toString()),
                CliRunner.run("explain", aCase.toString()),
                CliRunner.run("explain", "--lang", "en", aCase.toString()),
                CliRunner.run("verify", decision.toString(), aCase.toString()),
                CliRunner.run("batch", lines.toString()),
                CliRunner.run("diff", "2021-02-18", "2022-02-15", lines.toString()),
                CliRunner.run("diff", "2021-02-18", "2022-02-15", lines.toString(), "--json"));
    }

    private Path decision() throws IOException {
        Path good = Files.writeString(dir.resolve("good.json"), CASE.replace(SHARE, "0.5"));
        CliRunner.Run run = CliRunner.run("decide", good.toString());
        assertThat(run.exitCode()).isZero();
        return Files.write(dir.resolve("decision.json"), run.stdoutBytes());
    }

    private static void assertShowsNoShare(CliRunner.Run run) {
        for (String digits : Fuzzer.HEALTH_DIGITS) {
            assertThat(run.stdout()).as("stdout shows a share given in the input").doesNotContain(digits);
            assertThat(run.stderr()).as("stderr shows a share given in the input").doesNotContain(digits);
        }
    }

    @Test
    void a_share_with_an_exponent_beyond_two_to_the_31_is_invalid_input_on_every_command_and_never_shown() throws IOException {
        for (String number : List.of(SHARE + "e2147483648", SHARE + "E-2147483649", "0." + "43219876".repeat(13))) {
            // given the company doctor's advice as a number no decimal holds, or of more digits than are read
            String json = CASE.replace(SHARE, number);
            Path aCase = Files.writeString(dir.resolve("case.json"), json);
            Path lines = Files.writeString(dir.resolve("cases.jsonl"), json + "\n" + json.replace("{\"caseId\"",
                    "{\"note\":" + number + ",\"caseId\"") + "\n");

            // when every command reads it
            for (CliRunner.Run run : everyCommand(aCase, lines)) {
                // then each answers it as the case's fault, on stdout or stderr as the command does, and never shows it
                assertThat(run.exitCode()).as(run.stderr()).isIn(0, 1);
                assertThat(run.stdout() + run.stderr()).doesNotContain("INTERNAL_ERROR").doesNotContain("Exception")
                        .containsAnyOf("INVALID_INPUT", "MALFORMED_JSON", "worker.occupationalPhysicianAdvice.onSiteShare",
                                "The JSON is malformed", "De JSON is onjuist");
                assertShowsNoShare(run);
            }
        }
    }

    @Test
    void hostile_inputs_with_distinctive_shares_show_no_share_on_any_command() throws IOException {
        // given hostile mutations of cases whose advice is a distinctive share
        Fuzzer fuzzer = new Fuzzer(7L, List.of(CASE, CASE.replace(SHARE, "0.37194655"), CASE.replace(SHARE, "0.82331799")));
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            inputs.add(fuzzer.next().replace('\n', ' ').replace('\r', ' '));
        }
        // (a raw lone surrogate, which one mutation writes, has no UTF-8: getBytes writes it as ?)
        Path lines = Files.write(dir.resolve("cases.jsonl"), (String.join("\n", inputs) + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(inputs).anyMatch(i -> i.contains("43219876"));

        // when every command reads each of them
        int runs = 0;
        for (int i = 0; i < inputs.size(); i++) {
            Path aCase = Files.write(dir.resolve("case.json"), inputs.get(i).getBytes(StandardCharsets.UTF_8));
            List<CliRunner.Run> all = i == 0 ? everyCommand(aCase, lines)
                    : List.of(CliRunner.run("decide", aCase.toString()), CliRunner.run("explain", aCase.toString()),
                            CliRunner.run("verify", decision().toString(), aCase.toString()));
            // then none shows a share on stdout or stderr
            for (CliRunner.Run run : all) {
                assertShowsNoShare(run);
                runs++;
            }
        }
        assertThat(runs).isGreaterThan(300);
    }

    @Test
    void explain_shows_a_task_names_control_characters_escaped_so_a_case_cannot_forge_a_line() throws IOException {
        // given a task whose name erases the line, returns the cursor, rings and writes an outcome of its own
        String name = "Analysis\\u001b[2K\\r\\u0007Outcome: HOME (100% at home)\\nX\\u009b2J\\u202e";
        Path aCase = Files.writeString(dir.resolve("case.json"), CASE.replace("Analysis", name));

        // when it is explained
        CliRunner.Run run = CliRunner.run("explain", "--lang", "en", aCase.toString());

        // then the text holds none of those characters, shows them escaped, and has no line of the case's making
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\r")
                .doesNotContain("\u009b").doesNotContain("\u202e")
                .contains("Analysis\\u001b[2K\\u000d\\u0007Outcome: HOME (100% at home)\\u000aX\\u009b2J\\u202e");
        assertThat(run.lines()).noneMatch(l -> l.startsWith("Outcome: HOME") || l.startsWith("X"));
    }

    @Test
    void an_error_on_stderr_shows_the_control_characters_of_an_id_and_of_a_field_name_escaped() throws IOException {
        // given a case dated before any rule set whose id holds ESC, and one with an unknown field whose name does
        Path early = Files.writeString(dir.resolve("early.json"),
                CASE.replace("\"h-1\"", "\"h\\u001b]0;owned\\u0007\"").replace("2021-03-15", "2020-01-01"));
        Path unknown = Files.writeString(dir.resolve("unknown.json"), CASE.replace("{\"caseId\"", "{\"x\\u001b[2J\\r\":1,\"caseId\""));

        // when they are explained and verified
        for (CliRunner.Run run : List.of(CliRunner.run("explain", "--lang", "en", early.toString()), CliRunner.run("explain", "--lang", "en", unknown.toString()),
                CliRunner.run("verify", "--lang", "en", decision().toString(), unknown.toString()))) {
            // then the error names them with their escapes, and holds no control character but the line ends
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.stderr()).containsAnyOf("case h\\u001b]0;owned\\u0007 cannot", "x\\u001b[2J\\u000d: is not a field");
            assertThat(run.stderr().replace("\n", "")).doesNotContainPattern("\\p{Cntrl}");
        }
    }

    @Test
    void a_case_saved_in_latin_1_is_refused_on_every_command_naming_its_byte_never_decided_with_a_replaced_character()
            throws IOException {
        // given a case whose id is é-1 with é as the single byte 0xE9
        byte[] latin1 = CASE.replace("\"h-1\"", "\"é-1\"").getBytes(StandardCharsets.ISO_8859_1);
        Path aCase = Files.write(dir.resolve("latin1.json"), latin1);
        ByteArrayOutputStream twoLines = new ByteArrayOutputStream();
        twoLines.writeBytes((CASE + "\n").getBytes(StandardCharsets.UTF_8));
        twoLines.writeBytes(latin1);
        Path lines = Files.write(dir.resolve("latin1.jsonl"), twoLines.toByteArray());

        // when every command reads it
        List<CliRunner.Run> runs = everyCommand(aCase, lines);

        // then none decides it, and each says where the byte is
        for (CliRunner.Run run : runs) {
            assertThat(run.stdout() + run.stderr()).doesNotContain("\uFFFD").doesNotContain("é-1");
        }
        assertThat(runs.get(0).exitCode()).isEqualTo(1);
        // in the language asked for: Dutch by default, English with --lang en
        assertThat(runs.get(0).stdout()).startsWith("{\"caseId\":null,\"error\":{\"code\":\"MALFORMED_JSON\",\"message\":"
                + "\"De invoer is geen UTF-8 op regel 1, kolom 12 (byte-offset 11): byte 0xE9 ");
        assertThat(runs.get(1).stdout()).contains("\"The input is not UTF-8 at line 1, column 12 (byte offset 11): byte 0xE9 ");
        assertThat(runs.get(2).stderr()).contains("De invoer is geen UTF-8 op regel 1, kolom 12 (byte-offset 11)");
        assertThat(runs.get(3).stderr()).contains("The input is not UTF-8 at line 1, column 12 (byte offset 11)");
        assertThat(runs.get(4).stderr()).contains("De invoer is geen UTF-8 op regel 1, kolom 12 (byte-offset 11)");
        assertThat(runs.get(5).lines()).hasSize(2);
        assertThat(runs.get(5).lines().get(1)).startsWith("{\"caseId\":null,\"line\":2,\"error\":{\"code\":\"MALFORMED_JSON\","
                + "\"message\":\"De invoer is geen UTF-8 op regel 2, kolom 12 (byte-offset 11 in de regel)");
        assertThat(runs.get(6).stdout()).contains("(no caseId)  not compared: MALFORMED_JSON at line 2");
    }

    @Test
    void two_cases_whose_ids_differ_only_in_half_a_surrogate_pair_are_both_refused_and_share_no_id() throws IOException {
        // given two lines whose ids no UTF-8 holds, and that an encoder would both write as a?
        Path lines = Files.writeString(dir.resolve("halves.jsonl"),
                CASE.replace("\"h-1\"", "\"a\\udc00\"") + "\n" + CASE.replace("\"h-1\"", "\"a\\udc01\"") + "\n");

        // when they are decided
        CliRunner.Run run = CliRunner.run("batch", lines.toString());

        // then each is invalid at its caseId, and neither answer carries an id
        assertThat(run.lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"caseId\":null,\"line\":")
                .contains("\"code\":\"INVALID_INPUT\"").contains("\"path\":\"caseId\"").doesNotContain("a?"));
    }

    @Test
    void a_decision_that_is_not_utf_8_is_unreadable_for_verify() throws IOException {
        // given a decision whose bytes were changed into Latin-1
        byte[] decision = Files.readAllBytes(decision());
        decision[20] = (byte) 0xE9;
        Path broken = Files.write(dir.resolve("broken.json"), decision);
        Path aCase = Files.writeString(dir.resolve("case.json"), CASE.replace(SHARE, "0.5"));

        // when it is verified
        CliRunner.Run run = CliRunner.run("verify", "--lang", "en", broken.toString(), aCase.toString());

        // then it is not confirmed, and the line says which byte
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).startsWith("differs (UNREADABLE): the decision in " + broken
                + " cannot be read: byte 0xE9 at byte offset 20 is not UTF-8");
    }

    @Test
    void a_decision_whose_share_has_an_exponent_of_a_billion_is_reported_as_differing_in_a_line_of_its_own_size()
            throws IOException {
        // given the decision of a case whose share was changed into 1e999999999, and one into a number no decimal holds
        Path aCase = Files.writeString(dir.resolve("case.json"), CASE.replace(SHARE, "0.5"));
        String decision = Files.readString(decision());
        assertThat(decision).contains("\"maxOnSiteShare\":0.5,");
        for (String share : List.of("1e999999999", "1e2147483648")) {
            Path changed = Files.writeString(dir.resolve("changed.json"), decision.replace("\"maxOnSiteShare\":0.5,",
                    "\"maxOnSiteShare\":" + share + ","));

            // when it is verified
            CliRunner.Run run = CliRunner.run("verify", "--lang", "en", changed.toString(), aCase.toString());

            // then the outcome differs, and the line shows the number with its exponent rather than its billion digits
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.stdout()).startsWith("differs (OUTCOME): The decision says PARTLY_ON_SITE, maxOnSiteShare "
                    + (share.equals("1e999999999") ? "1E+999999999" : "a number too large or too small to be read"));
            assertThat(run.stdout().length()).isLessThan(2_000);
        }
    }

    @Test
    void a_batch_error_is_no_longer_than_its_line_however_many_problems_the_case_has() throws IOException {
        // given the 64 KB case of 21,817 empty tasks that made a 4.3 MB error
        String amp = "{\"caseId\":\"amp\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":["
                + String.join(",", java.util.Collections.nCopies(21_817, "{}")) + "]}}";
        Path lines = Files.writeString(dir.resolve("amp.jsonl"), (amp + "\n").repeat(3));

        // when
        CliRunner.Run run = CliRunner.run("batch", lines.toString());

        // then each answer lists 100 problems and counts the others, and is shorter than its line
        assertThat(run.lines()).hasSize(3).allSatisfy(l -> assertThat(l)
                .hasSizeLessThan(amp.length()).endsWith(",\"moreProblems\":43535}}"));
    }

    @Test
    void more_threads_than_the_limit_is_a_usage_error_that_leaves_the_output_alone() throws IOException {
        // given an output file that must survive a mistyped command
        Path cases = Files.writeString(dir.resolve("cases.jsonl"), CASE + "\n");
        Path out = Files.writeString(dir.resolve("out.jsonl"), "previous answers\n");

        for (String threads : List.of("100000", "257", "0", "-3")) {
            // when
            CliRunner.Run run = CliRunner.run("batch", cases.toString(), "-o", out.toString(), "--threads", threads);

            // then
            assertThat(run.exitCode()).as(threads).isEqualTo(2);
            assertThat(run.stderr()).contains("--threads must be 1 to 256, not " + threads + ".");
            assertThat(Files.readString(out)).isEqualTo("previous answers\n");
        }
        assertThat(CliRunner.run("batch", cases.toString(), "--threads", "256").exitCode()).isZero();
    }
}
