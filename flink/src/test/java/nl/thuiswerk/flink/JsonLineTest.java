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
    void given_a_file_of_json_lines_when_read_then_each_line_is_one_record_numbered_in_the_file_blank_lines_skipped()
            throws Exception {
        byte[] file = "\uFEFF{\"a\":1}\r\n\n \t\n{\"b\":\"é\"}".getBytes(StandardCharsets.UTF_8);

        List<CaseLine> read = read(file);

        assertThat(read).extracting(l -> new String(l.bytes, StandardCharsets.UTF_8)).containsExactly("{\"a\":1}", "{\"b\":\"é\"}");
        assertThat(read).extracting(l -> l.number).containsExactly(1L, 4L);
    }

    @Test
    void given_a_line_that_is_not_utf_8_when_read_then_its_bytes_are_kept_for_the_library_to_refuse() throws Exception {
        byte[] file = "{\"caseId\":\"é-1\"}\n".getBytes(StandardCharsets.ISO_8859_1);

        List<CaseLine> read = read(file);

        assertThat(read).singleElement().satisfies(l -> assertThat(l.bytes).contains((byte) 0xE9).doesNotContain((byte) '?'));
        assertThat(read.get(0).toString()).isEqualTo("line 1 of 16 bytes");
    }

    @Test
    void given_a_line_far_over_the_limit_when_read_then_only_its_start_is_kept_cut_where_a_character_begins()
            throws Exception {
        byte[] file = ("€".repeat(JsonLinesFormat.MAX_LINE_BYTES) + "\n{}").getBytes(StandardCharsets.UTF_8);

        List<CaseLine> read = read(file);

        assertThat(read).hasSize(2);
        assertThat(new String(read.get(0).bytes, StandardCharsets.UTF_8)).hasSize((JsonLinesFormat.MAX_LINE_BYTES + 1) / 3)
                .matches("€+");
        assertThat(read.get(1).number).isEqualTo(2);
    }

    private static List<CaseLine> read(byte[] file) throws Exception {
        List<CaseLine> read = new ArrayList<>();
        try (StreamFormat.Reader<CaseLine> reader = new JsonLinesFormat().createReader(new Configuration(), stream(file))) {
            for (CaseLine line = reader.read(); line != null; line = reader.read()) {
                read.add(line);
            }
        }
        return read;
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
