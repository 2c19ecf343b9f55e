package nl.thuiswerk.flink;

import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The company doctor's advice is health data, and a case is a worker's: no log line of a job, the library's or
 * Flink's, at any level, may hold either. Runs in a surefire execution of its own (see the pom), which sends
 * every logger at DEBUG, Flink's and the library's at TRACE, to a file this test reads.
 */
class LogPrivacyTest {

    /** Distinctive values, so any trace of them in the log is found and nothing else matches by chance. */
    private static final List<String> ADVICE = List.of("0.371946", "0.823317", "0.091727", "1.731958", "-0.471983");
    private static final String CASE_ID = "privacy-worker-";
    private static final String TASK = "Zorgtaak-qwxz";

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    @TempDir
    Path dir;

    @Test
    void given_cases_with_health_data_when_jobs_decide_and_compare_them_then_no_log_line_holds_a_case() throws Exception {
        String logFile = System.getProperty("org.slf4j.simpleLogger.logFile");
        assumeTrue(logFile != null && !logFile.startsWith("System."), "runs in the log-privacy execution of the pom");
        Path log = Path.of(logFile);
        // given cases with distinctive advice, decidable and not, valid and not
        List<String> cases = new ArrayList<>();
        for (String share : ADVICE) {
            String worker = "\"worker\":{\"occupationalPhysicianAdvice\":{\"onSiteShare\":" + share + "}}";
            cases.add("{\"caseId\":\"" + CASE_ID + cases.size() + "\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":"
                    + "[{\"name\":\"" + TASK + "\",\"hoursPerWeek\":36}]}," + worker + "}");
            cases.add("{\"caseId\":\"" + CASE_ID + cases.size() + "\",\"referenceDate\":\"2022-05-01\",\"job\":{\"tasks\":"
                    + "[{\"name\":\"" + TASK + "\",\"hoursPerWeek\":36}]}," + worker + "}");
            cases.add("{\"caseId\":\"" + CASE_ID + cases.size() + "\"," + worker + ",\"job\":{\"tasks\":[{\"name\":\""
                    + TASK + "\",\"hoursPerWeek\":" + share + "x}]}}");
            // and as a number no decimal holds, which once escaped the reader with the number in its message
            cases.add("{\"caseId\":\"" + CASE_ID + cases.size() + "\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":"
                    + "[{\"name\":\"" + TASK + "\",\"hoursPerWeek\":36}]}," + worker.replace(share, share + "e2147483648") + "}");
        }
        Population.write(dir.resolve("cases.jsonl"), cases);

        // when a job decides them and another compares two versions over them
        ByteArrayOutputStream ignored = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(ignored, true, StandardCharsets.UTF_8);
        int decided = DecideJob.run(new String[] {"--input", dir.resolve("cases.jsonl").toString(),
                "--output", dir.resolve("decide").toString(), "--parallelism", "2"},
                StreamExecutionEnvironment::getExecutionEnvironment, sink, sink);
        int compared = DecideJob.run(new String[] {"--input", dir.resolve("cases.jsonl").toString(),
                "--output", dir.resolve("impact").toString(), "--from", "2021-02-18", "--to", "2022-02-15"},
                StreamExecutionEnvironment::getExecutionEnvironment, sink, sink);

        // then both ran, the log was really written at TRACE by Flink and by the library, and holds no case
        assertThat(decided).isEqualTo(DecideJob.SOME_ERRORS);
        assertThat(compared).isEqualTo(DecideJob.ALL_DECIDED);
        // the advice in range decides the first case of each four; out of range it makes all four invalid
        assertThat(Population.linesIn(dir.resolve("decide/decisions"))).hasSize(3);
        assertThat(Population.linesIn(dir.resolve("decide/errors"))).hasSize(cases.size() - 3);
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).contains("rule set 2021-02-18 ready").contains("TRACE org.apache.flink.");
        assertThat(text).doesNotContain(CASE_ID).doesNotContain(TASK);
        for (String share : ADVICE) {
            // the value as given, its digits, as a decision rounds it, and as a text shows it in percent
            String digits = share.replaceAll("^-?[01]\\.", "");
            String rounded = share.substring(0, share.indexOf('.') + 5);
            String percent = digits.substring(0, 2) + "," + digits.substring(2, 4);
            for (String trace : List.of(share, digits, rounded, percent)) {
                assertThat(standalone(trace).matcher(text).find()).as("the log holds " + trace).isFalse();
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
