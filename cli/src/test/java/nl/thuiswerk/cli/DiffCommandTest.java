package nl.thuiswerk.cli;

import nl.thuiswerk.DecisionChange;
import nl.thuiswerk.json.ThuiswerkJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class DiffCommandTest {

    private static final String FROM = "2021-02-18";
    private static final String TO = "2022-02-15";
    private static final String EXAMPLES = CliRunner.EXAMPLES.toString();

    private static final String GOOD = "{\"caseId\":\"good-1\",\"referenceDate\":\"2021-03-15\","
            + "\"job\":{\"tasks\":[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]}}";
    private static final String NURSE = "{\"caseId\":\"good-2\",\"referenceDate\":\"2021-03-15\","
            + "\"job\":{\"tasks\":[{\"name\":\"Patient care\",\"hoursPerWeek\":32,\"needs\":[\"PHYSICAL_PRESENCE\"]}]},"
            + "\"onSiteWorkplace\":{\"meetsCoronaMeasures\":true}}";
    private static final String MALFORMED = "{\"caseId\":\"broken-1\",";
    private static final String INVALID = "{\"caseId\":\"invalid-1\",\"referenceDate\":\"2021-03-15\","
            + "\"job\":{\"tasks\":[{\"name\":\"Analysis\",\"hoursPerWeek\":0}]},\"colour\":\"blue\"}";

    private static final Pattern SUMMARY =
            Pattern.compile("summary: (\\d+) cases, (\\d+) changed, (\\d+) unchanged, (\\d+) not compared");

    @TempDir
    Path dir;

    @Test
    void reports_the_analyst_going_from_home_to_partly_on_site_and_a_summary_that_adds_up() throws IOException {
        // given the example cases
        int cases = Files.readAllLines(CliRunner.EXAMPLES, StandardCharsets.UTF_8).size();

        // when the first version is compared with the last
        CliRunner.Run run = CliRunner.run("diff", FROM, TO, EXAMPLES);

        // then the report says what it compares, and the analyst goes from home to partly on site
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.stderr()).isEmpty();
        List<String> lines = run.lines();
        assertThat(lines.get(0)).isEqualTo("diff " + FROM + " → " + TO + " over " + EXAMPLES);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("ex-analyst  HOME ")
                .contains(" → PARTLY_ON_SITE ").contains("(outcome, "));
        // and the summary counts every case once
        Matcher summary = summary(lines);
        long total = Long.parseLong(summary.group(1));
        long changed = Long.parseLong(summary.group(2));
        long unchanged = Long.parseLong(summary.group(3));
        long notCompared = Long.parseLong(summary.group(4));
        assertThat(total).isEqualTo(cases).isEqualTo(10);
        assertThat(changed + unchanged + notCompared).isEqualTo(total);
        assertThat(changedLines(lines)).hasSize((int) changed);
        assertThat(lines).filteredOn(line -> line.contains("  not compared: ")).hasSize((int) notCompared);
        // and counts the changes of outcome, home to partly on site among them
        assertThat(lines).contains("by kind: OUTCOME " + countOf(lines, "outcome") + ", SHARE "
                + countOf(lines, "share") + ", REASONS " + countOf(lines, "reasons") + ", CONDITIONS "
                + countOf(lines, "conditions"));
        Matcher homeToPartly = Pattern.compile("  HOME → PARTLY_ON_SITE: (\\d+)").matcher(run.stdout());
        assertThat(homeToPartly.find()).isTrue();
        assertThat(Long.parseLong(homeToPartly.group(1))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void writes_each_change_as_the_library_does_and_a_summary_line_with_json() throws IOException {
        // given the example cases
        List<String> input = Files.readAllLines(CliRunner.EXAMPLES, StandardCharsets.UTF_8);

        // when the first version is compared with the last as JSON Lines
        CliRunner.Run run = CliRunner.run("diff", FROM, TO, EXAMPLES, "--json");

        // then the analyst's line is the library's change, from home to partly on site
        assertThat(run.exitCode()).isEqualTo(0);
        List<String> lines = run.lines();
        String analyst = lines.stream().filter(l -> "ex-analyst".equals(Json.string(l, "caseId"))).findFirst()
                .orElseThrow();
        DecisionChange change = CliRunner.advisor()
                .compare(ThuiswerkJson.readCase(input.get(caseIndex(input, "ex-analyst"))), FROM, TO).orElseThrow();
        assertThat(analyst).isEqualTo(ThuiswerkJson.write(change));
        assertThat(Json.string(analyst.substring(analyst.indexOf("\"from\":")), "outcome")).isEqualTo("HOME");
        assertThat(Json.string(analyst.substring(analyst.indexOf("\"to\":")), "outcome")).isEqualTo("PARTLY_ON_SITE");
        // and the last line is the summary, its counts adding up to the cases
        String summary = lines.get(lines.size() - 1);
        assertThat(summary).startsWith("{\"summary\":{\"from\":\"" + FROM + "\",\"to\":\"" + TO + "\",\"cases\":10,");
        long changed = number(summary, "changed");
        assertThat(changed + number(summary, "unchanged") + number(summary, "notCompared"))
                .isEqualTo(number(summary, "cases")).isEqualTo(input.size());
        assertThat(lines.subList(0, lines.size() - 1)).hasSize((int) (changed + number(summary, "notCompared")));
        assertThat(summary).containsPattern("\"byKind\":\\{\"OUTCOME\":\\d+,\"SHARE\":\\d+,\"REASONS\":\\d+,"
                + "\"CONDITIONS\":\\d+}");
        assertThat(number(summary, "HOME → PARTLY_ON_SITE")).isGreaterThanOrEqualTo(1);
        // and only changes of outcome are counted by outcome, so they add up to the count of OUTCOME
        assertThat(byOutcome(summary).values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(number(summary, "OUTCOME"));
        assertThat(List.copyOf(byOutcome(summary).keySet())).isSorted();
    }

    @Test
    void gives_the_same_bytes_on_every_run() {
        // given the example cases, reported as text and as JSON
        for (String[] args : List.of(new String[] {"diff", FROM, TO, EXAMPLES},
                new String[] {"diff", FROM, TO, EXAMPLES, "--json"})) {
            // when the same versions are compared twice
            CliRunner.Run first = CliRunner.run(args);
            CliRunner.Run second = CliRunner.run(args);

            // then the reports are identical, with only \n line ends
            assertThat(second.stdoutBytes()).as(String.join(" ", args)).isEqualTo(first.stdoutBytes());
            assertThat(first.stdout()).doesNotContain("\r").endsWith("\n");
        }
    }

    @Test
    void from_half_time_on_site_in_june_2021_to_tenzij_in_july_2021_the_phases_reason_and_its_share_go()
            throws IOException {
        // given the example cases
        // when the version of 26 June 2021 is compared with that of 19 July 2021
        CliRunner.Run text = CliRunner.run("diff", "2021-06-26", "2021-07-19", EXAMPLES);
        CliRunner.Run json = CliRunner.run("diff", "2021-06-26", "2021-07-19", EXAMPLES, "--json");

        // then the analyst goes from half of the time on site to home, the reason with it
        assertThat(text.exitCode()).isEqualTo(0);
        assertThat(text.lines().get(0)).isEqualTo("diff 2021-06-26 → 2021-07-19 over " + EXAMPLES);
        assertThat(text.lines()).anySatisfy(line -> assertThat(line)
                .startsWith("ex-analyst  PARTLY_ON_SITE 0.5 [HALF_TIME_ON_SITE | ")
                .contains(" → HOME 0.0 [WORK_FROM_HOME_UNLESS]").endsWith("(outcome, share, reasons, conditions)"));
        // and every change is that one: half-time's reason before, never after
        List<String> changed = changedLines(text.lines());
        assertThat(changed).isNotEmpty().allSatisfy(line -> {
            String before = line.substring(0, line.indexOf(" → "));
            String after = line.substring(line.indexOf(" → "));
            assertThat(before).contains("HALF_TIME_ON_SITE");
            assertThat(after).doesNotContain("HALF_TIME_ON_SITE");
        });
        // and work that can only be done on site is all on site under both, so the nurse is not among them
        assertThat(changed).noneMatch(line -> line.startsWith("ex-nurse "));
        String summary = json.lines().get(json.lines().size() - 1);
        // and an outcome only ever changes from partly on site to home, never towards more work on site
        assertThat(byOutcome(summary).keySet()).containsExactly("PARTLY_ON_SITE → HOME");
        assertThat(number(summary, "PARTLY_ON_SITE → HOME")).isEqualTo(number(summary, "OUTCOME")).isGreaterThanOrEqualTo(1);
        // and the JSON line of the analyst is the library's own comparison
        DecisionChange analyst = CliRunner.advisor().compare(ThuiswerkJson.readCase(
                Files.readAllLines(CliRunner.EXAMPLES, StandardCharsets.UTF_8).get(2)), "2021-06-26", "2021-07-19").orElseThrow();
        assertThat(analyst.caseId()).isEqualTo("ex-analyst");
        assertThat(json.lines()).contains(ThuiswerkJson.write(analyst));
    }

    @Test
    void a_version_compared_with_itself_changes_nothing() {
        // given the example cases
        // when a version is compared with itself
        CliRunner.Run text = CliRunner.run("diff", "2021-11-13", "2021-11-13", EXAMPLES);
        CliRunner.Run json = CliRunner.run("diff", "2021-11-13", "2021-11-13", EXAMPLES, "--json");

        // then every case is unchanged and the report lists none
        assertThat(text.exitCode()).isEqualTo(0);
        assertThat(text.lines()).contains("summary: 10 cases, 0 changed, 10 unchanged, 0 not compared",
                "by kind: OUTCOME 0, SHARE 0, REASONS 0, CONDITIONS 0");
        assertThat(text.lines()).noneMatch(line -> line.startsWith("ex-"));
        assertThat(json.lines()).containsExactly("{\"summary\":{\"from\":\"2021-11-13\",\"to\":\"2021-11-13\","
                + "\"cases\":10,\"changed\":0,\"unchanged\":10,\"notCompared\":0,"
                + "\"byKind\":{\"OUTCOME\":0,\"SHARE\":0,\"REASONS\":0,\"CONDITIONS\":0},\"byOutcome\":{}}}");
    }

    @Test
    void counts_malformed_and_invalid_lines_as_not_compared_and_goes_on() throws IOException {
        // given a good case, a malformed line, an empty line, an invalid case and another good case
        Path in = write("mixed.jsonl", GOOD + "\n" + MALFORMED + "\n\n" + INVALID + "\n" + NURSE + "\n");

        // when two versions are compared over them
        CliRunner.Run text = CliRunner.run("diff", FROM, TO, in.toString());
        CliRunner.Run json = CliRunner.run("diff", FROM, TO, in.toString(), "--json");

        // then each bad line is listed with its error code and line, the empty line is skipped as JSON Lines tools
        // skip it, and the report is still complete
        assertThat(text.exitCode()).isEqualTo(0);
        assertThat(text.lines()).contains("broken-1  not compared: MALFORMED_JSON at line 2",
                "invalid-1  not compared: INVALID_INPUT at line 4");
        assertThat(text.lines()).noneMatch(l -> l.contains("at line 3"));
        Matcher summary = summary(text.lines());
        assertThat(summary.group(1)).isEqualTo("4");
        assertThat(summary.group(4)).isEqualTo("2");
        assertThat(Long.parseLong(summary.group(2)) + Long.parseLong(summary.group(3))).isEqualTo(2);
        // and in JSON, too
        assertThat(json.exitCode()).isEqualTo(0);
        assertThat(json.lines()).contains("{\"caseId\":\"broken-1\",\"line\":2,\"notCompared\":\"MALFORMED_JSON\"}",
                "{\"caseId\":\"invalid-1\",\"line\":4,\"notCompared\":\"INVALID_INPUT\"}");
        String last = json.lines().get(json.lines().size() - 1);
        assertThat(number(last, "cases")).isEqualTo(4);
        assertThat(number(last, "notCompared")).isEqualTo(2);
    }

    @Test
    void an_unknown_version_exits_two_naming_the_known_ids_and_leaves_the_output_alone() throws IOException {
        // given an output file that exists already
        Path out = write("previous.txt", "previous report\n");

        // when one of the versions does not exist
        CliRunner.Run run = CliRunner.run("diff", FROM, "2022-03-15", EXAMPLES, "-o", out.toString());

        // then the user reads one line naming it and the versions there are, and the file is untouched
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr().lines().toList()).hasSize(1);
        assertThat(run.stderr()).startsWith("thuiswerk diff: ").contains("2022-03-15").doesNotContain("\tat ");
        CliRunner.advisor().ruleSets().forEach(v -> assertThat(run.stderr()).contains(v.id()));
        assertThat(Files.readString(out)).isEqualTo("previous report\n");
    }

    @Test
    void writes_the_report_to_the_file_named_by_dash_o() throws IOException {
        // given an output file
        Path out = dir.resolve("report.jsonl");

        // when the report is written there
        CliRunner.Run run = CliRunner.run("diff", FROM, TO, EXAMPLES, "--json", "-o", out.toString());

        // then the file holds what stdout would have held, and stdout nothing
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.stdout()).isEmpty();
        assertThat(Files.readAllBytes(out)).isEqualTo(CliRunner.run("diff", FROM, TO, EXAMPLES, "--json").stdoutBytes());
    }

    @Test
    void reads_the_cases_from_stdin_when_the_file_is_a_dash() {
        // given two cases on stdin
        // when a version is compared with itself over -
        CliRunner.Run run = CliRunner.runWithStdin(GOOD + "\n" + NURSE + "\n", "diff", FROM, FROM, "-");

        // then both are compared
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.lines().get(0)).isEqualTo("diff " + FROM + " → " + FROM + " over standard input");
        assertThat(run.lines()).contains("summary: 2 cases, 0 changed, 2 unchanged, 0 not compared");
    }

    @Test
    void a_missing_file_exits_two_with_one_line_naming_it() {
        // given a file that does not exist
        String missing = dir.resolve("no-such-cases.jsonl").toString();

        // when it is compared over
        CliRunner.Run run = CliRunner.run("diff", FROM, TO, missing);

        // then the user reads one line naming it
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).isEqualTo("thuiswerk diff: cannot read " + missing + ": no such file\n");
    }

    @Test
    void refuses_to_write_the_report_over_its_own_input() throws IOException {
        // given a file of cases
        Path in = write("cases.jsonl", GOOD + "\n");

        // when the output is the input
        CliRunner.Run run = CliRunner.run("diff", FROM, TO, in.toString(), "-o", in.toString());

        // then nothing is compared and the cases are untouched
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("it is the input file");
        assertThat(Files.readString(in)).isEqualTo(GOOD + "\n");
    }

    @Test
    void without_the_file_is_wrong_usage() {
        // given two versions but no cases
        // when diff is run
        CliRunner.Run run = CliRunner.run("diff", FROM, TO);

        // then it is a usage error
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("CASES.jsonl");
        assertThat(run.stdout()).isEmpty();
    }

    private static Matcher summary(List<String> lines) {
        String line = lines.stream().filter(l -> l.startsWith("summary: ")).findFirst().orElseThrow();
        Matcher m = SUMMARY.matcher(line);
        assertThat(m.matches()).as(line).isTrue();
        return m;
    }

    /** The changed cases' lines: each ends with its kinds of change in brackets. */
    private static List<String> changedLines(List<String> lines) {
        return lines.stream().filter(l -> !l.startsWith(" ") && l.contains(" → ") && l.endsWith(")")).toList();
    }

    /** How many changed lines name a kind in their list of changes. */
    private static long countOf(List<String> lines, String kind) {
        return changedLines(lines).stream()
                .map(l -> List.of(l.substring(l.lastIndexOf("  (") + 3, l.length() - 1).split(", ")))
                .filter(kinds -> kinds.contains(kind))
                .count();
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\":(\\d+)").matcher(json);
        assertThat(m.find()).as(field + " in " + json).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static Map<String, Long> byOutcome(String summary) {
        String object = summary.substring(summary.indexOf("\"byOutcome\":{") + "\"byOutcome\":{".length());
        object = object.substring(0, object.indexOf('}'));
        // in the order written, so that the test can check the order
        Map<String, Long> inOrder = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"([^\"]+)\":(\\d+)").matcher(object);
        while (m.find()) {
            inOrder.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return inOrder;
    }

    private static int caseIndex(List<String> lines, String caseId) {
        for (int i = 0; i < lines.size(); i++) {
            if (caseId.equals(Json.string(lines.get(i), "caseId"))) {
                return i;
            }
        }
        throw new AssertionError("no case " + caseId);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
