package nl.thuiswerk.rules.requests;

import nl.thuiswerk.DecisionException;
import nl.thuiswerk.Problem;
import nl.thuiswerk.WorkplaceRequest;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.RequestGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether an employee is a parent of a young child or a carer is personal data: with every logger, Drools' included,
 * at TRACE, reading and assessing requests (valid, invalid and malformed on exactly those fields) leaves no trace of
 * it in a log line or an error message. A JVM of its own (the module forks per class), so TRACE is set before
 * anything logs.
 */
class RequestLogPrivacyTest {

    static {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "trace");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }

    private static final List<String> TELLING = List.of("parentOfChildUnder8=true", "caregiver=true",
            "parentOfChildUnder8=false", "caregiver=false", "\"parentOfChildUnder8\":true", "\"caregiver\":true",
            "'tru", "'fals", "'yes", "'ja");

    @Test
    void no_log_line_and_no_error_message_shows_whether_the_employee_is_a_parent_or_a_carer() throws Exception {
        // given the public examples with the circumstances set, broken and mistyped, and generated requests
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../examples/requests/requests.jsonl"))) {
            lines.add(line);
            for (String value : List.of("true", "false", "tru", "fals", "yes", "\"ja\"", "1", "[true]")) {
                lines.add(line.replace("\"employment\"", "\"caregiver\": " + value + ", \"employment\""));
                lines.add(line.replace("\"employment\"", "\"parentOfChildUnder8\": " + value + ", \"employment\""));
            }
            lines.add(line.replace("\"employment\"", "\"caregiver\": true, \"caregiver\": false, \"employment\""));
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        List<String> errors = new ArrayList<>();
        int assessed = 0;

        // when every line is read and assessed, and 2,000 generated requests are assessed, in both languages
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(capture);
            for (String line : lines) {
                try {
                    WorkplaceRequest r = ThuiswerkJson.readRequest(line);
                    RequestRules.get().assess(r, Locale.ENGLISH);
                    RequestRules.get().assess(r, Locale.forLanguageTag("nl"));
                    assessed++;
                } catch (DecisionException e) {
                    errors.add(e.getMessage());
                    e.problems().stream().map(Problem::message).forEach(errors::add);
                }
            }
            RequestGenerator generator = new RequestGenerator(7L);
            for (int i = 0; i < 2_000; i++) {
                RequestRules.get().assess(generator.next(), i % 2 == 0 ? Locale.ENGLISH : Locale.forLanguageTag("nl"));
                assessed++;
            }
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
        }

        // then
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(assessed).isGreaterThan(2_000);
        assertThat(errors).as("the broken lines were refused").hasSizeGreaterThan(50);
        assertThat(log).as("something was logged at TRACE, so the test looks at real log lines").isNotBlank();
        for (String telling : TELLING) {
            assertThat(log).as("log").doesNotContain(telling);
            assertThat(errors).as("error messages").noneMatch(m -> m.contains(telling));
        }
        assertThat(errors).noneMatch(m -> m.contains("found 't") || m.contains("found 'f") || m.contains("found 'y"));
    }
}
