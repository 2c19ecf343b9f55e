package nl.thuiswerk.cli;

import nl.thuiswerk.Decision;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.ThuiswerkJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code batch --format summary|csv}: one short line a case, with what the full decision says. */
class BatchFormatTest {

    private static final String HEADER = "caseId,line,outcome,maxOnSiteShare,minOnSiteShare,codes,ruleSet,policy,inputSha256,error";
    private static final String MALFORMED = "{\"caseId\":\"broken-1\",";
    private static final String INVALID = "{\"caseId\":\"invalid-1\",\"referenceDate\":\"2021-03-15\","
            + "\"job\":{\"tasks\":[{\"name\":\"Analysis\",\"hoursPerWeek\":0}]}}";

    @TempDir
    Path dir;

    @Test
    void csv_has_a_header_and_a_row_per_case_with_the_outcome_share_codes_version_and_receipt_of_its_decision()
            throws IOException {
        // given the example cases
        List<String> input = Files.readAllLines(CliRunner.EXAMPLES, StandardCharsets.UTF_8);

        // when they are decided as csv
        CliRunner.Run run = CliRunner.run("batch", CliRunner.EXAMPLES.toString(), "--format", "csv", "--lang", "en");

        // then the header comes first, then one row per line, in order
        List<String> rows = run.lines();
        assertThat(rows.get(0)).isEqualTo(HEADER);
        assertThat(rows).hasSize(input.size() + 1);
        HomeWorkingAdvisor advisor = CliRunner.advisor();
        int decided = 0;
        for (int i = 0; i < input.size(); i++) {
            String[] row = rows.get(i + 1).split(",", -1);
            assertThat(row).as("row %d", i + 1).hasSize(10);
            assertThat(row[1]).isEqualTo(Integer.toString(i + 1));
            String caseId = Json.string(input.get(i), "caseId");
            assertThat(row[0]).isEqualTo(caseId);
            if (row[2].equals("ERROR")) {
                assertThat(row[9]).isNotEmpty();
                assertThat(row[3] + row[4] + row[5] + row[6] + row[7] + row[8]).isEmpty();
                continue;
            }
            // and each decided row says what the full decision says
            Decision d = advisor.decide(ThuiswerkJson.readCase(input.get(i)), Locale.ENGLISH);
            assertThat(row[2]).isEqualTo(d.outcome().name());
            assertThat(row[3]).isEqualTo(d.maxOnSiteShare().isPresent()
                    ? BatchFormat.share(d.maxOnSiteShare()) : "");
            List<String> codes = new ArrayList<>();
            d.reasons().forEach(r -> codes.add(r.code()));
            d.conditions().forEach(c -> codes.add(c.code()));
            assertThat(row[4]).isEqualTo(BatchFormat.share(java.util.OptionalDouble.of(d.minOnSiteShare())));
            assertThat(row[5]).isEqualTo(String.join(" ", codes));
            assertThat(row[6]).isEqualTo(d.ruleSet().id());
            assertThat(row[7]).as("no policy named").isEmpty();
            assertThat(row[8]).isEqualTo(d.receipt().inputSha256()).startsWith("sha256:");
            assertThat(row[9]).isEmpty();
            decided++;
        }
        assertThat(decided).isGreaterThan(5);
        // and the exit code is batch's: one example has no rule set in force
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void csv_answers_a_line_that_cannot_be_decided_with_its_line_and_error_code_and_goes_on() throws IOException {
        // given a malformed line, an invalid line and a good one
        Path in = write("mixed.jsonl", MALFORMED + "\n" + INVALID + "\n" + firstExample() + "\n");

        // when decided as csv
        CliRunner.Run run = CliRunner.run("batch", in.toString(), "--format", "csv");

        // then each line has its row: errors with their codes, the case as decided
        assertThat(run.lines()).hasSize(4);
        assertThat(run.lines().get(1)).isEqualTo("broken-1,1,ERROR,,,,,,,MALFORMED_JSON");
        assertThat(run.lines().get(2)).isEqualTo("invalid-1,2,ERROR,,,,,,,INVALID_INPUT");
        assertThat(run.lines().get(3)).startsWith("ex-nurse,3,ON_SITE,1.0,1.0,NATURE_OF_WORK,2021-02-18,,sha256:")
                .endsWith(",");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void csv_quotes_a_case_id_with_commas_or_quotes_and_never_lets_it_start_a_formula() {
        // an id is the only free text in a row
        assertThat(BatchFormat.csvField("plain-1")).isEqualTo("plain-1");
        assertThat(BatchFormat.csvField("a,b")).isEqualTo("\"a,b\"");
        assertThat(BatchFormat.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(BatchFormat.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(BatchFormat.csvField("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(BatchFormat.csvField("+1")).isEqualTo("\"'+1\"");
        assertThat(BatchFormat.csvField("-1")).isEqualTo("\"'-1\"");
        assertThat(BatchFormat.csvField("@sum")).isEqualTo("\"'@sum\"");
        assertThat(BatchFormat.csvField("")).isEmpty();
    }

    @Test
    void summary_is_one_short_json_object_a_case_and_the_contracts_error_line_for_a_line_that_cannot_be_decided()
            throws IOException {
        // given a good line and a malformed one
        Path in = write("two.jsonl", firstExample() + "\n" + MALFORMED + "\n");

        // when decided as summary
        CliRunner.Run summary = CliRunner.run("batch", in.toString(), "--format", "summary");
        CliRunner.Run full = CliRunner.run("batch", in.toString());

        // then the decided case has its summary fields only, in the columns' order
        String line = summary.lines().get(0);
        assertThat(line).startsWith("{\"caseId\":\"ex-nurse\",\"outcome\":\"ON_SITE\",\"maxOnSiteShare\":1.0,"
                + "\"minOnSiteShare\":1.0,\"codes\":[\"NATURE_OF_WORK\"],\"ruleSet\":\"2021-02-18\",\"policy\":null,"
                + "\"inputSha256\":\"sha256:");
        assertThat(Json.string(line, "inputSha256")).isEqualTo(Json.string(full.lines().get(0), "inputSha256"));
        assertThat(line).doesNotContain("reasons", "whatWouldChange", "\"line\"");
        // and the malformed line gets exactly the error line the full format gives it
        assertThat(summary.lines().get(1)).isEqualTo(full.lines().get(1));
        assertThat(summary.lines()).hasSize(2);
        assertThat(summary.exitCode()).isEqualTo(full.exitCode()).isEqualTo(1);
    }

    @Test
    void a_case_without_a_national_limit_has_a_null_share_in_the_summary_and_an_empty_cell_in_csv() throws IOException {
        // given the example whose phase sets no national limit
        String noLimit = Files.readAllLines(CliRunner.EXAMPLES, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("\"ex-analyst-oct21\"")).findFirst().orElseThrow();
        Path in = write("nolimit.jsonl", noLimit + "\n");

        // when decided in both short formats
        String summary = CliRunner.run("batch", in.toString(), "--format", "summary").lines().get(0);
        String row = CliRunner.run("batch", in.toString(), "--format", "csv").lines().get(1);

        // then the share is absent as the contract says it: null, an empty cell
        assertThat(summary).contains("\"maxOnSiteShare\":null");
        assertThat(row.split(",", -1)[3]).isEmpty();
        assertThat(row.split(",", -1)[4]).isNotEmpty();
    }

    @Test
    void a_policy_case_without_national_advice_has_its_floor_its_policy_and_no_rule_set_in_both_short_formats()
            throws IOException {
        // given a case of Voorbeeld BV dated after the national advice lapsed
        Path in = write("policy.jsonl", "{\"caseId\":\"vb-1\",\"referenceDate\":\"2023-05-01\",\"employerPolicy\":"
                + "\"voorbeeld-bv\",\"job\":{\"tasks\":[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]}}\n");
        String jar = PolicyCliTest.JAR.toString();

        // when decided with the policy in both short formats, and in full
        String summary = CliRunner.run("batch", in.toString(), "--policy", jar, "--format", "summary").lines().get(0);
        String[] row = CliRunner.run("batch", in.toString(), "--policy", jar, "--format", "csv").lines().get(1)
                .split(",", -1);
        String full = CliRunner.run("batch", in.toString(), "--policy", jar).lines().get(0);

        // then both name the policy version and the floor the full decision has, and no national version
        assertThat(Json.string(summary, "policy")).isEqualTo("voorbeeld-bv-2022-03-15");
        assertThat(summary).contains("\"ruleSet\":null", "\"minOnSiteShare\":0.4", "\"maxOnSiteShare\":0.8");
        assertThat(full).contains("\"minOnSiteShare\":0.4", "\"maxOnSiteShare\":0.8");
        assertThat(row[2]).isEqualTo("PARTLY_ON_SITE");
        assertThat(row[3]).isEqualTo("0.8");
        assertThat(row[4]).isEqualTo("0.4");
        assertThat(row[6]).isEmpty();
        assertThat(row[7]).isEqualTo("voorbeeld-bv-2022-03-15");
        assertThat(row[9]).isEmpty();
    }

    @Test
    void an_unknown_format_is_a_usage_error_that_names_the_formats() {
        CliRunner.Run run = CliRunner.run("batch", CliRunner.EXAMPLES.toString(), "--format", "xml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("json, summary or csv");
        assertThat(run.lines()).isEmpty();
    }

    private String firstExample() throws IOException {
        return Files.readAllLines(CliRunner.EXAMPLES, StandardCharsets.UTF_8).get(0);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
