package nl.thuiswerk.rules;

import nl.thuiswerk.DecisionException;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.ThuiswerkJson;
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
 * The company doctor's advice is health data: no log line, at any level, and no error message may hold it, for
 * valid cases, invalid ones and hostile mutations of them.
 * This class runs in a JVM of its own (the module's surefire configuration forks per class) so that it can
 * turn every logger, Drools' included, up to TRACE before anything logs.
 */
class LogPrivacyTest {

    static {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "trace");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }

    /** Distinctive shares, so any trace of them in a log is found and nothing else matches by chance. */
    private static final List<String> ADVICE = List.of("0.371946", "0.823317", "1.731958", "-0.471983", "0.091727");

    @Test
    void no_log_line_and_no_error_message_holds_the_company_doctors_advice() throws Exception {
        // given cases with distinctive advice, valid and invalid, and the public examples
        List<String> cases = new ArrayList<>(Files.readAllLines(Path.of("../examples/cases/cases.jsonl")));
        for (String share : ADVICE) {
            cases.add("{\"caseId\":\"p-" + cases.size() + "\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":"
                    + "[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]},\"worker\":{\"occupationalPhysicianAdvice\":"
                    + "{\"onSiteShare\":" + share + "}},\"onSiteWorkplace\":{\"meetsCoronaMeasures\":false}}");
            cases.add("{\"caseId\":\"q-1\",\"referenceDate\":\"2021-03-15\",\"worker\":{\"occupationalPhysicianAdvice\":"
                    + "{\"onSiteShare\":" + share + "x}}}");
            cases.add("{\"caseId\":\"r-1\",\"referenceDate\":\"2019-03-15\",\"job\":{\"tasks\":"
                    + "[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]},\"worker\":{\"occupationalPhysicianAdvice\":"
                    + "{\"onSiteShare\":" + share + ",\"note\":1}}}");
            // with an exponent no decimal holds, where it belongs and in a field of its own
            cases.add("{\"caseId\":\"s-1\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":"
                    + "[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]},\"worker\":{\"occupationalPhysicianAdvice\":"
                    + "{\"onSiteShare\":" + share + "e2147483648}}}");
            cases.add("{\"caseId\":\"s-2\",\"referenceDate\":\"2021-03-15\",\"share\":" + share + "e-2147483649}");
            // with more digits than the reader takes, and a hair above the limit
            cases.add("{\"caseId\":\"s-3\",\"worker\":{\"occupationalPhysicianAdvice\":{\"onSiteShare\":"
                    + share + "0".repeat(100) + "1}}}");
            cases.add("{\"caseId\":\"s-4\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":"
                    + "[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]},\"worker\":{\"occupationalPhysicianAdvice\":"
                    + "{\"onSiteShare\":1.0000000000000000" + share.replaceAll("[^0-9]", "") + "}}}");
        }
        // and hostile mutations of those cases, so the advice also travels through every kind of broken input
        nl.thuiswerk.oracle.Fuzzer fuzzer = new nl.thuiswerk.oracle.Fuzzer(LogPrivacyTest.class.getName().hashCode(),
                List.copyOf(cases));
        for (int i = 0; i < 2_000; i++) {
            cases.add(fuzzer.next());
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        List<String> errorMessages = new ArrayList<>();
        int decided = 0;

        // when the library starts and decides them all, in both languages
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(capture);
            HomeWorkingAdvisor advisor = HomeWorkingAdvisor.create();
            for (String json : cases) {
                for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
                    try {
                        advisor.decide(ThuiswerkJson.readCase(json), locale);
                        decided++;
                    } catch (DecisionException e) {
                        errorMessages.add(ThuiswerkJson.write(e));
                        errorMessages.add(e.toString());
                    }
                }
            }
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
        }
        String log = captured.toString(StandardCharsets.UTF_8);

        // then the log was really captured, and holds none of the advice
        assertThat(decided).isGreaterThanOrEqualTo(2 * (9 + ADVICE.size() - 2));
        assertThat(errorMessages.size() / 2).as("errors answered").isGreaterThan(1_000);
        assertThat(log).contains("rule set 2021-02-18 ready");
        String errors = String.join("\n", errorMessages);
        for (String digits : nl.thuiswerk.oracle.Fuzzer.HEALTH_DIGITS) {
            // the shares the fuzzer writes itself, moved by its mutations into any field and any number's form
            assertThat(log).as("the log holds " + digits).doesNotContain(digits);
            assertThat(errors).as("an error message holds " + digits).doesNotContain(digits);
        }
        for (String share : ADVICE) {
            // the value as given, its digits, as a decision rounds it, and as a text shows it in percent
            String digits = share.replaceAll("^-?[01]\\.", "");
            String rounded = share.substring(0, share.indexOf('.') + 5);
            String percent = digits.substring(0, 2) + "." + digits.substring(2, 4);
            for (String trace : List.of(share, digits, rounded, percent)) {
                assertThat(standalone(trace).matcher(log).find()).as("the log holds " + trace).isFalse();
                assertThat(standalone(trace).matcher(errors).find()).as("an error message holds " + trace).isFalse();
            }
        }
    }

    /**
     * The value as a number of its own: not inside a longer run of letters and digits, so the random hex of an id
     * that happens to hold the same six digits is not taken for it.
     */
    private static java.util.regex.Pattern standalone(String value) {
        return java.util.regex.Pattern.compile("(?<![0-9A-Za-z])" + java.util.regex.Pattern.quote(value) + "(?![0-9A-Za-z])");
    }
}
