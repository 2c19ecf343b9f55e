package nl.thuiswerk.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;

/**
 * The {@code 12000 cases, 45000/s} line of a batch, rewritten in place with {@code \r}. Redrawn a few times a
 * second at most, because a terminal that is written to for every case slows the batch down.
 */
final class Progress {

    private static final long REDRAW_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final PrintWriter out;
    private final long started;
    private long lastDrawn;
    private long cases;
    private int lastLength;

    private Progress(PrintWriter out) {
        this.out = out;
        this.started = System.nanoTime();
        this.lastDrawn = started;
    }

    static Progress on(PrintWriter out) {
        return new Progress(out);
    }

    static Progress off() {
        return new Progress(null);
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
        String text = cases + (cases == 1 ? " case, " : " cases, ") + perSecond + "/s";
        // a rate that got shorter would leave the end of the longer one behind on the screen
        out.print("\r" + text + " ".repeat(Math.max(0, lastLength - text.length())));
        lastLength = text.length();
        out.flush();
    }
}
