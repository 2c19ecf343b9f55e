package nl.thuiswerk.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;

/** Starts the command line on the process's own streams and exits with the command's code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter stderr = new PrintWriter(System.err, true);
        int exitCode;
        try {
            // the raw descriptor rather than System.out: a PrintStream swallows write errors, and a full disk
            // or a closed pipe must end the run with exit code 2, not with silently missing answers
            Environment environment = new Environment(System.in, new FileOutputStream(FileDescriptor.out), stderr,
                    AdvisorFactory.LIBRARY, Terminals.detect());
            exitCode = Cli.commandLine(environment, args).execute(args);
        } catch (Throwable t) {
            // last resort for errors picocli does not hand to its handler (stack overflow, out of memory):
            // the user still gets one line, not a stack trace
            stderr.println("thuiswerk: " + Failure.describe(t));
            exitCode = ExitCode.USAGE_OR_FILES;
        }
        stderr.flush();
        System.exit(exitCode);
    }
}
