package nl.thuiswerk.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

    @Test
    void prints_the_library_version() {
        // given the built command line
        // when asked for its version
        CliRunner.Run run = CliRunner.run("--version");

        // then it names the version the build filtered in
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.stdout()).matches("thuiswerk \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    }

    @Test
    void prints_usage_for_each_command() {
        // given each command
        for (String command : new String[] {"decide", "explain", "verify", "batch", "rulesets", "trace", "diff"}) {
            // when asked for help
            CliRunner.Run run = CliRunner.run(command, "--help");

            // then its usage comes on stdout
            assertThat(run.exitCode()).isEqualTo(0);
            assertThat(run.stdout()).contains("Usage: thuiswerk " + command);
        }
    }

    @Test
    void without_a_command_is_wrong_usage() {
        // given no command
        // when run
        CliRunner.Run run = CliRunner.run();

        // then the usage is shown on stderr with exit code 2
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("Usage: thuiswerk");
    }

    @Test
    void an_unknown_option_is_wrong_usage() {
        // given an option no command has
        // when run
        CliRunner.Run run = CliRunner.run("batch", "--fast", CliRunner.EXAMPLES.toString());

        // then it is refused with exit code 2 and nothing is decided
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("--fast");
    }
}
