package nl.thuiswerk.cli;

import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.json.ThuiswerkJson;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class RuleSetsCommandTest {

    @Test
    void lists_the_first_rule_set_with_its_fingerprint_as_json() {
        // given the library's rule sets
        // when they are listed as JSON
        CliRunner.Run run = CliRunner.run("rulesets", "--json");

        // then the first version is there with a sha256 fingerprint, on one line
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.lines()).hasSize(1);
        assertThat(run.stdout()).contains("\"id\":\"2021-02-18\"").containsPattern("\"fingerprint\":\"sha256:[0-9a-f]{64}\"");
    }

    @Test
    void lists_the_rule_sets_as_a_table_with_a_header() {
        // given the library's rule sets
        // when they are listed for a person
        CliRunner.Run run = CliRunner.run("rulesets");

        // then a header names the columns and each version has a row with its validity and fingerprint
        assertThat(run.exitCode()).isEqualTo(0);
        // (the first line names the domain of the advice; the versions of requests follow in a section of their own)
        assertThat(run.lines().get(0)).startsWith("Domain advice:");
        assertThat(run.lines().get(1)).startsWith("ID").contains("VALID FROM", "VALID TO", "TITLE", "FINGERPRINT");
        assertThat(run.lines()).anySatisfy(row -> assertThat(row)
                .startsWith("2021-02-18").contains("2021-06-25").containsPattern("sha256:[0-9a-f]{64}$"));
    }

    @Test
    void lists_the_periods_without_a_rule_set_after_the_versions() {
        // given the library's rule sets, with the periods it has none for
        // when they are listed for a person
        CliRunner.Run run = CliRunner.run("rulesets");

        // then after the versions come the periods, each with its reason, an open end as a dash
        List<String> lines = run.lines();
        int periods = lines.indexOf("FROM        TO          REASON");
        assertThat(periods).isGreaterThan(lines.indexOf(""));
        assertThat(lines.get(periods - 1)).startsWith("Periods without a rule set");
        // the advice's periods end at the blank line before the section of requests
        List<String> rows = lines.subList(periods + 1, lines.subList(periods, lines.size()).indexOf("") + periods);
        assertThat(rows).hasSize(CliRunner.advisor().periodsWithoutRuleSet().size());
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("—           2021-02-17  "));
        assertThat(rows).noneSatisfy(row -> assertThat(row).startsWith("2021-06-26"));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("2022-03-15  —           ").contains("lapsed"));
    }

    @Test
    void adds_the_periods_without_a_rule_set_to_the_json_and_keeps_the_versions_as_the_library_writes_them() {
        // given the library's rule sets
        List<RuleSetInfo> ruleSets = CliRunner.advisor().ruleSets();

        // when they are listed as JSON
        CliRunner.Run run = CliRunner.run("rulesets", "--json");

        // then the listing is the library's own JSON of both domains, byte for byte: the advice's versions (each
        // naming its domain), its periods and catalogue, then the requests' under "requests"
        assertThat(ruleSets).isNotEmpty();
        assertThat(run.stdout()).isEqualTo(ThuiswerkJson.writeAllRuleSets(CliRunner.advisor(), false) + "\n");
        assertThat(run.stdout()).contains(",\"withoutRuleSet\":[", "],\"catalogueFingerprint\":\""
                + CliRunner.advisor().catalogueFingerprint() + "\",\"requests\":{\"ruleSets\":[");
        assertThat(run.stdout())
                .contains("{\"from\":null,\"to\":\"2021-02-17\",\"reason\":\"")
                .contains("{\"from\":\"2022-03-15\",\"to\":null,\"reason\":\"");
    }

    @Test
    void lists_the_catalogues_fingerprint_between_the_versions_and_the_periods() {
        // given the library's catalogue
        String catalogue = CliRunner.advisor().catalogueFingerprint();

        // when the rule sets are listed for a person and as JSON
        CliRunner.Run table = CliRunner.run("rulesets");
        CliRunner.Run json = CliRunner.run("rulesets", "--json");

        // then both show it, the table on a line of its own that says how to pin it
        assertThat(catalogue).matches("sha256:[0-9a-f]{64}");
        List<String> lines = table.lines();
        int line = lines.indexOf(lines.stream().filter(l -> l.startsWith("Catalogue")).findFirst().orElseThrow());
        assertThat(lines.get(line)).contains("--pin catalogue=").endsWith(": " + catalogue);
        assertThat(line).isGreaterThan(lines.indexOf("")).isLessThan(lines.indexOf("FROM        TO          REASON"));
        assertThat(json.stdout()).contains("\"catalogueFingerprint\":\"" + catalogue + "\"");
    }

    @Test
    void lists_every_version_with_the_evidence_for_its_first_day_and_its_wording() {
        // given the library's rule sets
        List<RuleSetInfo> ruleSets = CliRunner.advisor().ruleSets();

        // when they are listed for a person
        CliRunner.Run run = CliRunner.run("rulesets");

        // then each version's row gives the level and source of each, the summer of 2021 among them
        assertThat(run.lines().get(1)).contains("SOURCES", "DATE", "WORDING", "FINGERPRINT");
        for (RuleSetInfo r : ruleSets) {
            assertThat(run.lines()).as(r.id()).anySatisfy(row -> assertThat(row).startsWith(r.id() + "  ")
                    .containsPattern("  " + Pattern.quote(r.evidence().date() + " (" + r.evidence().dateSource() + ")")
                            + " +" + Pattern.quote(r.evidence().wording() + " (" + r.evidence().wordingSource() + ")")
                            + " +sha256:[0-9a-f]{64}$"));
        }
        assertThat(run.lines()).anySatisfy(row -> assertThat(row).startsWith("2021-06-26  2021-06-26  2021-07-18  ")
                .containsPattern("PRIMARY \\(KST-25295-1297\\) +SECONDARY \\(TELEGRAAF-2021-06\\) "));
        assertThat(run.lines()).anySatisfy(row -> assertThat(row).startsWith("2021-07-19  2021-07-19  2021-09-24  ")
                .containsPattern("PRIMARY \\(GOV-2021-07-19\\) +PRIMARY \\(GOV-2021-07-19\\) "));
    }

    @Test
    void gives_the_evidence_of_every_version_in_the_json() {
        // given the library's rule sets
        List<RuleSetInfo> ruleSets = CliRunner.advisor().ruleSets();

        // when they are listed as JSON
        CliRunner.Run run = CliRunner.run("rulesets", "--json");

        // then every version carries its evidence after its fingerprint
        assertThat(ruleSets).hasSize(8);
        for (RuleSetInfo r : ruleSets) {
            String json = run.stdout();
            String after = json.substring(json.indexOf("\"fingerprint\":", json.indexOf("\"id\":\"" + r.id() + "\"")));
            assertThat(after).as(r.id()).containsPattern("^\"fingerprint\":\"sha256:[0-9a-f]{64}\",\"evidence\":\\{"
                    + "\"date\":\"" + r.evidence().date() + "\",\"wording\":\"" + r.evidence().wording()
                    + "\",\"dateSource\":\"" + r.evidence().dateSource() + "\",\"wordingSource\":\""
                    + r.evidence().wordingSource() + "\"}}");
        }
        assertThat(run.stdout()).contains("\"id\":\"2021-11-28\"").contains("\"wording\":\"SECONDARY\","
                + "\"dateSource\":\"GOV-2021-11-26\",\"wordingSource\":\"PAROOL-2021-11\"");
    }

    @Test
    void indents_the_json_with_pretty() {
        // given the library's rule sets
        // when they are listed as indented JSON
        CliRunner.Run pretty = CliRunner.run("rulesets", "--json", "--pretty");

        // then it is the same JSON over many lines
        assertThat(pretty.lines().size()).isGreaterThan(10);
        assertThat(pretty.stdout()).doesNotContain("\r").endsWith("}\n");
        assertThat(pretty.stdout().replaceAll("\\s", ""))
                .isEqualTo(CliRunner.run("rulesets", "--json").stdout().replaceAll("\\s", ""));
    }
}
