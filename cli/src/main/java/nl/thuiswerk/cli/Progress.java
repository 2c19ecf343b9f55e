package nl.thuiswerk.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;

/**
 * The {@code 12000 cases, 45000/s, 1 min 20 s left} line of a batch, rewritten in place with {@code \r}. Redrawn a
 * few times a second at most, because a terminal that is written to for every case slows the batch down. The time
 * left is known only for a file: the characters read so far against its size (a byte is a character for the ASCII
 * most cases are written in, so it is an estimate).
 */
final class Progress {

    private static final long REDRAW_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final PrintWriter out;
    private final long size;
    private final long started;
    private long read;
    private long lastDrawn;
    private long cases;
    private int lastLength;

    private Progress(PrintWriter out, long size) {
        this.out = out;
        this.size = size;
        this.started = System.nanoTime();
        this.lastDrawn = started;
    }

    /** @param size the input's size in bytes, or -1 when it is not known (stdin) */
    static Progress on(PrintWriter out, long size) {
        return new Progress(out, size);
    }

    static Progress off() {
        return new Progress(null, -1);
    }

    /** A line of the given length was read, with its line break. */
    void lineRead(int chars) {
        read += chars + 1;
    }

    void caseDone() {
        cases++;
        if (out == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDrawn >= REDRAW_EVERY_NANOS) {
            draw(now);
        }
    }

    void finish() {
        if (out == null) {
            return;
        }
        draw(System.nanoTime());
        out.print('\n');
        out.flush();
    }

    private void draw(long now) {
        lastDrawn = now;
        long elapsed = Math.max(now - started, 1);
        long perSecond = Math.round(cases * (double) TimeUnit.SECONDS.toNanos(1) / elapsed);
        String text = cases + (cases == 1 ? " case, " : " cases, ") + perSecond + "/s" + left(elapsed);
        // a rate that got shorter would leave the end of the longer one behind on the screen
        out.print("\r" + text + " ".repeat(Math.max(0, lastLength - text.length())));
        lastLength = text.length();
        out.flush();
    }

    private String left(long elapsed) {
        if (size <= 0 || read == 0 || read >= size) {
            return "";
        }
        long seconds = Math.round((size - read) * (elapsed / 1e9) / read);
        return seconds < 60 ? ", " + seconds + " s left" : ", " + seconds / 60 + " min " + seconds % 60 + " s left";
    }
}
