package nl.thuiswerk.flink;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads a file of JSON Lines as {@link CaseLine}s, one per line, as the command line's {@code batch} reads it: the
 * bytes of each line undecoded (the library decodes them strictly), numbered in the file; a {@code \r} before the
 * line break and a UTF-8 byte-order mark at the start of the file dropped; a line of nothing but spaces and tabs
 * skipped, as JSON Lines tools skip it; at most {@link #MAX_LINE_BYTES} + 1 bytes of a line kept, cut where a
 * character begins (the library refuses a case far shorter). A file is read whole by one task (it is not split), so
 * the job spreads the lines over its tasks after reading.
 */
public final class JsonLinesFormat extends SimpleStreamFormat<CaseLine> {

    private static final long serialVersionUID = 1L;
    static final int MAX_LINE_BYTES = 1 << 20;

    @Override
    public StreamFormat.Reader<CaseLine> createReader(Configuration config, FSDataInputStream stream) {
        return new StreamFormat.Reader<>() {
            private final byte[] buffer = new byte[64 * 1024];
            private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            private int position;
            private int end;
            private long number;
            private boolean started;

            @Override
            public CaseLine read() throws IOException {
                while (true) {
                    line.reset();
                    boolean any = false;
                    boolean ended = false;
                    while (!ended) {
                        if (position == end) {
                            end = stream.read(buffer, 0, buffer.length);
                            position = 0;
                            if (end < 0) {
                                end = 0;
                                break;
                            }
                            continue;
                        }
                        any = true;
                        int from = position;
                        while (position < end && buffer[position] != '\n') {
                            position++;
                        }
                        line.write(buffer, from, Math.max(0, Math.min(position - from, MAX_LINE_BYTES + 1 - line.size())));
                        if (position < end) {
                            position++;
                            ended = true;
                        }
                    }
                    if (!any) {
                        return null;
                    }
                    number++;
                    byte[] bytes = line.toByteArray();
                    int offset = 0;
                    if (!started) {
                        started = true;
                        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
                            offset = 3;
                        }
                    }
                    int length = bytes.length > MAX_LINE_BYTES ? characterBoundary(bytes)
                            : bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    if (!blank(bytes, offset, length)) {
                        return new CaseLine(Arrays.copyOfRange(bytes, offset, Math.max(offset, length)), number);
                    }
                }
            }

            @Override
            public void close() throws IOException {
                stream.close();
            }
        };
    }

    private static boolean blank(byte[] bytes, int from, int length) {
        for (int i = from; i < length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The length of bytes cut off before their last character, which the cut may have split. */
    private static int characterBoundary(byte[] bytes) {
        int kept = bytes.length;
        while (kept > 0 && (bytes[kept - 1] & 0xC0) == 0x80) {
            kept--;
        }
        return kept > 0 && (bytes[kept - 1] & 0x80) != 0 ? kept - 1 : kept;
    }

    @Override
    public TypeInformation<CaseLine> getProducedType() {
        return TypeInformation.of(CaseLine.class);
    }
}
