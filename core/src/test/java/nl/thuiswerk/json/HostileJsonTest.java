package nl.thuiswerk.json;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.Problem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Input built to break the reader: numbers no decimal holds, text that is not Unicode, bytes that are not UTF-8,
 * numbers a hair beyond a limit, and small cases with thousands of problems. Each gets a typed error that names
 * paths, never a value, and is never much longer than the input.
 */
class HostileJsonTest {

    private static final String SHARE = "0.43219876";
    private static final String CASE = "{\"caseId\":\"h-1\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":"
            + "[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]},\"worker\":{\"occupationalPhysicianAdvice\":"
            + "{\"onSiteShare\":" + SHARE + "}}}";
    private static final Function<Case, Decision> NOT_CALLED = c -> {
        throw new AssertionError("a refused case is never decided");
    };

    private static DecisionException refused(String json) {
        DecisionException e = catchThrowableOfType(DecisionException.class, () -> ThuiswerkJson.readCase(json, Locale.ENGLISH));
        assertThat(e).as("refused: " + json.substring(0, Math.min(200, json.length()))).isNotNull();
        return e;
    }

    private static DecisionException refused(byte[] bytes) {
        DecisionException e = catchThrowableOfType(DecisionException.class, () -> ThuiswerkJson.readCase(bytes, Locale.ENGLISH));
        assertThat(e).isNotNull();
        return e;
    }

    /** Everything a host could show or log of the error. */
    private static String everything(DecisionException e) {
        return e.getMessage() + "\n" + e + "\n" + ThuiswerkJson.write(e) + "\n" + e.problems();
    }

    // --- numbers beyond every limit ---------------------------------------------------------------------------

    @Test
    void a_share_with_an_exponent_beyond_two_to_the_31_is_invalid_at_its_path_and_never_repeated() {
        for (String exponent : List.of("e2147483648", "e-2147483649", "E+9999999999", "e99999999999999999999")) {
            // given the company doctor's advice written with an exponent no decimal holds
            String json = CASE.replace(SHARE, SHARE + exponent);

            // when
            DecisionException e = refused(json);
            JsonAnswer answer = ThuiswerkJson.answer(json, NOT_CALLED, false, Locale.ENGLISH);

            // then it is the case's fault, named by its path, and no answer holds the share's digits
            assertThat(e.code()).as(exponent).isEqualTo(ErrorCode.INVALID_INPUT);
            assertThat(e.problems()).extracting(Problem::path).containsExactly("worker.occupationalPhysicianAdvice.onSiteShare");
            assertThat(everything(e)).doesNotContain("43219876").doesNotContain(exponent.substring(1));
            assertThat(answer.json()).contains("INVALID_INPUT").doesNotContain("INTERNAL_ERROR").doesNotContain("43219876");
        }
    }

    @Test
    void an_unreadable_number_in_any_field_known_or_not_is_reported_once_at_its_path() {
        String huge = "0.43219876e2147483648";

        assertThat(refused(CASE.replace("36", huge)).problems()).extracting(Problem::path)
                .containsExactly("job.tasks[0].hoursPerWeek");
        assertThat(refused(CASE.replace("\"h-1\"", huge)).problems()).extracting(Problem::path).containsExactly("caseId");
        assertThat(refused(CASE.replace("{\"caseId\"", "{\"note\":{\"deep\":[" + huge + "]},\"caseId\"")).problems())
                .extracting(Problem::path).containsExactly("note", "note.deep[0]");
        assertThat(everything(refused(CASE.replace("{\"caseId\"", "{\"x\":" + huge + ",\"caseId\"")))).doesNotContain("43219876");
    }

    @Test
    void a_number_of_more_digits_than_the_reader_takes_is_malformed_and_its_digits_are_not_repeated() {
        DecisionException e = refused(CASE.replace(SHARE, "0." + "43219876".repeat(20)));

        assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(e.getMessage()).matches("The JSON is malformed at line 1, column \\d+: a number has more than 100 characters\\.");
    }

    // --- the parser's own words never reach a user ---------------------------------------------------------------

