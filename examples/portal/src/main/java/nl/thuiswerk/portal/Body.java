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
 */
final class Body implements Runnable {

    private final Request request;
    private final int max;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();

    private Body(Request request, int max) {
        this.request = request;
        this.max = max;
    }

    static CompletableFuture<byte[]> read(Request request, int max) {
        Body body = new Body(request, max);
        body.run();
        return body.result;
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
                    result.completeExceptionally(chunk.getFailure());
                    return;
                }
                ByteBuffer buffer = chunk.getByteBuffer();
                if (bytes.size() + buffer.remaining() > max) {
                    result.completeExceptionally(new TooLarge());
                    return;
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
