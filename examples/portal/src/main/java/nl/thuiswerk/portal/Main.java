package nl.thuiswerk.portal;

import nl.thuiswerk.HomeWorkingAdvisor;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.time.Duration;

/**
 * Starts the portal on localhost: {@code java -jar examples/portal/target/thuiswerk-portal.jar [--port N] [...]}.
 * It runs until stopped (Ctrl+C).
 */
public final class Main {

    static final int DEFAULT_PORT = PortalSettings.DEFAULT_PORT;

    static final String USAGE = """
            Usage: java -jar thuiswerk-portal.jar [options]
              --port N                the port on localhost to listen on (default 8080; 0 picks a free one)
              --allowed-host NAME     a host name the Host header may carry besides localhost, 127.0.0.1 and [::1],
                                      e.g. the name of a reverse proxy in front of the portal (may be repeated)
              --max-connections N     open connections at most; more wait until one closes (default 64)
              --idle-timeout S        seconds a connection may stay silent (default 30)
              --request-timeout S     seconds a request may take to arrive whole, from its first byte (default 10)
              --max-header-bytes N    the request line and headers at most (default 8192)
              --threads N             the HTTP server's threads at most (default 16)
              --policy PATH.jar       an employer's policy the page offers to choose (docs/policies.md; may be repeated)
              --help                  this text""";

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
            Portal portal = start(options.settings(), options.policies(), System.out);
            Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "portal-stop"));
            // the server's own threads keep the JVM running once main returns
        } catch (BindException e) {
            System.err.println("Port " + options.settings().port() + " on localhost is in use; start the portal with "
                    + "--port and another number, or --port 0 for any free port.");
            System.exit(1);
        } catch (IOException | IllegalStateException e) {
            System.err.println("The portal could not start: " + e.getMessage());
            System.exit(1);
        }
    }

    static Portal start(int port, PrintStream out) throws IOException {
        return start(PortalSettings.defaults().withPort(port), out);
    }

    /** Loads every rule-set version first, so the first person to ask waits no longer than the rest. */
    static Portal start(PortalSettings settings, PrintStream out) throws IOException {
        return start(settings, java.util.List.of(), out);
    }

    /** With employers' policies from their jars, which the page offers to choose from. */
    static Portal start(PortalSettings settings, java.util.List<java.nio.file.Path> policies, PrintStream out)
            throws IOException {
        HomeWorkingAdvisor.Builder builder = HomeWorkingAdvisor.builder().loadAllVersionsAtStart();
        policies.forEach(builder::policy);
        HomeWorkingAdvisor advisor = builder.build();
        Portal portal = Portal.start(advisor, settings);
        out.println("thuiswerk portal: " + portal.uri() + "   (Ctrl+C stops it)");
        return portal;
    }

    /** The command line's options. */
    record Options(PortalSettings settings, boolean help, java.util.List<java.nio.file.Path> policies) {

        Options(PortalSettings settings, boolean help) {
            this(settings, help, java.util.List.of());
        }


        /** @throws IllegalArgumentException with a message for the user, for anything but the options above */
        static Options parse(String... args) {
            PortalSettings settings = PortalSettings.defaults();
            boolean help = false;
            java.util.List<java.nio.file.Path> policies = new java.util.ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    help = true;
                    continue;
                }
                String name = arg;
                String value;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                } else if (isOption(arg)) {
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException("Unknown option: " + arg);
                }
                if (name.equals("--policy")) {
                    policies.add(java.nio.file.Path.of(value));
                    continue;
                }
                settings = switch (name) {
                    case "--port" -> settings.withPort(number(name, value, 0, 65_535));
                    case "--allowed-host" -> withHost(settings, value);
                    case "--max-connections" -> settings.withMaxConnections(
                            number(name, value, 1, PortalSettings.MAX_CONNECTIONS_LIMIT));
                    case "--idle-timeout" -> settings.withIdleTimeout(seconds(name, value));
                    case "--request-timeout" -> settings.withRequestTimeout(seconds(name, value));
                    case "--max-header-bytes" -> settings.withMaxHeaderBytes(number(name, value,
                            PortalSettings.MIN_HEADER_BYTES, PortalSettings.MAX_HEADER_BYTES_LIMIT));
                    case "--threads" -> settings.withThreads(number(name, value, PortalSettings.MIN_THREADS,
                            PortalSettings.MAX_THREADS));
                    default -> throw new IllegalArgumentException("Unknown option: " + name);
                };
            }
            return new Options(settings, help, java.util.List.copyOf(policies));
        }

        private static boolean isOption(String arg) {
            return switch (arg) {
                case "--port", "--allowed-host", "--max-connections", "--idle-timeout", "--request-timeout",
                        "--max-header-bytes", "--threads", "--policy" -> true;
                default -> false;
            };
        }

        private static PortalSettings withHost(PortalSettings settings, String value) {
            try {
                return settings.withAllowedHost(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--allowed-host: " + e.getMessage());
            }
        }

        private static Duration seconds(String name, String value) {
            return Duration.ofSeconds(number(name, value, 1, (int) PortalSettings.MAX_TIMEOUT.toSeconds()));
        }

        private static int number(String name, String value, int min, int max) {
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException notANumber) {
                // answered below, as any other value out of range
            }
            throw new IllegalArgumentException(name + " must be a number from " + min + " to " + max + ", not " + value);
        }
    }
}