    @Test
    void a_malformed_case_is_described_in_a_sentence_of_ours_without_the_parsers_settings_or_any_digit_of_the_input() {
        List<String> broken = List.of("{bad", "{\"a\":tru}", "{\"a\":NaN}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":\"x\u0001\"}",
                "{\"a\":\"\\q\"}", "{\"a\":\"\\u12g4\"}", "{\"a\":[1}", "{\"a\":1 \"b\":2}", "[1 2]", "{\"a\" 1}", "{\"a\":",
                "{\"a\":\"abc", "{\"ab", "{\"a\":-}", "{\"a\":0x10}", "{\"a\":'x'}", "{\"a\":1}x", "{\"a\":+1}", "{\"a\":.5}",
                "{\"a\":1}}", "{\"a\":Infinity}", "{\"a\":1e}", "{\"a\":" + SHARE + "x}", "{\"a\":" + SHARE + "7}}",
                "{\"" + "n".repeat(60_000) + "\":1}", "[".repeat(40) + "]".repeat(40));
        for (String json : broken) {
            DecisionException e = refused(json);

            assertThat(e.code()).as(json).isEqualTo(ErrorCode.MALFORMED_JSON);
            assertThat(e.getMessage()).as(json).startsWith("The JSON is malformed at line 1").endsWith(".")
                    .doesNotContain("Feature").doesNotContain("StreamRead").doesNotContain("`").doesNotContain("(code")
                    .doesNotContain("REDACTED").doesNotContain("Source").doesNotContain("43219876");
            // the only figures are the position and the reader's own limits
            assertThat(e.getMessage().replaceFirst("^The JSON is malformed at line \\d+, column \\d+", "")
                    .replaceAll("(100|40000) characters|16 levels", ""))
                    .as("no digit of the input: " + json).doesNotContainPattern("[0-9]");
        }
    }

    @Test
    void the_offending_word_or_character_is_shown_when_it_cannot_be_part_of_a_number() {
        assertThat(refused("{\"a\":tru}").getMessage()).contains("found 'tru' where a value belongs");
        assertThat(refused("{\"a\":" + SHARE + "x}").getMessage()).contains("but found 'x'").doesNotContain("0.43");
        assertThat(refused("{bad").getMessage())
                .isEqualTo("The JSON is malformed at line 1, column 2: expected a field name in double quotes, but found 'b'.");
        assertThat(refused("[1 2]").getMessage()).doesNotContain("'2'");
        assertThat(refused("{\"a\":NaN}").getMessage()).contains("NaN and Infinity are not JSON numbers");
    }

    // --- text that is not Unicode ---------------------------------------------------------------------------------

    @Test
    void two_ids_with_different_lone_surrogates_are_refused_never_both_written_as_the_same_id() {
        for (String id : List.of("a\\udc00", "a\\udc01", "a\\ud800", "\\udfff\\ud800")) {
            // given a case id that is half a surrogate pair, which UTF-8 cannot hold
            String json = CASE.replace("\"h-1\"", "\"" + id + "\"");

            // when
            DecisionException e = refused(json);
            String answer = ThuiswerkJson.answer(json, NOT_CALLED, false, Locale.ENGLISH).json();

            // then it is refused at its path, and the error does not echo a changed id
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
            assertThat(e.problems()).extracting(Problem::path).containsExactly("caseId");
            assertThat(e.problems().get(0).message()).startsWith("must be Unicode text");
            assertThat(e.caseId()).isNull();
            assertThat(answer).startsWith("{\"caseId\":null,").doesNotContain("a?");
            assertThat(new String(answer.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(answer);
        }
    }

    @Test
    void a_lone_surrogate_in_a_task_name_or_a_field_name_is_refused_and_its_path_is_written_as_an_escape() {
        assertThat(refused(CASE.replace("Analysis", "An\\ud800alysis")).problems()).extracting(Problem::path)
                .containsExactly("job.tasks[0].name");
        DecisionException e = refused(CASE.replace("{\"caseId\"", "{\"x\\udc00\":1,\"caseId\""));
        assertThat(e.problems()).extracting(Problem::path).containsExactly("x\\udc00");
        String json = ThuiswerkJson.write(e);
        assertThat(new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void a_pair_of_surrogates_is_one_character_and_is_read() {
        assertThat(ThuiswerkJson.readCase(CASE.replace("\"h-1\"", "\"h-\\ud83d\\ude00\"")).caseId()).isEqualTo("h-\uD83D\uDE00");
    }

    // --- bytes that are not UTF-8 ---------------------------------------------------------------------------------

    @Test
    void latin_1_bytes_are_refused_naming_their_offset_never_replaced_and_decided() {
        // given a case whose id was saved in Latin-1: é is the single byte 0xE9
        byte[] latin1 = CASE.replace("\"h-1\"", "\"é-1\"").getBytes(StandardCharsets.ISO_8859_1);

        // when
        DecisionException e = refused(latin1);
        JsonAnswer answer = ThuiswerkJson.answer(latin1, NOT_CALLED, false, Locale.ENGLISH);

        // then
        assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(e.getMessage()).startsWith("The input is not UTF-8 at line 1, column 12 (byte offset 11): byte 0xE9 ");
        assertThat(answer.decided()).isFalse();
        assertThat(answer.json()).contains("MALFORMED_JSON").doesNotContain("\uFFFD");
    }

    @Test
    void cut_off_characters_encoded_surrogates_and_overlong_forms_are_not_utf_8() {
        byte[] valid = CASE.getBytes(StandardCharsets.UTF_8);
        for (byte[] bad : List.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xFF})) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(valid, 0, 12);
            bytes.writeBytes(bad);
            bytes.write(valid, 12, valid.length - 12);

            assertThat(refused(bytes.toByteArray()).getMessage()).contains("(byte offset 12)");
        }
    }

    @Test
    void a_byte_order_mark_before_the_case_is_accepted_and_one_elsewhere_is_malformed() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ByteArrayOutputStream withMark = new ByteArrayOutputStream();
        withMark.writeBytes(bom);
        withMark.writeBytes(CASE.getBytes(StandardCharsets.UTF_8));

        assertThat(ThuiswerkJson.readCase(withMark.toByteArray()).caseId()).isEqualTo("h-1");
        assertThat(refused(CASE.replace("{\"caseId\"", "{\uFEFF\"caseId\"").getBytes(StandardCharsets.UTF_8)).code())
                .isEqualTo(ErrorCode.MALFORMED_JSON);
    }

