package nl.thuiswerk.portal;

import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A request must arrive whole within the request time, counted from its first byte. Jetty's idle timeout alone
 * does not bound that: a client that sends one byte a second is never idle, and could take hours over a request.
 *
 * <p>Jetty calls the portal only once a request's headers are in, so headers still arriving are checked here: every
 * so often each connection's parser is asked whether it is inside a request's headers and since when, and a
 * connection past its time is closed (there is no request yet to answer). A body still arriving at that time has
 * been answered 408 by {@link DecisionsEndpoint}; should one still be arriving a little later (an answer that
 * never read it), its connection is closed here too.
 *
 * <p>The parser is read from the scheduler's thread while the connection's own thread writes it. What is read may
 * be a moment old; a connection is closed only when the parser says a request began more than the request time ago
 * and is still arriving, which a moment's staleness cannot make true of a request that is not.
 */
final class RequestDeadline extends AbstractLifeCycle implements Runnable {

    private final ServerConnector connector;
    private final Scheduler scheduler;
    private final long timeoutNanos;
    private final long periodMillis;
    private volatile Scheduler.Task next;

    RequestDeadline(ServerConnector connector, Scheduler scheduler, Duration requestTimeout) {
        this.connector = connector;
        this.scheduler = scheduler;
        this.timeoutNanos = requestTimeout.toNanos();
        // often enough that a request is cut off well within a second of its time, for any request time
        this.periodMillis = Math.max(50, Math.min(1000, requestTimeout.toMillis() / 4));
    }

    @Override
    protected void doStart() {
        next = scheduler.schedule(this, periodMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        Scheduler.Task task = next;
        if (task != null) {
            task.cancel();
        }
    }

    @Override
    public void run() {
        try {
            for (EndPoint endPoint : connector.getConnectedEndPoints()) {
                if (endPoint.getConnection() instanceof HttpConnection http && overdue(http.getParser())) {
                    endPoint.close(new TimeoutException("the request did not arrive within the request time"));
                }
            }
        } finally {
            if (isRunning()) {
                next = scheduler.schedule(this, periodMillis, TimeUnit.MILLISECONDS);
            }
        }
    }

    private boolean overdue(HttpParser parser) {
        long begin = parser.getBeginNanoTime();
        if (begin == Long.MIN_VALUE) {
            return false; // between requests: the idle timeout's business
        }
        long age = NanoTime.since(begin);
        if (parser.inHeaderState() && !parser.isStart()) {
            return age > timeoutNanos;
        }
        // the endpoint answers a late body itself; this only catches a body nobody reads any more
        return parser.inContentState() && age > timeoutNanos + TimeUnit.MILLISECONDS.toNanos(4 * periodMillis);
    }
}
