package nl.thuiswerk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --policy PATH.jar} on every command that loads the rules, with the example policy's jar. */
class PolicyCliTest {

    static final Path JAR = Path.of("..", "examples", "policies", "voorbeeld-bv", "target", "voorbeeld-bv-policy.jar");
    private static final Path EXAMPLES = Path.of("..", "..", "..", "shared", "examples");
    private static final String DEVELOPER = "{\"caseId\":\"dev-1\",\"referenceDate\":\"2022-06-01\","
            + "\"employerPolicy\":\"voorbeeld-bv\",\"job\":{\"tasks\":[{\"name\":\"Programming\",\"hoursPerWeek\":36}]}}";

    @TempDir
    Path dir;

    @Test
    void batch_decides_the_cases_that_name_the_policy_with_it_and_the_others_nationally() throws IOException {
        // given a case with the policy and one without, on a day with national advice
        String national = "{\"caseId\":\"nat-1\",\"referenceDate\":\"2021-10-15\",\"job\":{\"tasks\":"
                + "[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]}}";
        Path cases = Files.writeString(dir.resolve("cases.jsonl"), DEVELOPER + "\n" + national + "\n");

        // when
        CliRunner.Run run = CliRunner.run("batch", "--policy", JAR.toString(), cases.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(0);
        List<String> lines = run.stdout().lines().toList();
        assertThat(lines.get(0)).contains("\"minOnSiteShare\":0.4", "\"version\":\"voorbeeld-bv-2022-03-15\"",
                "\"ruleSet\":null", "\"policyFingerprint\":\"sha256:");
        assertThat(lines.get(1)).contains("\"minOnSiteShare\":0.0").doesNotContain("\"policy\"");
        assertThat(lines.get(1)).isEqualTo(CliRunner.runWithStdin(national, "decide", "-").stdout().strip());
    }

    @Test
    void a_case_naming_a_policy_that_was_not_given_is_invalid_input_at_employer_policy() {
        CliRunner.Run run = CliRunner.runWithStdin(DEVELOPER, "decide", "--lang", "en", "-");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).contains("INVALID_INPUT").contains("\"path\":\"employerPolicy\"");
    }

    @Test
    void rulesets_lists_the_policys_versions_and_a_pin_of_another_fingerprint_stops_every_command() {
        // given the fingerprint rulesets lists for a version of the policy
        CliRunner.Run listed = CliRunner.run("rulesets", "--policy", JAR.toString());
        assertThat(listed.exitCode()).isEqualTo(0);
        Matcher m = Pattern.compile("voorbeeld-bv-2022-03-15 .*(sha256:[0-9a-f]{64})").matcher(listed.stdout());
        assertThat(m.find()).as(listed.stdout()).isTrue();
        String fingerprint = m.group(1);
        assertThat(listed.stdout()).contains("voorbeeld-bv-2021-09-25", "voorbeeld-bv-2024-01-01", "Policy voorbeeld-bv");

        // when pinned to it, and to another
        CliRunner.Run pinned = CliRunner.runWithStdin(DEVELOPER, "decide", "--policy", JAR.toString(), "--pin",
                "voorbeeld-bv-2022-03-15=" + fingerprint, "-");
        String wrong = "sha256:" + "0".repeat(64);
        CliRunner.Run refused = CliRunner.runWithStdin(DEVELOPER, "decide", "--policy", JAR.toString(), "--pin",
                "voorbeeld-bv-2022-03-15=" + wrong, "-");

        // then the first decides, the second stops with one line naming the policy version
        assertThat(pinned.exitCode()).isEqualTo(0);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.stdout()).isEmpty();
        assertThat(refused.stderr().lines().toList()).hasSize(1);
        assertThat(refused.stderr()).contains("voorbeeld-bv-2022-03-15").contains(wrong).doesNotContain("\tat ");
    }

    @Test
    void the_same_policy_given_twice_is_refused_at_start_naming_its_id() {
        CliRunner.Run run = CliRunner.runWithStdin(DEVELOPER, "decide", "--policy", JAR.toString(), "--policy",
                JAR.toString(), "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("two policies have the id voorbeeld-bv").doesNotContain("\tat ");
    }

    @Test
    void explain_verify_trace_and_diff_work_with_a_policy() throws IOException {
        Path aCase = Files.writeString(dir.resolve("case.json"), DEVELOPER);
        String policy = JAR.toString();

        CliRunner.Run explained = CliRunner.run("explain", "--lang", "en", "--policy", policy, aCase.toString());
        assertThat(explained.exitCode()).isEqualTo(0);
        assertThat(explained.stdout()).contains("At least 40%").contains("voorbeeld-bv-2022-03-15");

        CliRunner.Run decided = CliRunner.run("decide", "--policy", policy, aCase.toString());
        Path decision = Files.write(dir.resolve("decision.json"), decided.stdoutBytes());
        CliRunner.Run verified = CliRunner.run("verify", "--policy", policy, decision.toString(), aCase.toString());
        assertThat(verified.exitCode()).as(verified.stdout() + verified.stderr()).isEqualTo(0);

        CliRunner.Run traced = CliRunner.run("trace", "--policy", policy, "voorbeeld-bv-2022-03-15");
        assertThat(traced.exitCode()).isEqualTo(0);
        assertThat(traced.stdout()).contains("TEAM_DAYS", "OFFICE_AT_MOST_FOUR_DAYS", "NO_NATIONAL_ADVICE",
                "Wij werken hybride");

        Path cases = Files.writeString(dir.resolve("cases.jsonl"), DEVELOPER + "\n");
        CliRunner.Run diff = CliRunner.run("diff", "--policy", policy, "voorbeeld-bv-2022-03-15",
                "voorbeeld-bv-2024-01-01", cases.toString());
        assertThat(diff.exitCode()).as(diff.stderr()).isEqualTo(0);
        assertThat(diff.stdout()).contains("dev-1");
    }

    @Test
    void the_public_policy_examples_match_their_expected_summaries() throws IOException {
        Path cases = EXAMPLES.resolve("policy-cases.jsonl");
        if (!Files.exists(cases)) {
            return; // the shared examples are beside the project on the build machine only
        }
        CliRunner.Run run = CliRunner.run("batch", "--policy", JAR.toString(), cases.toString());
        List<String> expected = Files.readAllLines(EXAMPLES.resolve("policy-expected.jsonl"), StandardCharsets.UTF_8);
        List<String> answers = run.stdout().lines().toList();
        assertThat(answers).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i);
            String got = answers.get(i);
            if (want.contains("\"error\"")) {
                assertThat(got).contains("NO_RULESET_IN_FORCE");
                continue;
            }
            Matcher policy = Pattern.compile("\"policy\": \"([^\"]+)\"").matcher(want);
            assertThat(policy.find()).isTrue();
            assertThat(got).contains("\"version\":\"" + policy.group(1) + "\"");
        }
    }
}