    @Test
    void a_line_of_json_lines_that_is_not_utf_8_is_answered_with_its_line_and_offset() {
        byte[] line = CASE.replace("\"h-1\"", "\"é-1\"").getBytes(StandardCharsets.ISO_8859_1);

        JsonAnswer answer = ThuiswerkJson.answerLine(line, 7, NOT_CALLED, Locale.ENGLISH);

        assertThat(answer.json()).startsWith("{\"caseId\":null,\"line\":7,\"error\":{\"code\":\"MALFORMED_JSON\","
                + "\"message\":\"The input is not UTF-8 at line 7, column 12 (byte offset 11 in the line): byte 0xE9 ");
    }

    @Test
    void a_malformed_line_names_its_line_in_the_file_and_its_column() {
        JsonAnswer answer = ThuiswerkJson.answerLine("{\"caseId\":\"m-1\" \"job\":1}".getBytes(StandardCharsets.UTF_8),
                12, NOT_CALLED, Locale.ENGLISH);

        assertThat(answer.json()).isEqualTo("{\"caseId\":\"m-1\",\"line\":12,\"error\":{\"code\":\"MALFORMED_JSON\","
                + "\"message\":\"The JSON is malformed at line 12, column 17: expected a comma or } after the value of a "
                + "field, but found '\\\"'.\",\"problems\":[]}}");
    }

    // --- numbers a hair beyond a limit ----------------------------------------------------------------------------

    @Test
    void hours_and_shares_just_beyond_their_limits_are_refused_on_the_exact_decimal_not_its_rounding() {
        assertThat(refused(CASE.replace("36", "80.000000000000001")).problems())
                .containsExactly(new Problem("job.tasks[0].hoursPerWeek", "must be at most 80"));
        assertThat(refused(CASE.replace(SHARE, "1.00000000000000001")).problems())
                .containsExactly(new Problem("worker.occupationalPhysicianAdvice.onSiteShare", "must be greater than 0 and at most 1"));
        assertThat(refused(CASE.replace("36", "0.0000000000000000000000000000000000001e-300")).problems())
                .containsExactly(new Problem("job.tasks[0].hoursPerWeek", "is too small to be a number of this contract"));
        assertThat(ThuiswerkJson.readCase(CASE.replace("36", "79.99999999999999999")).job().tasks().get(0).hoursPerWeek())
                .isEqualTo(80.0);
        assertThat(ThuiswerkJson.readCase(CASE.replace(SHARE, "1.0000000000000000000")).worker()
                .occupationalPhysicianAdvice().onSiteShare()).isEqualTo(1.0);
    }

