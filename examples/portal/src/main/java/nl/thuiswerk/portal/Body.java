package nl.thuiswerk.portal;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/**
 * A request's body, read as its bytes arrive: Jetty calls back when there is more, so no thread waits for a slow
 * client. At most a given number of bytes; more fails the read with {@link TooLarge}, whatever the request said its
 * length would be.
 *
 * <p>A body that is too large is still read to its end, up to a second, larger limit, and thrown away. A server that
 * answers and closes while the client's bytes are still arriving makes its TCP stack reset the connection, and the
 * reset can reach the client before the answer does: the client then sees a broken connection instead of 413.
 */
final class Body implements Runnable {

    private final Request request;
    private final int max;
    private final long discardMax;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private long discarded;
    private volatile boolean exceeded;

    private Body(Request request, int max, long discardMax, boolean exceeded) {
        this.request = request;
        this.max = max;
        this.discardMax = discardMax;
        this.exceeded = exceeded;
    }

    /** Reads at most {@code max} bytes; a longer body is read on, up to {@code discardMax} bytes, and refused. */
    static Body read(Request request, int max, long discardMax) {
        Body body = new Body(request, max, discardMax, false);
        body.run();
        return body;
    }

    /** Reads a body already known to be too large to its end, at most {@code discardMax} bytes, and refuses it. */
    static Body discard(Request request, long discardMax) {
        Body body = new Body(request, 0, discardMax, true);
        body.run();
        return body;
    }

    /** The body's bytes, or {@link TooLarge} once the body was read to its end or to the second limit. */
    CompletableFuture<byte[]> bytes() {
        return result;
    }

    /** Whether the body was found too large, also when the read ran out of time while discarding the rest. */
    boolean exceeded() {
        return exceeded;
    }

    @Override
    public void run() {
        while (!result.isDone()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            try {
                if (Content.Chunk.isFailure(chunk)) {
                    result.completeExceptionally(exceeded ? new TooLarge() : chunk.getFailure());
                    return;
                }
                ByteBuffer buffer = chunk.getByteBuffer();
                if (!exceeded && bytes.size() + buffer.remaining() > max) {
                    exceeded = true;
                    bytes.reset();
                }
                if (exceeded) {
                    discarded += buffer.remaining();
                    buffer.position(buffer.limit());
                    if (chunk.isLast() || discarded > discardMax) {
                        result.completeExceptionally(new TooLarge());
                    }
                    continue;
                }
                byte[] part = new byte[buffer.remaining()];
                buffer.get(part);
                bytes.writeBytes(part);
                if (chunk.isLast()) {
                    result.complete(bytes.toByteArray());
                }
            } finally {
                chunk.release();
            }
        }
    }

    /** More bytes than the portal takes. No message and no stack: it says nothing about what was sent. */
    static final class TooLarge extends Exception {

        TooLarge() {
            super(null, null, false, false);
        }
    }
}
