package nl.thuiswerk.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    @Test
    void tells_the_time_left_for_a_file_of_known_size() {
        // given a file of 1,000 bytes of which a tenth has been read and answered
        StringWriter screen = new StringWriter();
        Progress progress = Progress.on(new PrintWriter(screen), 1_000);
        progress.lineRead(99);
        progress.caseDone();

        // when
        progress.finish();

        // then
        assertThat(screen.toString()).startsWith("\r1 case, ").matches("(?s).*/s, \\d+ (s|min \\d+ s) left\\s*\n");
    }

    @Test
    void tells_no_time_left_for_input_of_unknown_size_nor_at_the_end() {
        StringWriter stdin = new StringWriter();
        Progress piped = Progress.on(new PrintWriter(stdin), -1);
        piped.lineRead(99);
        piped.caseDone();
        piped.finish();

        StringWriter done = new StringWriter();
        Progress whole = Progress.on(new PrintWriter(done), 100);
        whole.lineRead(99);
        whole.caseDone();
        whole.finish();

        assertThat(stdin.toString()).doesNotContain("left");
        assertThat(done.toString()).doesNotContain("left");
    }
}