    @Test
    void the_total_of_the_hours_is_checked_on_the_exact_decimals() {
        String tasks = "[{\"name\":\"A\",\"hoursPerWeek\":40},{\"name\":\"B\",\"hoursPerWeek\":40.0000000000000001}]";

        assertThat(refused(CASE.replace("[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]", tasks)).problems())
                .containsExactly(new Problem("job.tasks", "must hold at most 80 hours a week in total"));
        assertThat(ThuiswerkJson.readCase(CASE.replace("[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]",
                tasks.replace("40.0000000000000001", "39.9999999999999999"))).job().tasks()).hasSize(2);
    }

    // --- small input, many problems -------------------------------------------------------------------------------

    @Test
    void a_case_of_21817_empty_tasks_gets_an_error_of_at_most_100_problems_no_longer_than_the_case() {
        // given the 64 KB case that made a 4.3 MB error
        String json = "{\"caseId\":\"amp\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":["
                + String.join(",", java.util.Collections.nCopies(21_817, "{}")) + "]}}";

        // when
        DecisionException e = refused(json);
        String error = ThuiswerkJson.write(e);

        // then
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(e.problems()).hasSize(100);
        assertThat(e.problems().size() + e.moreProblems()).isEqualTo(1 + 2 * 21_817);
        assertThat(e.problems().get(0)).isEqualTo(new Problem("job.tasks", "must hold 1 to 100 tasks"));
        assertThat(e.getMessage()).isEqualTo("The case has 43635 problems; problems lists the first 100 and moreProblems "
                + "counts the other 43535. The first: job.tasks must hold 1 to 100 tasks.");
        assertThat(error).endsWith("],\"moreProblems\":43535}}");
        assertThat(error.length()).isLessThan(json.length());
    }

    @Test
    void no_error_is_longer_than_its_case_or_four_kilobytes_whatever_the_shape_of_the_case() {
        List<String> shapes = new ArrayList<>();
        for (int n : new int[] {1, 10, 30, 101, 500, 5_000, 21_000}) {
            shapes.add("{\"caseId\":\"amp\",\"job\":{\"tasks\":[" + String.join(",", java.util.Collections.nCopies(n, "{}")) + "]}}");
            StringBuilder unknown = new StringBuilder("{");
            for (int i = 0; i < n; i++) {
                unknown.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":1");
            }
            shapes.add(unknown.append('}').toString());
            shapes.add("{\"caseId\":\"amp\",\"job\":{\"tasks\":[" + String.join(",",
                    java.util.Collections.nCopies(n, "{\"name\":\"\",\"hoursPerWeek\":0,\"needs\":[\"X\",\"Y\"],\"z\":[]}")) + "]}}");
            shapes.add("{\"caseId\":\"" + "i".repeat(Math.min(n, 30_000)) + "\"," + "\"n\":".repeat(1) + "1}");
            shapes.add("{\"" + "\\u001b".repeat(Math.min(n, 5_000)) + "\":1,\"job\":[" + "[[[[[[[[[[[[[1]]]]]]]]]]]]],".repeat(n) + "1]}");
            shapes.add("{\"k\":{\"k\":{\"k\":{\"k\":{\"k\":{\"k\":{\"k\":{\"k\":{\"k\":{\"k\":{\"k\":{\"k\":{\"k\":{\"k\":{"
                    + "\"" + "\\u0007".repeat(Math.min(n, 5_000)) + "\":1,".repeat(n) + "\"z\":1}}}}}}}}}}}}}}}");
        }
        for (String json : shapes) {
            String error = ThuiswerkJson.answer(json, NOT_CALLED, false, Locale.ENGLISH).json();
            String line = ThuiswerkJson.answerLine(json.getBytes(StandardCharsets.UTF_8), 1_000_000_007L, NOT_CALLED, Locale.ENGLISH).json();

            for (String answer : List.of(error, line)) {
                assertThat(answer).contains("\"error\"");
                assertThat(answer.getBytes(StandardCharsets.UTF_8).length).as(json.substring(0, Math.min(80, json.length())))
                        .isLessThanOrEqualTo(Math.max(json.getBytes(StandardCharsets.UTF_8).length, 4096));
            }
        }
    }
}
