package nl.thuiswerk.portal;

import org.slf4j.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Jetty logs through SLF4J, and at DEBUG it writes what it parses: request lines with their query strings, header
 * values and the bytes of request bodies, where the company doctor's advice travels. The portal holds Jetty's
 * loggers at WARN, whatever the logging configuration says, as it held the JDK's HTTP server's before.
 */
final class JettyLogs {

    static final String JETTY = "org.eclipse.jetty";

    /**
     * The loggers of the classes that write a request's bytes, headers or URL at DEBUG; a binding that has any of
     * them at DEBUG would leak.
     */
    static final List<String> REVEALING = List.of(JETTY, JETTY + ".http.HttpParser", JETTY + ".http.HttpGenerator",
            JETTY + ".server.internal.HttpConnection", JETTY + ".server.internal.HttpChannelState",
            JETTY + ".server.handler.ErrorHandler", JETTY + ".io.SocketChannelEndPoint",
            JETTY + ".io.AbstractEndPoint", JETTY + ".io.ChannelEndPoint", JETTY + ".io.SelectableChannelEndPoint");

    /** slf4j-simple, the binding the portal ships, takes a logger's level from these keys when the logger is made. */
    private static final String SIMPLE = "org.slf4j.simpleLogger.";
    private static final String SIMPLE_LOG = SIMPLE + "log.";
    private static final Set<String> QUIET = Set.of("warn", "error", "off");

    private JettyLogs() {
    }

    /**
     * Sets Jetty's loggers, and every more particular one configured under them, to WARN in slf4j-simple's
     * configuration, unless they are set quieter. Must run before Jetty's classes make their loggers, i.e. before
     * the first server is made; harmless with any other binding, which {@link #requireQuiet} checks instead.
     */
    static void quiet() {
        Properties file = simpleLoggerFile();
        Set<String> keys = new TreeSet<>();
        keys.add(SIMPLE_LOG + JETTY);
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith(SIMPLE_LOG + JETTY + ".")) {
                keys.add(key);
            }
        }
        for (String key : file.stringPropertyNames()) {
            if (key.startsWith(SIMPLE_LOG + JETTY + ".")) {
                keys.add(key);
            }
        }
        String fallback = level(System.getProperty(SIMPLE + "defaultLogLevel", file.getProperty(SIMPLE
                + "defaultLogLevel", "info")));
        for (String key : keys) {
            String configured = System.getProperty(key, file.getProperty(key));
            String level = configured == null ? fallback : level(configured);
            if (!QUIET.contains(level)) {
                System.setProperty(key, "warn");
            }
        }
    }

    /**
     * @throws IllegalStateException when a Jetty logger that writes request data at DEBUG has DEBUG on, e.g. with a
     *                               binding other than slf4j-simple that is configured so, or a logger made before
     *                               {@link #quiet} ran; the portal does not start then
     */
    static void requireQuiet(Function<String, Logger> loggers) {
        for (String name : REVEALING) {
            if (loggers.apply(name).isDebugEnabled()) {
                throw new IllegalStateException("the portal does not start while " + name + " logs at DEBUG: Jetty "
                        + "then logs the requests' bytes, which may hold the company doctor's advice; set "
                        + JETTY + " to INFO or higher in the logging configuration");
            }
        }
    }

    private static String level(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /** The configuration file slf4j-simple reads, found as it finds it. */
    private static Properties simpleLoggerFile() {
        Properties properties = new Properties();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader != null ? loader.getResourceAsStream("simplelogger.properties")
                : ClassLoader.getSystemResourceAsStream("simplelogger.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
