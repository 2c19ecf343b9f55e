package nl.thuiswerk.flink;

import nl.thuiswerk.DecisionChange;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.Outcome;
import nl.thuiswerk.json.ThuiswerkJson;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The job on a MiniCluster of one task manager with two slots, at parallelism 2, against the library in-process. */
class DecideJobTest {

    private static final int PARALLELISM = 2;
    private static final Path EXAMPLES = Path.of("../examples/cases/cases.jsonl");

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(PARALLELISM)
            .build());

    private static HomeWorkingAdvisor advisor;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void buildAdvisor() {
        advisor = HomeWorkingAdvisor.create();
    }

    @Test
    void given_a_generated_population_with_bad_lines_when_decided_at_parallelism_2_then_every_line_gets_its_in_process_answer() {
        // given 20,000 generated cases and the bad lines spread among them, in two files of one directory
        List<String> lines = new ArrayList<>(Population.generated(20_211_115L, 20_000));
        for (int i = 0; i < Population.BAD_LINES.size(); i++) {
            lines.add(i * 2_500 + 7, Population.BAD_LINES.get(i));
        }
        Population.write(dir.resolve("cases/part-a.jsonl"), lines.subList(0, 12_000));
        Population.write(dir.resolve("cases/part-b.jsonl"), lines.subList(12_000, lines.size()));
        Population.Answers expected = Population.answerInProcess(advisor, lines.subList(0, 12_000),
                lines.subList(12_000, lines.size()), Locale.ENGLISH);

        // when the job decides them in English at parallelism 2
        int status = run("--input", dir.resolve("cases").toString(), "--output", dir.resolve("out").toString(),
                "--lang", "en", "--parallelism", String.valueOf(PARALLELISM));

        // then the decisions and the errors are exactly the library's, and no line is lost or answered twice
        List<String> decisions = Population.linesIn(dir.resolve("out/decisions"));
        List<String> errors = Population.linesIn(dir.resolve("out/errors"));
        assertThat(status).as(stderr()).isEqualTo(DecideJob.SOME_ERRORS);
        assertThat(decisions).hasSize(expected.decisions().size());
        assertThat(sorted(decisions)).isEqualTo(sorted(expected.decisions()));
        assertThat(sorted(errors)).isEqualTo(sorted(expected.errors()));
        // (the empty line among the bad ones is skipped, as JSON Lines tools skip it)
        assertThat(decisions.size() + errors.size()).isEqualTo(lines.size() - 1);
        // and the population holds both: the generator draws dates outside every version as well
        assertThat(expected.decisions()).hasSizeGreaterThan(10_000);
        assertThat(errors).filteredOn(e -> e.contains("\"MALFORMED_JSON\"")).hasSize(2);
        assertThat(errors).filteredOn(e -> e.contains("\"INVALID_INPUT\"")).hasSize(4);
        assertThat(errors).filteredOn(e -> e.contains("\"NO_RULESET_IN_FORCE\"")).hasSizeGreaterThan(1);
        assertThat(stderr()).contains(decisions.size() + " decisions, " + errors.size() + " errors");
        // and both tasks did part of the work: each writes part files named with a uuid of its own
        assertThat(Population.partFiles(dir.resolve("out/decisions")))
                .extracting(f -> f.getFileName().toString().replaceAll("^decisions-([0-9a-f-]{36})-\\d+\\.jsonl$", "$1"))
                .doesNotHaveDuplicates()
                .hasSize(PARALLELISM);
    }

    @Test
    void given_cases_that_name_an_employers_policy_when_run_with_policy_then_each_answer_is_the_librarys_with_it() {
        // given cases under the example policy, on days with and without national advice, and one without a policy
        java.nio.file.Path jar = java.nio.file.Path.of("..", "examples", "policies", "voorbeeld-bv", "target",
                "voorbeeld-bv-policy.jar");
        HomeWorkingAdvisor withPolicy = HomeWorkingAdvisor.builder().policy(jar).build();
        String tasks = ",\"job\":{\"tasks\":[{\"name\":\"Programming\",\"hoursPerWeek\":36}]}}";
        List<String> lines = List.of(
                "{\"caseId\":\"p-1\",\"referenceDate\":\"2022-06-01\",\"employerPolicy\":\"voorbeeld-bv\"" + tasks,
                "{\"caseId\":\"p-2\",\"referenceDate\":\"2021-12-15\",\"employerPolicy\":\"voorbeeld-bv\"" + tasks,
                "{\"caseId\":\"p-3\",\"referenceDate\":\"2024-09-02\",\"employerPolicy\":\"voorbeeld-bv\"" + tasks,
                "{\"caseId\":\"n-1\",\"referenceDate\":\"2021-03-15\"" + tasks);
        Population.write(dir.resolve("policy-cases/cases.jsonl"), lines);
        Population.Answers expected = Population.answerInProcess(withPolicy, lines, Locale.ENGLISH);

        // when the job decides them with the policy
        int status = run("--input", dir.resolve("policy-cases").toString(), "--output", dir.resolve("out").toString(),
                "--lang", "en", "--policy", jar.toString());

        // then every answer is the library's with the policy, the floor of each policy decision included
        List<String> decisions = Population.linesIn(dir.resolve("out/decisions"));
        assertThat(status).as(stderr()).isEqualTo(DecideJob.ALL_DECIDED);
        assertThat(sorted(decisions)).isEqualTo(sorted(expected.decisions()));
        assertThat(decisions).filteredOn(d -> d.contains("\"version\":\"voorbeeld-bv-")).hasSize(3);
    }

    @Test
    void given_the_public_examples_when_the_impact_of_2022_02_15_is_run_then_it_reports_what_diff_reports() throws Exception {
        // given the examples and what the library says changes between the two versions, case by case
        List<String> lines = Files.readAllLines(EXAMPLES, StandardCharsets.UTF_8);
        List<String> expectedChanges = new ArrayList<>();
        long notCompared = 0;
        long[] byKind = new long[DecisionChange.Kind.values().length];
        Map<String, Long> byOutcome = new TreeMap<>();
        for (String line : lines) {
            Optional<DecisionChange> change;
            try {
                change = advisor.compare(ThuiswerkJson.readCase(line), "2021-02-18", "2022-02-15");
            } catch (DecisionException e) {
                notCompared++;
                continue;
            }
            change.ifPresent(c -> {
                expectedChanges.add(ThuiswerkJson.write(c));
                c.kinds().forEach(k -> byKind[k.ordinal()]++);
                if (c.from().outcome() != c.to().outcome()) {
                    byOutcome.merge(c.from().outcome() + " → " + c.to().outcome(), 1L, Long::sum);
                }
            });
        }
        StringBuilder expectedSummary = new StringBuilder("{\"summary\":{\"from\":\"2021-02-18\",\"to\":\"2022-02-15\"")
                .append(",\"cases\":").append(lines.size())
                .append(",\"changed\":").append(expectedChanges.size())
                .append(",\"unchanged\":").append(lines.size() - expectedChanges.size() - notCompared)
                .append(",\"notCompared\":").append(notCompared)
                .append(",\"byKind\":{");
        for (DecisionChange.Kind kind : DecisionChange.Kind.values()) {
            expectedSummary.append(kind.ordinal() == 0 ? "" : ",").append('"').append(kind).append("\":").append(byKind[kind.ordinal()]);
        }
        expectedSummary.append("},\"byOutcome\":{");
        byOutcome.forEach((k, v) -> expectedSummary.append(expectedSummary.charAt(expectedSummary.length() - 1) == '{' ? "" : ",")
                .append('"').append(k).append("\":").append(v));
        expectedSummary.append("}}}");

        // when the job compares the versions over them at parallelism 2
        int status = run("--input", EXAMPLES.toString(), "--output", dir.resolve("impact").toString(),
                "--from", "2021-02-18", "--to", "2022-02-15", "--parallelism", String.valueOf(PARALLELISM));

        // then it writes the same changes, in one file sorted by their text, and the same counts, on one line
        assertThat(status).as(stderr()).isEqualTo(DecideJob.ALL_DECIDED);
        assertThat(Population.partFiles(dir.resolve("impact/changes"))).hasSize(1);
        assertThat(Population.linesIn(dir.resolve("impact/changes"))).isEqualTo(sorted(expectedChanges));
        assertThat(Population.linesIn(dir.resolve("impact/counts"))).containsExactly(expectedSummary.toString());
        assertThat(Population.linesIn(dir.resolve("impact/errors"))).isEmpty();
        // and the example every reader checks first: the analyst may go back on site for half the time
        assertThat(Population.linesIn(dir.resolve("impact/changes")))
                .filteredOn(l -> l.startsWith("{\"caseId\":\"ex-analyst\","))
                .singleElement()
                .satisfies(l -> assertThat(l)
                        .contains("\"from\":{\"ruleSet\":\"2021-02-18\",\"outcome\":\"" + Outcome.HOME + "\"")
                        .contains("\"to\":{\"ruleSet\":\"2022-02-15\",\"outcome\":\"" + Outcome.PARTLY_ON_SITE + "\""));
        assertThat(expectedChanges).isNotEmpty();
        assertThat(stderr()).contains(lines.size() + " cases, " + expectedChanges.size() + " changed");
    }

    @Test
    void given_the_same_population_when_the_impact_is_run_at_parallelism_1_and_2_then_the_files_are_the_same() {
        List<String> lines = new ArrayList<>(Population.generated(7L, 3_000));
        lines.add(5, "{\"caseId\":\"broken\"");
        lines.add(9, "{\"caseId\":\"neg\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":[{\"name\":\"A\",\"hoursPerWeek\":-1}]}}");
        Population.write(dir.resolve("cases.jsonl"), lines);

        int one = run("--input", dir.resolve("cases.jsonl").toString(), "--output", dir.resolve("p1").toString(),
                "--from", "2021-11-03", "--to", "2022-02-15", "--parallelism", "1");
        int two = run("--input", dir.resolve("cases.jsonl").toString(), "--output", dir.resolve("p2").toString(),
                "--from", "2021-11-03", "--to", "2022-02-15", "--parallelism", "2");

        assertThat(List.of(one, two)).as(stderr()).containsOnly(DecideJob.ALL_DECIDED);
        for (String part : List.of("changes", "counts", "errors")) {
            assertThat(Population.linesIn(dir.resolve("p2/" + part))).as(part)
                    .isNotEmpty()
                    .isEqualTo(Population.linesIn(dir.resolve("p1/" + part)));
        }
        assertThat(Population.linesIn(dir.resolve("p2/counts")).get(0)).contains("\"cases\":3002,").contains("\"notCompared\":2,");
    }

    @Test
    void given_a_watched_directory_when_files_arrive_in_streaming_mode_then_their_answers_are_committed_while_it_runs()
            throws Exception {
        // given a streaming job over an empty directory that looks for files and commits output every second
        Files.createDirectories(dir.resolve("inbox"));
        JobOptions options = JobOptions.parse(List.of("--input", dir.resolve("inbox").toString(),
                "--output", dir.resolve("stream").toString(), "--mode", "streaming", "--interval", "1",
                "--parallelism", String.valueOf(PARALLELISM)));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        Pipelines.configure(env, options);
        Pipelines.decide(env, options);
        JobClient job = env.executeAsync("streaming test");
        try {
            // when a file of cases arrives, written aside first so the job never sees half of it
            List<String> lines = new ArrayList<>(Files.readAllLines(EXAMPLES, StandardCharsets.UTF_8));
            lines.add("{\"caseId\":\"late\"");
            Population.write(dir.resolve("aside/batch-1.jsonl"), lines);
            Files.move(dir.resolve("aside/batch-1.jsonl"), dir.resolve("inbox/batch-1.jsonl"), StandardCopyOption.ATOMIC_MOVE);

            // then, without the job ending, every line's answer is committed
            Population.Answers expected = Population.answerInProcess(advisor, lines, Locale.forLanguageTag("nl"));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (Population.linesIn(dir.resolve("stream/decisions")).size()
                    + Population.linesIn(dir.resolve("stream/errors")).size() < lines.size()
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            assertThat(job.getJobStatus().get().isGloballyTerminalState()).isFalse();
            assertThat(sorted(Population.linesIn(dir.resolve("stream/decisions")))).isEqualTo(sorted(expected.decisions()));
            assertThat(sorted(Population.linesIn(dir.resolve("stream/errors")))).isEqualTo(sorted(expected.errors()));
        } finally {
            job.cancel().get();
        }
    }

    @Test
    void given_an_output_directory_of_an_earlier_run_when_a_batch_starts_then_it_refuses_before_running() throws Exception {
        Population.write(dir.resolve("out/decisions/decisions-old-0-0.jsonl"), List.of("{}"));

        int status = run("--input", EXAMPLES.toString(), "--output", dir.resolve("out").toString());

        assertThat(status).isEqualTo(DecideJob.CANNOT_RUN);
        assertThat(stderr()).contains("already holds files of an earlier run").doesNotContain("\tat ");
        assertThat(Population.partFiles(dir.resolve("out/decisions"))).hasSize(1);
        assertThat(Files.exists(dir.resolve("out/errors"))).isFalse();
    }

    @Test
    void given_what_cannot_run_when_the_job_starts_then_it_says_why_in_one_line_and_exits_with_status_2() {
        assertThat(run("--input", EXAMPLES.toString(), "--output", dir.resolve("a").toString(),
                "--pin", "2021-02-18=sha256:" + "0".repeat(64))).isEqualTo(DecideJob.CANNOT_RUN);
        assertThat(run("--input", EXAMPLES.toString(), "--output", dir.resolve("b").toString(),
                "--from", "2021-02-18", "--to", "2020-01-01")).isEqualTo(DecideJob.CANNOT_RUN);
        assertThat(run("--input", dir.resolve("nothing-here.jsonl").toString(), "--output", dir.resolve("c").toString()))
                .isEqualTo(DecideJob.CANNOT_RUN);
        assertThat(run("--input", EXAMPLES.toString())).isEqualTo(DecideJob.CANNOT_RUN);

        assertThat(stderr())
                .contains("the rules are not the ones pinned")
                .contains("no rule-set version 2020-01-01; the versions are 2021-02-18, ")
                .contains("nothing-here.jsonl: it does not exist")
                .contains("--output DIR is required")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
        assertThat(dir.resolve("a")).doesNotExist();
    }

    @Test
    void given_help_when_the_job_starts_then_it_prints_the_usage_and_runs_nothing() {
        assertThat(run("--help")).isEqualTo(DecideJob.ALL_DECIDED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--input PATH").contains("--from VERSION --to VERSION");
    }

    @Test
    void given_requests_when_the_job_runs_with_kind_requests_then_each_line_gets_the_assessment_the_library_gives() throws Exception {
        // given the public examples of requests and a line that is not a request
        List<String> lines = new ArrayList<>(java.nio.file.Files.readAllLines(Path.of("../examples/requests/requests.jsonl")));
        lines.add("{\"requestId\":\"broken\"}");
        Population.write(dir.resolve("requests/all.jsonl"), lines);
        List<String> expected = new ArrayList<>();
        List<String> expectedErrors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            var answer = nl.thuiswerk.json.RequestAnswers.answerLine(
                    lines.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8), i + 1,
                    r -> advisor.assess(r, Locale.ENGLISH), Locale.ENGLISH);
            (answer.decided() ? expected : expectedErrors).add(answer.json());
        }
        assertThat(expectedErrors).singleElement().asString().contains("\"message\":\"The request has 7 problems");

        // when the job assesses them in English
        int status = run("--input", dir.resolve("requests").toString(), "--output", dir.resolve("out").toString(),
                "--lang", "en", "--kind", "requests", "--parallelism", String.valueOf(PARALLELISM));

        // then the assessments and the error are exactly the library's
        assertThat(status).as(stderr()).isEqualTo(DecideJob.SOME_ERRORS);
        assertThat(sorted(Population.linesIn(dir.resolve("out/assessments")))).isEqualTo(sorted(expected));
        assertThat(Population.linesIn(dir.resolve("out/errors"))).isEqualTo(expectedErrors);
        assertThat(expected).hasSize(8);
        assertThat(stderr()).contains("8 assessments, 1 error");
    }

    private int run(String... args) {
        return DecideJob.run(args, StreamExecutionEnvironment::getExecutionEnvironment,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }
}
