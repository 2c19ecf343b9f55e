package nl.thuiswerk.cli;

import nl.thuiswerk.HomeWorkingAdvisor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs the real command line in-process on captured streams. One advisor serves every test that pins nothing;
 * a run with {@code --pin} gets an advisor of its own from the library's factory, so the pins are really checked.
 */
final class CliRunner {

    static final Path EXAMPLES = Path.of("..", "examples", "cases", "cases.jsonl");

    private static HomeWorkingAdvisor advisor;

    record Run(int exitCode, byte[] stdoutBytes, String stderr) {

        Run withStdout(byte[] bytes) {
            return new Run(exitCode, bytes, stderr);
        }

        String stdout() {
            return new String(stdoutBytes, StandardCharsets.UTF_8);
        }

        /** The output split at {@code \n} only, so a stray {@code \r} would show up in a line. */
        List<String> lines() {
            String out = stdout();
            if (out.isEmpty()) {
                return List.of();
            }
            return List.of(out.substring(0, out.length() - (out.endsWith("\n") ? 1 : 0)).split("\n", -1));
        }
    }

    private CliRunner() {
    }

    static Run run(String... args) {
        return run(new byte[0], Terminals.NONE, args);
    }

    static Run runWithStdin(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), Terminals.NONE, args);
    }

    static Run run(byte[] stdin, Terminals terminals, String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        return run(stdin, stdout, terminals, args).withStdout(stdout.toByteArray());
    }

    /** With stdout going somewhere of the test's choosing; the run's own stdout is then empty. */
    static Run run(byte[] stdin, OutputStream stdout, Terminals terminals, String... args) {
        StringWriter stderr = new StringWriter();
        Environment environment = new Environment(new ByteArrayInputStream(stdin), stdout,
                new PrintWriter(stderr, true), FACTORY, terminals);
        int exitCode = Cli.commandLine(environment, args).execute(args);
        return new Run(exitCode, new byte[0], stderr.toString());
    }

    /** The shared advisor without pins or policies; the library's own factory with them. */
    private static final AdvisorFactory FACTORY = new AdvisorFactory() {
        @Override
        public HomeWorkingAdvisor create(Map<String, String> pins) {
            return advisorFor(pins);
        }

        @Override
        public HomeWorkingAdvisor create(Map<String, String> pins, java.util.List<Path> policies) {
            return policies.isEmpty() ? advisorFor(pins) : AdvisorFactory.LIBRARY.create(pins, policies);
        }
    };

    private static HomeWorkingAdvisor advisorFor(Map<String, String> pins) {
        return pins.isEmpty() ? advisor() : AdvisorFactory.LIBRARY.create(pins);
    }

    /** The advisor the runs without pins use, for tests that compare the output with the library's own. */
    static synchronized HomeWorkingAdvisor advisor() {
        if (advisor == null) {
            advisor = HomeWorkingAdvisor.create();
        }
        return advisor;
    }
}
