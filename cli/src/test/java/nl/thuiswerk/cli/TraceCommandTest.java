package nl.thuiswerk.cli;

import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.json.ThuiswerkJson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TraceCommandTest {

    private static final String FIRST = "2021-02-18";

    @Test
    void traces_nature_of_work_to_its_quote_its_rule_and_its_scenarios_in_the_report() {
        // given the first rule-set version
        // when an auditor traces it
        CliRunner.Run run = CliRunner.run("trace", FIRST);

        // then the report names the version with its validity and fingerprint
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.stderr()).isEmpty();
        RuleSetInfo info = CliRunner.advisor().trace(FIRST).ruleSet();
        assertThat(run.lines().get(0)).isEqualTo("Rule set " + FIRST + ": " + info.title());
        assertThat(run.stdout()).contains(info.validFrom() + " to " + info.validTo()).contains(info.fingerprint());
        // and NATURE_OF_WORK leads to source S1, the quote about the nature of the work, a rule of the criteria
        // and at least one scenario, one per line
        List<String> block = block(run.lines(), "NATURE_OF_WORK");
        assertThat(block.get(0)).isEqualTo("NATURE_OF_WORK  REASON");
        assertThat(block).anySatisfy(line -> assertThat(line).startsWith("  source ").contains(" S1  "));
        assertThat(block).anySatisfy(line -> assertThat(line).startsWith("  quote ")
                .contains("door de aard van het werk"));
        assertThat(block).anySatisfy(line -> assertThat(line).startsWith("  rules ")
                .contains("criteria/criteria.drl: "));
        int scenarios = indexOfLabel(block, "scenarios");
        assertThat(block.get(scenarios)).doesNotContain("(none)").contains(".json: ");
        assertThat(block.subList(scenarios + 1, block.size()))
                .allSatisfy(line -> assertThat(line).startsWith("      ").contains(".json: "));
    }

    @Test
    void marks_a_blocking_condition_as_blocking() {
        // given the first rule-set version, whose conditions include one that forbids on-site work until met
        // when it is traced
        CliRunner.Run run = CliRunner.run("trace", FIRST);

        // then every code has a heading with its kind, and exactly the blocking ones say so
        long blocking = CliRunner.advisor().trace(FIRST).codes().stream().filter(e -> e.blocking()).count();
        assertThat(blocking).isPositive();
        assertThat(run.lines()).filteredOn(line -> line.endsWith("  CONDITION, blocking")).hasSize((int) blocking);
        CliRunner.advisor().trace(FIRST).codes().forEach(e -> assertThat(run.lines())
                .contains(e.code() + "  " + e.kind() + (e.blocking() ? ", blocking" : "")));
    }

    @Test
    void writes_the_librarys_trace_json_with_json() {
        // given the first rule-set version
        // when it is traced as JSON
        CliRunner.Run run = CliRunner.run("trace", FIRST, "--json");

        // then stdout is the library's trace on one line
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.stdout())
                .isEqualTo(ThuiswerkJson.writeTrace(CliRunner.advisor().trace(FIRST), false) + "\n");
        // and NATURE_OF_WORK in it has source S1, the quote, a rule of the criteria and a scenario
        String natureOfWork = codeObject(run.stdout(), "NATURE_OF_WORK");
        assertThat(Json.string(natureOfWork.substring(natureOfWork.indexOf("\"source\"")), "id")).isEqualTo("S1");
        assertThat(Json.string(natureOfWork, "quote")).contains("door de aard van het werk");
        assertThat(natureOfWork).contains("\"file\":\"criteria/criteria.drl\"").containsPattern("\"scenarios\":\\[\"");
    }

    @Test
    void indents_the_json_with_pretty() {
        // given the first rule-set version
        // when it is traced as indented JSON
        CliRunner.Run pretty = CliRunner.run("trace", FIRST, "--json", "--pretty");
        CliRunner.Run compact = CliRunner.run("trace", FIRST, "--json");

        // then it is the same JSON over many lines
        assertThat(pretty.lines().size()).isGreaterThan(10);
        assertThat(pretty.stdout()).doesNotContain("\r").endsWith("}\n");
        assertThat(pretty.stdout().replaceAll("\\s", "")).isEqualTo(compact.stdout().replaceAll("\\s", ""));
    }

    @Test
    void traces_every_version() {
        // given every rule-set version of the library
        for (RuleSetInfo version : CliRunner.advisor().ruleSets()) {
            // when each is traced
            CliRunner.Run run = CliRunner.run("trace", version.id());

            // then each gives a report that starts with its id and lists its fingerprint
            assertThat(run.exitCode()).as(version.id()).isEqualTo(0);
            assertThat(run.lines().get(0)).startsWith("Rule set " + version.id() + ": ");
            assertThat(run.stdout()).contains(version.fingerprint());
        }
    }

    @Test
    void stops_quietly_with_exit_zero_when_the_reader_of_stdout_has_gone_as_trace_piped_to_head() {
        // given a stdout whose reader closed the pipe after the first lines, as `trace … | head` does
        java.io.OutputStream head = new java.io.OutputStream() {
            private int written;

            @Override
            public void write(int b) throws java.io.IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                written += len;
                if (written > 200) {
                    throw new java.io.IOException("Broken pipe");
                }
            }
        };

        // when the trace is written to it
        CliRunner.Run run = CliRunner.run(new byte[0], head, Terminals.NONE, "trace", "2021-02-18");

        // then the command ends as Unix tools do on a closed pipe: no message, exit 0
        assertThat(run.stderr()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void an_unknown_version_exits_two_with_one_line_naming_the_known_ids() {
        // given a version id that does not exist
        // when it is traced
        CliRunner.Run run = CliRunner.run("trace", "2020-03-12");

        // then the user reads one line naming it and every version there is, and nothing else
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr().lines().toList()).hasSize(1);
        assertThat(run.stderr()).startsWith("thuiswerk trace: ").contains("2020-03-12").doesNotContain("\tat ");
        CliRunner.advisor().ruleSets().forEach(v -> assertThat(run.stderr()).contains(v.id()));
    }

    @Test
    void without_a_version_is_wrong_usage() {
        // given no version
        // when trace is run
        CliRunner.Run run = CliRunner.run("trace");

        // then it is a usage error
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("VERSION");
        assertThat(run.stdout()).isEmpty();
    }

    /** The lines of one code's block: its heading up to the empty line after it. */
    private static List<String> block(List<String> lines, String code) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(code + "  ")) {
                start = i;
                break;
            }
        }
        assertThat(start).as("a block for " + code).isNotNegative();
        List<String> block = new ArrayList<>();
        for (int i = start; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            block.add(lines.get(i));
        }
        return block;
    }

    private static int indexOfLabel(List<String> block, String label) {
        for (int i = 0; i < block.size(); i++) {
            if (block.get(i).startsWith("  " + label + " ")) {
                return i;
            }
        }
        throw new AssertionError("no " + label + " in " + block);
    }

    /** The JSON of one code, from its {@code "code"} up to the next code's. */
    private static String codeObject(String json, String code) {
        int start = json.indexOf("{\"code\":\"" + code + "\"");
        assertThat(start).as("the code " + code).isNotNegative();
        int next = json.indexOf("{\"code\":\"", start + 1);
        return json.substring(start, next < 0 ? json.length() : next);
    }
}
