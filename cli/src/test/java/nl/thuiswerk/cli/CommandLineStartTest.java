package nl.thuiswerk.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that names a command builds only that command (a faster start); what the user sees of it is the same as with
 * every command built.
 */
class CommandLineStartTest {

    private static final List<String> COMMANDS = List.of("decide", "explain", "verify", "batch", "rulesets", "trace",
            "diff");

    @Test
    void each_commands_help_usage_errors_and_version_are_the_same_when_only_it_is_built() {
        for (String command : COMMANDS) {
            for (String[] args : List.of(new String[] {command, "--help"}, new String[] {command, "--no-such-option"},
                    new String[] {command}, new String[] {command, "--version"})) {
                // when the command runs as the launcher runs it, and with every command built
                String[] alone = run(args, true);
                String[] all = run(args, false);

                // then exit code, stdout and stderr are the same
                assertThat(alone).as(String.join(" ", args)).containsExactly(all);
            }
        }
    }

    @Test
    void without_a_command_every_command_is_listed() {
        String[] usage = run(new String[] {"--help"}, true);
        for (String command : COMMANDS) {
            assertThat(usage[1]).contains(command);
        }
        assertThat(usage[1]).contains("help");
        assertThat(run(new String[] {"help", "batch"}, true)).containsExactly(run(new String[] {"help", "batch"}, false));
    }

    /** Exit code, stdout and stderr of a run; {@code named}: built as for the arguments, else with every command. */
    private static String[] run(String[] args, boolean named) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        StringWriter stderr = new StringWriter();
        Environment environment = new Environment(new ByteArrayInputStream(new byte[0]), stdout,
                new PrintWriter(stderr, true), pins -> CliRunner.advisor(), Terminals.NONE);
        int exit = (named ? Cli.commandLine(environment, args) : Cli.commandLine(environment)).execute(args);
        return new String[] {Integer.toString(exit), stdout.toString(StandardCharsets.UTF_8), stderr.toString()};
    }
}
