package nl.thuiswerk.flink;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads a file of JSON Lines as {@link JsonLine}s, one per line, in UTF-8; as Flink's {@code TextLineInputFormat}
 * does, but into records that do not print themselves. A file is read whole by one task (it is not split), so
 * the job spreads the lines over its tasks after reading.
 */
public final class JsonLinesFormat extends SimpleStreamFormat<JsonLine> {

    private static final long serialVersionUID = 1L;

    @Override
    public StreamFormat.Reader<JsonLine> createReader(Configuration config, FSDataInputStream stream) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        return new StreamFormat.Reader<>() {
            @Override
            public JsonLine read() throws IOException {
                String line = lines.readLine();
                return line == null ? null : new JsonLine(line);
            }

            @Override
            public void close() throws IOException {
                lines.close();
            }
        };
    }

    @Override
    public TypeInformation<JsonLine> getProducedType() {
        return TypeInformation.of(JsonLine.class);
    }
}
