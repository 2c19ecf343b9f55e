package nl.thuiswerk.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineReaderTest {

    @Test
    void splits_at_line_feeds_and_drops_the_carriage_return_before_them() throws IOException {
        // given Unix and Windows line ends, an empty line and no final line end
        // when read
        // then every line, the empty one too, comes without its line end
        assertThat(lines("a\r\nb\n\nc")).containsExactly("a", "b", "", "c");
    }

    @Test
    void gives_no_line_for_a_final_line_end_or_an_empty_input() throws IOException {
        // given input ending in a line end, and no input at all
        // when read
        // then no empty line is made up at the end
        assertThat(lines("a\n")).containsExactly("a");
        assertThat(lines("")).isEmpty();
        assertThat(lines("\uFEFF")).isEmpty();
    }

    @Test
    void drops_a_byte_order_mark_only_at_the_start() throws IOException {
        // given a byte-order mark at the start and one inside a line
        // when read
        // then only the first is dropped
        assertThat(lines("\uFEFFa\nb\uFEFF")).containsExactly("a", "b\uFEFF");
    }

    @Test
    void numbers_every_line_and_tells_the_blank_ones() throws IOException {
        // given lines of nothing, of spaces and tabs, and of text
        LineReader reader = reader("{}\n\n \t \r\n{}\n");

        // when read
        List<LineReader.Line> lines = new ArrayList<>();
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            lines.add(line);
        }

        // then each has its number in the input, and only those of white space are blank
        assertThat(lines).extracting(LineReader.Line::number).containsExactly(1L, 2L, 3L, 4L);
        assertThat(lines).extracting(LineReader.Line::blank).containsExactly(false, true, true, false);
    }

    @Test
    void keeps_the_bytes_as_they_are_even_when_they_are_not_utf_8() throws IOException {
        // given a line in Latin-1
        byte[] latin1 = "\"é-1\"\n".getBytes(StandardCharsets.ISO_8859_1);

        // when read
        LineReader.Line line = new LineReader(new ByteArrayInputStream(latin1)).next();

        // then its byte 0xE9 is kept for the library to refuse, not replaced
        assertThat(line.bytes()).containsExactly('"', 0xE9, '-', '1', '"');
    }

    @Test
    void keeps_only_the_start_of_a_line_longer_than_the_limit_cut_where_a_character_begins() throws IOException {
        // given a line far over the limit, spanning many buffers, of three-byte characters that the limit splits
        String huge = "€".repeat(LineReader.MAX_LINE_BYTES);

        // when read
        List<String> lines = lines(huge + "\nnext");

        // then it is cut just before the limit, at a whole character, and the next line is intact
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).hasSize((LineReader.MAX_LINE_BYTES + 1) / 3).matches("€+");
        assertThat(lines.get(1)).isEqualTo("next");
    }

    private static LineReader reader(String text) {
        return new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> lines(String text) throws IOException {
        LineReader reader = reader(text);
        List<String> lines = new ArrayList<>();
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            lines.add(new String(line.bytes(), StandardCharsets.UTF_8));
        }
        return lines;
    }
}
