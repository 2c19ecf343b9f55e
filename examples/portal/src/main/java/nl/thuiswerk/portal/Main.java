package nl.thuiswerk.portal;

import nl.thuiswerk.HomeWorkingAdvisor;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;

/**
 * Starts the portal on localhost: {@code java -jar examples/portal/target/thuiswerk-portal.jar [--port N]}.
 * It runs until stopped (Ctrl+C).
 */
public final class Main {

    static final int DEFAULT_PORT = 8080;

    static final String USAGE = """
            Usage: java -jar thuiswerk-portal.jar [--port N]
              --port N   the port on localhost to listen on (default 8080; 0 picks a free one)
              --help     this text""";

    private Main() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(USAGE);
            return;
        }
        try {
            Portal portal = start(options.port(), System.out);
            Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "portal-stop"));
            // the server's own dispatcher thread keeps the JVM running once main returns
        } catch (BindException e) {
            System.err.println("Port " + options.port() + " on localhost is in use; start the portal with --port and "
                    + "another number, or --port 0 for any free port.");
            System.exit(1);
        } catch (IOException e) {
            System.err.println("The portal could not start: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Loads every rule-set version first, so the first person to ask waits no longer than the rest. */
    static Portal start(int port, PrintStream out) throws IOException {
        HomeWorkingAdvisor advisor = HomeWorkingAdvisor.builder().loadAllVersionsAtStart().build();
        Portal portal = Portal.start(advisor, port);
        out.println("thuiswerk portal: " + portal.uri() + "   (Ctrl+C stops it)");
        return portal;
    }

    /** The command line's options. */
    record Options(int port, boolean help) {

        /** @throws IllegalArgumentException with a message for the user, for anything but the options above */
        static Options parse(String... args) {
            int port = DEFAULT_PORT;
            boolean help = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    help = true;
                } else if (arg.equals("--port")) {
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException("--port needs a number");
                    }
                    port = port(args[++i]);
                } else if (arg.startsWith("--port=")) {
                    port = port(arg.substring("--port=".length()));
                } else {
                    throw new IllegalArgumentException("Unknown option: " + arg);
                }
            }
            return new Options(port, help);
        }

        private static int port(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 0 && port <= 65_535) {
                    return port;
                }
            } catch (NumberFormatException notANumber) {
                // answered below, as any other value out of range
            }
            throw new IllegalArgumentException("--port must be a number from 0 to 65535, not " + value);
        }
    }
}
