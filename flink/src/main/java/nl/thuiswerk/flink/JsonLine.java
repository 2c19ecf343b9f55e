package nl.thuiswerk.flink;

import org.apache.flink.api.common.serialization.Encoder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One line of JSON a job writes (a decision, an error, a change, the counts), whose {@link #toString()} does not
 * show it; the cases come in as {@link CaseLine}s. Flink logs records through their {@code toString()}: its source reader every record it emits at
 * TRACE, its file sink the record that opens each part file at DEBUG; and a case holds the company doctor's advice,
 * health data, as a decision holds the share that follows from it. A String would print all that.
 *
 * <p>A Flink POJO (public field, no-argument constructor), serialised by Flink itself, never by Kryo.
 */
public final class JsonLine {

    /** The JSON, without a line break. */
    public String json;

    /** For Flink. */
    public JsonLine() {
    }

    public JsonLine(String json) {
        this.json = json;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonLine other && Objects.equals(json, other.json);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(json);
    }

    @Override
    public String toString() {
        return "a JSON line of " + (json == null ? 0 : json.length()) + " characters";
    }

    /** Writes the JSON and a line break, in UTF-8: JSON Lines. */
    public static final class LineEncoder implements Encoder<JsonLine> {
        private static final long serialVersionUID = 1L;

        @Override
        public void encode(JsonLine line, OutputStream stream) throws IOException {
            stream.write(line.json.getBytes(StandardCharsets.UTF_8));
            stream.write('\n');
        }
    }
}
