package nl.thuiswerk.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleSetsCommandTest {

    @Test
    void listsTheFirstRuleSetWithItsFingerprintAsJson() {
        // given the library's rule sets
        // when they are listed as JSON
        CliRunner.Run run = CliRunner.run("rulesets", "--json");

        // then the first version is there with a sha256 fingerprint, on one line
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.lines()).hasSize(1);
        assertThat(run.stdout()).contains("\"id\":\"2021-02-18\"").containsPattern("\"fingerprint\":\"sha256:[0-9a-f]{64}\"");
    }

    @Test
    void listsTheRuleSetsAsATableWithAHeader() {
        // given the library's rule sets
        // when they are listed for a person
        CliRunner.Run run = CliRunner.run("rulesets");

        // then a header names the columns and each version has a row with its validity and fingerprint
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.lines().get(0)).startsWith("ID").contains("VALID FROM", "VALID TO", "TITLE", "FINGERPRINT");
        assertThat(run.lines()).anySatisfy(row -> assertThat(row)
                .startsWith("2021-02-18").contains("2021-06-25").containsPattern("sha256:[0-9a-f]{64}$"));
    }
}
