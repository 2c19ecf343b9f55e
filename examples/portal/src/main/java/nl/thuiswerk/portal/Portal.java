package nl.thuiswerk.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import nl.thuiswerk.HomeWorkingAdvisor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;

/**
 * The employer portal: the questionnaire page, and {@code POST /api/decisions}, which decides a case in-process
 * with one shared {@link HomeWorkingAdvisor} over the JSON contract.
 *
 * <p>It listens on the loopback address only: it is a portal for the person at this machine, with no accounts,
 * so nobody else on the network should reach the health data typed into it.
 *
 * <pre>{@code
 * try (Portal portal = Portal.start(HomeWorkingAdvisor.create(), 8080)) {
 *     System.out.println(portal.uri());
 * }
 * }</pre>
 */
public final class Portal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Portal.class);

    /**
     * The JDK's HTTP server writes each request line, query string and all, to this logger at DEBUG. The page
     * never puts case data in a URL and the endpoint refuses it, but a careless client could still send the
     * company doctor's advice there; pinned to WARNING here so that no logging configuration turns that line on.
     * Held in a field because java.util.logging keeps loggers only weakly, and would forget the level.
     */
    private static final java.util.logging.Logger JDK_HTTP_SERVER_LOG = quietJdkHttpServer();

    /** Enough for a handful of people deciding at once on a two-core machine; a decision takes milliseconds. */
    private static final int THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private final HttpServer server;
    private final ExecutorService workers;

    private Portal(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /**
     * Starts the portal on localhost.
     *
     * @param advisor the advisor every request shares (it is thread-safe)
     * @param port    the port, or 0 for any free one ({@link #port()} tells which)
     * @throws IOException when the port cannot be bound, e.g. because it is in use
     */
    public static Portal start(HomeWorkingAdvisor advisor, int port) throws IOException {
        return start(advisor::decide, port);
    }

    static Portal start(DecisionsEndpoint.Decider decider, int port) throws IOException {
        StaticFiles page = StaticFiles.load();
        DecisionsEndpoint decisions = new DecisionsEndpoint(decider);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService workers = Executors.newFixedThreadPool(THREADS, new WorkerThreads());
        server.createContext("/", exchange -> route(exchange, page, decisions));
        server.setExecutor(workers);
        server.start();
        Portal portal = new Portal(server, workers);
        LOG.info("thuiswerk portal listening on {}", portal.uri());
        return portal;
    }

    /** The address to open in a browser, e.g. {@code http://localhost:8080/}. */
    public URI uri() {
        return URI.create("http://localhost:" + port() + "/");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops at once: requests still running are cut off, which is fine for a page that only asks and answers. */
    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private static void route(HttpExchange exchange, StaticFiles page, DecisionsEndpoint decisions) throws IOException {
        try (exchange) {
            try {
                String path = exchange.getRequestURI().getRawPath();
                if (DecisionsEndpoint.PATH.equals(path)) {
                    decisions.handle(exchange);
                } else if (path.startsWith("/api/")) {
                    Responses.error(exchange, 404, "NOT_FOUND", "there is no such endpoint; cases go to POST "
                            + DecisionsEndpoint.PATH);
                } else {
                    page.handle(exchange);
                }
            } catch (RuntimeException defect) {
                // left to the JDK's server, the client would get a dropped connection and no answer at all
                LOG.error("a defect stopped a request; its messages are left out of this log: {}",
                        DecisionsEndpoint.withoutMessages(defect));
                if (exchange.getResponseCode() == -1) {
                    Responses.error(exchange, 500, "INTERNAL_ERROR",
                            "the portal failed because of a defect of its own");
                }
            }
        }
    }

    private static java.util.logging.Logger quietJdkHttpServer() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("com.sun.net.httpserver");
        logger.setLevel(Level.WARNING);
        return logger;
    }

    /** Daemon threads with a name that says whose they are in a thread dump. */
    private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "portal-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
