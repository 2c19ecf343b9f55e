package nl.thuiswerk.portal;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the portal listens and the limits that keep it answering when clients are slow, many or hostile.
 * {@link #defaults()} suits one person's browser on this machine; each {@code with…} method returns a copy with one
 * setting changed.
 *
 * @param port           the port on the loopback address; 0 picks a free one
 * @param allowedHosts   the host names a request's {@code Host} header may name (port aside); any other is refused
 *                       with 421, so a web page whose own name was made to point at this machine (DNS rebinding)
 *                       cannot reach the portal through the visitor's browser
 * @param maxConnections open connections at most; more wait, unaccepted, until one closes
 * @param idleTimeout    a connection on which nothing arrives for this long is closed
 * @param requestTimeout a request must arrive whole, headers and body, within this time from its first byte; a body
 *                       still arriving then is answered 408, headers still arriving get the connection closed
 * @param maxHeaderBytes the request line and headers at most; more is answered 431
 * @param threads        the server's threads at most; a slow client holds none while its request arrives
 */
public record PortalSettings(int port, Set<String> allowedHosts, int maxConnections, Duration idleTimeout,
                             Duration requestTimeout, int maxHeaderBytes, int threads) {

    /** The names of the loopback address, the only address the portal listens on. */
    public static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "[::1]");

    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_MAX_CONNECTIONS = 64;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_HEADER_BYTES = 8 * 1024;
    public static final int DEFAULT_THREADS = 16;

    /** Bounds of each setting; they are what the command line accepts too. */
    static final int MAX_CONNECTIONS_LIMIT = 10_000;
    static final int MIN_HEADER_BYTES = 1024;
    static final int MAX_HEADER_BYTES_LIMIT = 64 * 1024;
    /** The HTTP server needs threads of its own (accepting, selecting) besides those that answer. */
    static final int MIN_THREADS = 8;
    static final int MAX_THREADS = 512;
    static final Duration MAX_TIMEOUT = Duration.ofHours(1);

    /**
     * @throws IllegalArgumentException for a setting out of its bounds, naming the setting
     */
    public PortalSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be from 0 to 65535");
        }
        Set<String> hosts = new LinkedHashSet<>();
        for (String host : allowedHosts) {
            hosts.add(normalHost(host));
        }
        allowedHosts = Set.copyOf(hosts);
        if (allowedHosts.isEmpty()) {
            throw new IllegalArgumentException("allowedHosts must name at least one host");
        }
        if (maxConnections < 1 || maxConnections > MAX_CONNECTIONS_LIMIT) {
            throw new IllegalArgumentException("maxConnections must be from 1 to " + MAX_CONNECTIONS_LIMIT);
        }
        requirePositive("idleTimeout", idleTimeout);
        requirePositive("requestTimeout", requestTimeout);
        if (maxHeaderBytes < MIN_HEADER_BYTES || maxHeaderBytes > MAX_HEADER_BYTES_LIMIT) {
            throw new IllegalArgumentException("maxHeaderBytes must be from " + MIN_HEADER_BYTES + " to "
                    + MAX_HEADER_BYTES_LIMIT);
        }
        if (threads < MIN_THREADS || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be from " + MIN_THREADS + " to " + MAX_THREADS);
        }
    }

    public static PortalSettings defaults() {
        return new PortalSettings(DEFAULT_PORT, Set.copyOf(LOOPBACK_NAMES), DEFAULT_MAX_CONNECTIONS,
                DEFAULT_IDLE_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, DEFAULT_MAX_HEADER_BYTES, DEFAULT_THREADS);
    }

    public PortalSettings withPort(int port) {
        return new PortalSettings(port, allowedHosts, maxConnections, idleTimeout, requestTimeout, maxHeaderBytes,
                threads);
    }

    /** Adds a name the {@code Host} header may carry, e.g. the name of a reverse proxy in front of the portal. */
    public PortalSettings withAllowedHost(String host) {
        Set<String> hosts = new LinkedHashSet<>(allowedHosts);
        hosts.add(host);
        return new PortalSettings(port, hosts, maxConnections, idleTimeout, requestTimeout, maxHeaderBytes, threads);
    }

    public PortalSettings withMaxConnections(int maxConnections) {
        return new PortalSettings(port, allowedHosts, maxConnections, idleTimeout, requestTimeout, maxHeaderBytes,
                threads);
    }

    public PortalSettings withIdleTimeout(Duration idleTimeout) {
        return new PortalSettings(port, allowedHosts, maxConnections, idleTimeout, requestTimeout, maxHeaderBytes,
                threads);
    }

    public PortalSettings withRequestTimeout(Duration requestTimeout) {
        return new PortalSettings(port, allowedHosts, maxConnections, idleTimeout, requestTimeout, maxHeaderBytes,
                threads);
    }

    public PortalSettings withMaxHeaderBytes(int maxHeaderBytes) {
        return new PortalSettings(port, allowedHosts, maxConnections, idleTimeout, requestTimeout, maxHeaderBytes,
                threads);
    }

    public PortalSettings withThreads(int threads) {
        return new PortalSettings(port, allowedHosts, maxConnections, idleTimeout, requestTimeout, maxHeaderBytes,
                threads);
    }

    /** Whether a {@code Host} header's name (without its port) is one the portal answers to. */
    boolean allowsHost(String host) {
        return host != null && allowedHosts.contains(host.toLowerCase(Locale.ROOT));
    }

    /**
     * A host name as the {@code Host} header carries it: lower case, an IPv6 address in brackets, no port. Names are
     * compared, never resolved: resolving is what DNS rebinding abuses.
     */
    private static String normalHost(String host) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("an allowed host must be a host name, not empty");
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.indexOf(':') >= 0 && !name.startsWith("[")) {
            name = "[" + name + "]";
        }
        if (!name.matches("[a-z0-9.\\-]+|\\[[0-9a-f:.]+\\]")) {
            throw new IllegalArgumentException("an allowed host must be a host name or an IP address, without a port");
        }
        return name;
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero() || value.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException(name + " must be more than 0 and at most an hour");
        }
    }
}
