package nl.thuiswerk.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads JSON Lines one line at a time and keeps at most {@link #MAX_LINE_CHARS} + 1 characters of any line, so
 * memory stays flat whatever the input, even a file with no line breaks at all.
 *
 * <p>The library rejects a case far shorter than that limit, so a cut-off line gets the same answer as the
 * whole line would. A line ends at {@code \n}; a {@code \r} before it is dropped, and so is a byte-order mark
 * at the start of the input.
 */
final class LineReader {

    static final int MAX_LINE_CHARS = 1 << 20;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader in;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int end;
    private boolean started;

    LineReader(Reader in) {
        this.in = in;
    }

    /** The next line without its line break, or null after the last one. */
    String next() throws IOException {
        line.setLength(0);
        boolean sawAnything = false;
        while (true) {
            if (position == end) {
                if (!fill()) {
                    return sawAnything ? finish() : null;
                }
                continue;
            }
            sawAnything = true;
            int start = position;
            while (position < end && buffer[position] != '\n') {
                position++;
            }
            keep(start, position);
            if (position < end) {
                position++;
                return finish();
            }
        }
    }

    /** Whether the next line can be read without waiting: when not, the answers so far are due to whoever waits. */
    boolean ready() throws IOException {
        return position < end || in.ready();
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        if (read < 0) {
            return false;
        }
        position = 0;
        end = read;
        if (!started) {
            started = true;
            if (buffer[0] == BYTE_ORDER_MARK) {
                position = 1;
            }
        }
        return true;
    }

    private void keep(int from, int to) {
        int room = MAX_LINE_CHARS + 1 - line.length();
        if (room > 0) {
            line.append(buffer, from, Math.min(room, to - from));
        }
    }

    private String finish() {
        int length = line.length();
        if (length > 0 && length <= MAX_LINE_CHARS && line.charAt(length - 1) == '\r') {
            line.setLength(length - 1);
        }
        return line.toString();
    }
}
