package nl.thuiswerk.flink;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLineTest {

    @Test
    void given_a_line_with_health_data_when_printed_as_flink_logs_records_then_only_its_length_shows() {
        JsonLine line = new JsonLine("{\"onSiteShare\":0.371946}");

        assertThat(line.toString()).isEqualTo("a JSON line of 24 characters").doesNotContain("371946");
    }

    @Test
    void given_lines_when_encoded_then_each_is_written_in_utf8_with_a_line_break() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLine.LineEncoder encoder = new JsonLine.LineEncoder();

        encoder.encode(new JsonLine("{\"a\":\"→\"}"), out);
        encoder.encode(new JsonLine("{}"), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"a\":\"→\"}\n{}\n");
    }

    @Test
    void given_a_file_of_json_lines_when_read_then_each_line_is_one_record_empty_lines_included() throws Exception {
        byte[] file = "{\"a\":1}\r\n\n{\"b\":\"é\"}".getBytes(StandardCharsets.UTF_8);
        List<String> read = new ArrayList<>();

        try (StreamFormat.Reader<JsonLine> reader = new JsonLinesFormat().createReader(new Configuration(), stream(file))) {
            for (JsonLine line = reader.read(); line != null; line = reader.read()) {
                read.add(line.json);
            }
        }

        assertThat(read).containsExactly("{\"a\":1}", "", "{\"b\":\"é\"}");
    }

    private static FSDataInputStream stream(byte[] bytes) {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return new FSDataInputStream() {
            private long position;

            @Override
            public void seek(long desired) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long getPos() {
                return position;
            }

            @Override
            public int read() {
                int b = in.read();
                if (b >= 0) {
                    position++;
                }
                return b;
            }
        };
    }
}
