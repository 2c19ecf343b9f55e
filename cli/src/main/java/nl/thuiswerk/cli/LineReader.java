package nl.thuiswerk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads JSON Lines one line at a time, as bytes, and keeps at most {@link #MAX_LINE_BYTES} + 1 bytes of any line, so
 * memory stays flat whatever the input, even a file with no line breaks at all.
 *
 * <p>The bytes are not decoded here: the library decodes each line strictly, so a line that is not UTF-8 is answered
 * with an error naming its offset rather than read with characters replaced. The library rejects a case far shorter
 * than the limit, so a cut-off line gets the same answer as the whole line would (it is cut where a character
 * begins, so the cut itself never looks like broken UTF-8). A line ends at {@code \n}; a {@code \r} before it is
 * dropped, and so is a UTF-8 byte-order mark at the start of the input.
 */
final class LineReader {

    static final int MAX_LINE_BYTES = 1 << 20;

    /**
     * One line: its bytes without the line break, and its number in the input, from 1.
     *
     * @param blank whether it holds nothing but spaces and tabs: JSON Lines tools skip such a line
     */
    record Line(byte[] bytes, long number, boolean blank) {
    }

    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private byte[] line = new byte[256];
    private int length;
    private int position;
    private int end;
    private boolean started;
    private long number;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line, or null after the last one. */
    Line next() throws IOException {
        length = 0;
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
        return position < end || in.available() > 0;
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        if (read < 0) {
            return false;
        }
        position = 0;
        end = read;
        if (!started && read > 0) {
            // the mark's three bytes come in one read but for the shortest of streams; a mark split over reads is kept
            started = true;
            if (read >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
                position = 3;
            }
        }
        return true;
    }

    private void keep(int from, int to) {
        int room = MAX_LINE_BYTES + 1 - length;
        int take = Math.min(room, to - from);
        if (take <= 0) {
            return;
        }
        if (length + take > line.length) {
            line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES + 1, Math.max(line.length * 2, length + take)));
        }
        System.arraycopy(buffer, from, line, length, take);
        length += take;
    }

    /**
     * Where bytes cut off at {@code length} end before their last character, which the cut may have split: UTF-8
     * continuation bytes are {@code 10xxxxxx}, and the byte that began the character goes too.
     */
    static int characterBoundary(byte[] bytes, int length) {
        int kept = length;
        while (kept > 0 && (bytes[kept - 1] & 0xC0) == 0x80) {
            kept--;
        }
        if (kept > 0 && (bytes[kept - 1] & 0x80) != 0) {
            kept--;
        }
        return kept;
    }

    private Line finish() {
        number++;
        int kept = length;
        if (kept > MAX_LINE_BYTES) {
            kept = characterBoundary(line, kept);
        } else if (kept > 0 && line[kept - 1] == '\r') {
            kept--;
        }
        boolean blank = true;
        for (int i = 0; i < kept && blank; i++) {
            blank = line[i] == ' ' || line[i] == '\t' || line[i] == '\r';
        }
        byte[] bytes = Arrays.copyOf(line, kept);
        if (line.length > 64 * 1024) {
            // a huge line is not kept for the lines that follow
            line = new byte[256];
        }
        return new Line(bytes, number, blank);
    }
}
