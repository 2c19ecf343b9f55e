package nl.thuiswerk.portal;

import nl.thuiswerk.HomeWorkingAdvisor;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.util.Collection;
import java.util.List;

/**
 * The employer portal: the questionnaire page, and {@code POST /api/decisions}, which decides a case in-process
 * with one shared {@link HomeWorkingAdvisor} over the JSON contract. Served by embedded Jetty, with the limits of
 * {@link PortalSettings}: slow or many clients are cut off or held back, never given the threads that answer the
 * others.
 *
 * <p>It listens on the loopback address only: it is a portal for the person at this machine, with no accounts,
 * so nobody else on the network should reach the health data typed into it. And it answers only requests that
 * name it by one of its {@link PortalSettings#allowedHosts() host names}, so no other web site can reach it
 * through that person's browser.
 *
 * <pre>{@code
 * try (Portal portal = Portal.start(HomeWorkingAdvisor.create(), PortalSettings.defaults().withPort(8080))) {
 *     System.out.println(portal.uri());
 * }
 * }</pre>
 */
public final class Portal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Portal.class);

    private final Server server;
    private final ServerConnector connector;

    private Portal(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts the portal on localhost with the default limits.
     *
     * @param advisor the advisor every request shares (it is thread-safe)
     * @param port    the port, or 0 for any free one ({@link #port()} tells which)
     * @throws IOException when the port cannot be bound, e.g. because it is in use ({@link BindException})
     */
    public static Portal start(HomeWorkingAdvisor advisor, int port) throws IOException {
        return start(advisor, PortalSettings.defaults().withPort(port));
    }

    /**
     * Starts the portal on localhost.
     *
     * @param advisor  the advisor every request shares (it is thread-safe)
     * @param settings the port, the host names to answer to and the limits
     * @throws IOException when the port cannot be bound, e.g. because it is in use ({@link BindException})
     */
    public static Portal start(HomeWorkingAdvisor advisor, PortalSettings settings) throws IOException {
        return start(advisor::decide, advisor::assess, settings, policiesJson(advisor));
    }

    /**
     * The employers' policies the advisor has, for the page to offer: {@code {"policies":[{"id","title","versions":
     * [{"version","validFrom","validTo"}]}]}}; the title of each policy is the title of its latest version.
     */
    static String policiesJson(HomeWorkingAdvisor advisor) {
        java.util.Map<String, java.util.List<nl.thuiswerk.PolicyInfo>> byId = new java.util.LinkedHashMap<>();
        advisor.policies().forEach(p -> byId.computeIfAbsent(p.id(), k -> new java.util.ArrayList<>()).add(p));
        StringBuilder json = new StringBuilder("{\"policies\":[");
        boolean first = true;
        for (var e : byId.entrySet()) {
            json.append(first ? "" : ",").append("{\"id\":").append(Responses.quoted(e.getKey()))
                    .append(",\"title\":").append(Responses.quoted(e.getValue().get(e.getValue().size() - 1).title()))
                    .append(",\"versions\":[");
            for (int i = 0; i < e.getValue().size(); i++) {
                nl.thuiswerk.PolicyInfo v = e.getValue().get(i);
                json.append(i == 0 ? "" : ",").append("{\"version\":").append(Responses.quoted(v.version()))
                        .append(",\"validFrom\":\"").append(v.validFrom()).append("\",\"validTo\":")
                        .append(v.validTo() == null ? "null" : "\"" + v.validTo() + "\"").append('}');
            }
            json.append("]}");
            first = false;
        }
        return json.append("]}").toString();
    }

    static Portal start(DecisionsEndpoint.Decider decider, int port) throws IOException {
        return start(decider, PortalSettings.defaults().withPort(port));
    }

    static Portal start(DecisionsEndpoint.Decider decider, PortalSettings settings) throws IOException {
        return start(decider, null, settings, "{\"policies\":[]}");
    }

    /**
     * @param assessor assesses requests at {@code POST /api/assessments}; null for a portal of cases only
     * @param policies the employers' policies the page offers, as {@link #policiesJson(HomeWorkingAdvisor)} gives them
     */
    static Portal start(DecisionsEndpoint.Decider decider, DecisionsEndpoint.Assessor assessor, PortalSettings settings,
                        String policies)
            throws IOException {
        // before Jetty's first class makes its first logger: Jetty's DEBUG lines print the bytes of requests
        JettyLogs.quiet();
        JettyLogs.requireQuiet(LoggerFactory::getLogger);

        QueuedThreadPool threads = new QueuedThreadPool(settings.threads(), Math.min(4, settings.threads()));
        threads.setName("portal-http");
        Server server = new Server(threads);
        // stopping cuts requests still running off, which is fine for a page that only asks and answers
        server.setStopTimeout(0);

        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(settings.maxHeaderBytes());
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // one acceptor and one selector: a portal for the people of one office, on a machine of a few cores
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        connector.setPort(settings.port());
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        // an answer goes out as soon as it is written: without this, a keep-alive request waits for the client's
        // delayed acknowledgement (some 40 ms) whenever the headers and the body leave in separate packets
        connector.setAcceptedTcpNoDelay(true);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(settings.maxConnections(), connector));
        server.addBean(new RequestDeadline(connector, server.getScheduler(), settings.requestTimeout()));

        server.setErrorHandler(new PortalErrors());
        server.setHandler(new Routes(settings, StaticFiles.load(),
                new DecisionsEndpoint(decider, settings.requestTimeout()),
                assessor == null ? null : new DecisionsEndpoint(assessor, settings.requestTimeout()), policies));
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            // Jetty wraps the JDK's BindException; the caller is told the port is in use as the JDK tells it
            if (e.getCause() instanceof BindException bind) {
                throw bind;
            }
            throw e;
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException("the portal's HTTP server did not start", e);
        }
        Portal portal = new Portal(server, connector);
        LOG.info("thuiswerk portal listening on {}", portal.uri());
        return portal;
    }

    /** The address to open in a browser, e.g. {@code http://localhost:8080/}. */
    public URI uri() {
        return URI.create("http://localhost:" + port() + "/");
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The connections open now, as the server holds them; for the tests of the socket options. */
    Collection<EndPoint> connections() {
        return List.copyOf(connector.getConnectedEndPoints());
    }

    /** Stops at once: requests still running are cut off, which is fine for a page that only asks and answers. */
    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping is best effort; its failure says nothing about a request, and nothing of one is logged
            LOG.warn("the portal's HTTP server did not stop cleanly: {}", e.getClass().getName());
        }
    }

    /** The employers' policies the portal decides with, for the page's choice. */
    static final String POLICIES = "/api/policies";

    /** The Host check, then the endpoint or the page. */
    private static final class Routes extends Handler.Abstract {

        private final PortalSettings settings;
        private final StaticFiles page;
        private final DecisionsEndpoint decisions;
        private final DecisionsEndpoint assessments;
        private final String policies;

        Routes(PortalSettings settings, StaticFiles page, DecisionsEndpoint decisions, DecisionsEndpoint assessments,
               String policies) {
            this.settings = settings;
            this.page = page;
            this.decisions = decisions;
            this.assessments = assessments;
            this.policies = policies;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            try {
                if (!settings.allowsHost(Request.getServerName(request))) {
                    // the name is not repeated: a page that tried to reach the portal under its own name learns
                    // nothing from the answer
                    Responses.error(response, callback, 421, "MISDIRECTED_REQUEST", "this portal answers only to "
                            + "the host names it was started with (localhost by default; add one with --allowed-host)");
                    return true;
                }
                String path = Request.getPathInContext(request);
                if (DecisionsEndpoint.PATH.equals(path)) {
                    decisions.handle(request, response, callback);
                } else if (DecisionsEndpoint.ASSESSMENTS_PATH.equals(path) && assessments != null) {
                    assessments.handle(request, response, callback);
                } else if (POLICIES.equals(path) && "GET".equals(request.getMethod())) {
                    // what the page offers to choose from: the employers' policies the portal was started with
                    Responses.json(response, callback, 200, policies);
                } else if (path.startsWith("/api/")) {
                    Responses.error(response, callback, 404, "NOT_FOUND", "there is no such endpoint; cases go to POST "
                            + DecisionsEndpoint.PATH);
                } else {
                    page.handle(request, response, callback);
                }
            } catch (RuntimeException defect) {
                // left to Jetty, the defect's message would be logged, and it could quote the request
                LOG.error("a defect stopped a request; its messages are left out of this log: {}",
                        DecisionsEndpoint.withoutMessages(defect));
                if (!response.isCommitted()) {
                    response.getHeaders().put(HttpHeader.CONNECTION, "close");
                    Responses.error(response, callback, 500, "INTERNAL_ERROR",
                            "the portal failed because of a defect of its own");
                } else {
                    callback.failed(new IOException("the answer was cut off by a defect of the portal"));
                }
            }
            return true;
        }
    }
}
