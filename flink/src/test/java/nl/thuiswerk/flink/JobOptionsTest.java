package nl.thuiswerk.flink;

import org.apache.flink.api.common.RuntimeExecutionMode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobOptionsTest {

    @Test
    void given_only_input_and_output_when_parsed_then_the_defaults_are_batch_dutch_and_errors_beside_the_output() {
        JobOptions options = JobOptions.parse(List.of("--input", "cases.jsonl", "--output", "out"));

        assertThat(options.mode()).isEqualTo(RuntimeExecutionMode.BATCH);
        assertThat(options.language()).isEqualTo("nl");
        assertThat(options.errors()).isEqualTo("out/errors");
        assertThat(options.parallelism()).isNull();
        assertThat(options.impact()).isFalse();
        assertThat(options.pins()).isEmpty();
        assertThat(options.interval()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void given_every_option_when_parsed_then_each_is_kept() {
        JobOptions options = JobOptions.parse(List.of("--input", "in", "--output", "out", "--errors", "bad",
                "--lang", "en", "--mode", "streaming", "--parallelism", "4", "--interval", "3",
                "--pin", "2021-02-18=sha256:ab", "--pin", "2022-02-15 = sha256:cd"));

        assertThat(options.errors()).isEqualTo("bad");
        assertThat(options.language()).isEqualTo("en");
        assertThat(options.mode()).isEqualTo(RuntimeExecutionMode.STREAMING);
        assertThat(options.parallelism()).isEqualTo(4);
        assertThat(options.interval()).isEqualTo(Duration.ofSeconds(3));
        assertThat(options.pins()).containsExactly(Map.entry("2021-02-18", "sha256:ab"), Map.entry("2022-02-15", "sha256:cd"));
    }

    @Test
    void given_policies_when_parsed_then_each_jar_is_kept_in_order() {
        JobOptions options = JobOptions.parse(List.of("--input", "cases.jsonl", "--output", "out",
                "--policy", "a.jar", "--policy", "b.jar"));

        assertThat(options.policies()).containsExactly("a.jar", "b.jar");
        assertThat(JobOptions.USAGE).contains("--policy PATH.jar");
    }

    @Test
    void given_from_and_to_when_parsed_then_it_is_impact_mode() {
        JobOptions options = JobOptions.parse(List.of("--input", "in", "--output", "out",
                "--from", "2021-02-18", "--to", "2022-02-15"));

        assertThat(options.impact()).isTrue();
        assertThat(options.from()).isEqualTo("2021-02-18");
        assertThat(options.to()).isEqualTo("2022-02-15");
    }

    @Test
    void given_help_when_parsed_then_there_are_no_options_to_run_with() {
        assertThat(JobOptions.parse(List.of("--input", "in", "--help"))).isNull();
    }

    @Test
    void given_wrong_options_when_parsed_then_the_message_names_what_is_wrong() {
        assertRefused(List.of("--output", "out"), "--input PATH is required");
        assertRefused(List.of("--input", "in"), "--output DIR is required");
        assertRefused(List.of("--input", "in", "--output", "out", "--lang", "de"), "--lang must be nl or en, not de");
        assertRefused(List.of("--input", "in", "--output", "out", "--mode", "fast"), "--mode must be batch or streaming");
        assertRefused(List.of("--input", "in", "--output", "out", "--parallelism", "0"), "--parallelism must be a whole number above 0");
        assertRefused(List.of("--input", "in", "--output", "out", "--parallelism", "two"), "--parallelism must be a whole number above 0");
        assertRefused(List.of("--input", "in", "--output", "out", "--pin", "2021-02-18"), "is not ID=FINGERPRINT");
        assertRefused(List.of("--input", "in", "--output", "out", "--pin", "a=x", "--pin", "a=y"), "two different fingerprints");
        assertRefused(List.of("--input", "in", "--output", "out", "--from", "2021-02-18"), "needs both --from and --to");
        assertRefused(List.of("--input", "in", "--output", "out", "--from", "a", "--to", "b", "--mode", "streaming"),
                "batch mode only");
        assertRefused(List.of("--input", "in", "--output", "out", "--verbose", "yes"), "unknown option: --verbose");
        assertRefused(List.of("--input", "in", "--output"), "--output needs a value");
    }

    private static void assertRefused(List<String> args, String message) {
        assertThatThrownBy(() -> JobOptions.parse(args))
                .isInstanceOf(JobOptions.UsageException.class)
                .hasMessageContaining(message);
    }
}
