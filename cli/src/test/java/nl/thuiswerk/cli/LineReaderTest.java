package nl.thuiswerk.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
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
    void keeps_only_the_start_of_a_line_longer_than_the_limit() throws IOException {
        // given a line far over the limit, spanning many buffers
        String huge = "y".repeat(LineReader.MAX_LINE_CHARS * 3);

        // when read
        List<String> lines = lines(huge + "\nnext");

        // then it is cut just past the limit and the next line is intact
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).hasSize(LineReader.MAX_LINE_CHARS + 1);
        assertThat(lines.get(1)).isEqualTo("next");
    }

    private static List<String> lines(String text) throws IOException {
        LineReader reader = new LineReader(new StringReader(text));
        List<String> lines = new ArrayList<>();
        for (String line = reader.next(); line != null; line = reader.next()) {
            lines.add(line);
        }
        return lines;
    }
}
