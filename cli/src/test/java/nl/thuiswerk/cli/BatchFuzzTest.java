package nl.thuiswerk.cli;

import nl.thuiswerk.oracle.Fuzzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile inputs of the library's fuzz test, one per line, through batch: no line is lost, no answer shows a
 * share given in the input, and no error is longer than its line (or 4 KiB).
 */
class BatchFuzzTest {

    /** The same seed and count as the rules module's HostileInputTest, whose figures docs/security.md shows. */
    private static final long SEED = 20220315L;
    private static final int INPUTS = 100_000;
    private static final Pattern LINE = Pattern.compile("^\\{\"caseId\":(?:null|\"(?:[^\"\\\\]|\\\\.)*\"),\"line\":(\\d+),\"error\"");

    @TempDir
    Path dir;

    @Test
    void a_batch_of_a_hundred_thousand_hostile_lines_answers_every_line_in_order() throws Exception {
        // given the fuzzer's inputs, each made one line, and bytes that are no UTF-8 at all in some of them
        Fuzzer fuzzer = new Fuzzer(SEED, Files.readAllLines(CliRunner.EXAMPLES));
        Path in = dir.resolve("hostile.jsonl");
        Path out = dir.resolve("answers.jsonl");
        List<byte[]> lines = new ArrayList<>();
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(in))) {
            for (int i = 0; i < INPUTS; i++) {
                byte[] line = fuzzer.next().replace('\n', ' ').replace('\r', ' ').getBytes(StandardCharsets.UTF_8);
                if (i % 97 == 0 && line.length > 2) {
                    line[line.length / 2] = (byte) (i % 2 == 0 ? 0xFF : 0xC3);
                }
                lines.add(line);
                file.write(line);
                file.write('\n');
            }
        }

        // when
        CliRunner.Run run = CliRunner.run("batch", in.toString(), "-o", out.toString(), "--lang", "en");

        // then every line that is not blank has its answer, a decision or a typed error, and none is a defect
        List<String> answers = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<Integer> answered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // blank as JSON Lines tools take it: nothing but spaces and tabs
            if (!new String(lines.get(i), StandardCharsets.ISO_8859_1).matches("[ \t]*")) {
                answered.add(i + 1);
            }
        }
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).isEmpty();
        assertThat(answers).hasSameSizeAs(answered);
        assertThat(answers).allSatisfy(a -> assertThat(a).startsWith("{\"caseId\":")
                .matches(".*(\"outcome\":\"(HOME|PARTLY_ON_SITE|ON_SITE)\"|\"code\":\"(MALFORMED_JSON|INVALID_INPUT|NO_RULESET_IN_FORCE)\").*"));
        assertThat(answers).noneMatch(a -> a.contains("INTERNAL_ERROR"));
        // and each error names the line it answers, in the order of the lines, and is no longer than that line or 4 KiB
        int errors = 0;
        for (int i = 0; i < answers.size(); i++) {
            String answer = answers.get(i);
            if (answer.contains("\"outcome\":")) {
                continue;
            }
            errors++;
            Matcher line = LINE.matcher(answer);
            assertThat(line.find()).as(answer).isTrue();
            assertThat(Integer.parseInt(line.group(1))).isEqualTo(answered.get(i));
            int inputBytes = lines.get(answered.get(i) - 1).length;
            assertThat(answer.getBytes(StandardCharsets.UTF_8).length).as(answer).isLessThanOrEqualTo(Math.max(inputBytes, 4096));
            for (String digits : Fuzzer.HEALTH_DIGITS) {
                assertThat(answer).as("an error shows a share given in the input").doesNotContain(digits);
            }
        }
        assertThat(errors).isGreaterThan(INPUTS / 2);
    }
}
