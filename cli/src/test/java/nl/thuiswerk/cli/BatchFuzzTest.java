package nl.thuiswerk.cli;

import nl.thuiswerk.oracle.Fuzzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hostile inputs of the library's fuzz test, one per line, through batch: no line is lost. */
class BatchFuzzTest {

    /** The same seed and count as the rules module's HostileInputTest, whose figures docs/security.md shows. */
    private static final long SEED = 20220315L;
    private static final int INPUTS = 100_000;

    @TempDir
    Path dir;

    @Test
    void a_batch_of_a_hundred_thousand_hostile_lines_answers_every_line_in_order() throws Exception {
        // given the fuzzer's inputs, each made one line, and bytes that are no UTF-8 at all in some of them
        Fuzzer fuzzer = new Fuzzer(SEED, Files.readAllLines(CliRunner.EXAMPLES));
        Path in = dir.resolve("hostile.jsonl");
        Path out = dir.resolve("answers.jsonl");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(in))) {
            for (int i = 0; i < INPUTS; i++) {
                byte[] line = fuzzer.next().replace('\n', ' ').replace('\r', ' ').getBytes(StandardCharsets.UTF_8);
                if (i % 97 == 0 && line.length > 2) {
                    line[line.length / 2] = (byte) (i % 2 == 0 ? 0xFF : 0xC3);
                }
                file.write(line);
                file.write('\n');
            }
        }

        // when
        CliRunner.Run run = CliRunner.run("batch", in.toString(), "-o", out.toString(), "--lang", "en");

        // then every line has its answer, a decision or a typed error, and none is a defect
        List<String> answers = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).isEmpty();
        assertThat(answers).hasSize(INPUTS);
        assertThat(answers).allSatisfy(a -> assertThat(a).startsWith("{\"caseId\":")
                .matches(".*(\"outcome\":\"(HOME|PARTLY_ON_SITE|ON_SITE)\"|\"code\":\"(MALFORMED_JSON|INVALID_INPUT|NO_RULESET_IN_FORCE)\").*"));
        assertThat(answers).noneMatch(a -> a.contains("INTERNAL_ERROR"));
    }
}
