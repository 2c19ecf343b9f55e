package nl.thuiswerk.cli;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.HomeWorkingAdvisor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch pipeline keeps the order of the lines and answers every one, however the workers finish. */
class BatchPipelineTest {

    @Test
    void answers_every_line_in_the_order_of_the_input_when_workers_finish_blocks_out_of_order() throws IOException {
        // given 3,000 lines, each with its own id, every 7th malformed, over more than ten blocks
        List<String> examples = Files.readAllLines(CliRunner.EXAMPLES, StandardCharsets.UTF_8);
        StringBuilder in = new StringBuilder();
        int lines = 3_000;
        for (int i = 1; i <= lines; i++) {
            if (i % 7 == 0) {
                in.append("{\"caseId\":\"c-").append(i).append("\",\n");
            } else {
                String example = examples.get(i % examples.size());
                in.append(example.replaceFirst("\"caseId\"\\s*:\\s*\"[^\"]*\"", "\"caseId\":\"c-" + i + "\"")).append('\n');
            }
        }
        // and a decider that takes a random while, so blocks finish in another order than they started
        HomeWorkingAdvisor advisor = CliRunner.advisor();
        Random random = new Random(20210218L);
        long[] delays = random.longs(lines + 1, 0, 200_000).toArray();
        Function<Case, Decision> slow = c -> {
            LockSupport.parkNanos(delays[Integer.parseInt(c.caseId().substring(2))]);
            return advisor.decide(c, Locale.ENGLISH);
        };

        // when it goes through the pipeline on 8 threads
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean all = BatchPipeline.run(new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)), out,
                slow, Locale.ENGLISH, 8);

        // then every line has its answer in its own place: a decision or the error naming its line
        String[] answers = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(answers).hasSize(lines);
        for (int i = 1; i <= lines; i++) {
            String answer = answers[i - 1];
            if (i % 7 == 0) {
                assertThat(Json.errorCode(answer)).as("line %d", i).isEqualTo("MALFORMED_JSON");
                assertThat(answer).as("line %d", i).contains("\"line\":" + i + ",");
            } else if (!answer.contains("\"error\"")) {
                assertThat(Json.string(answer, "caseId")).as("line %d", i).isEqualTo("c-" + i);
            } else {
                // the example dated after the advice lapsed is answered with its error, under its own id
                assertThat(Json.string(answer, "caseId")).as("line %d", i).isEqualTo("c-" + i);
                assertThat(Json.errorCode(answer)).isEqualTo("NO_RULESET_IN_FORCE");
            }
        }
        assertThat(all).isFalse();
    }

    @Test
    void the_answers_are_the_same_bytes_on_one_thread_and_on_many() throws IOException {
        // given the examples, repeated
        byte[] input = Files.readAllBytes(CliRunner.EXAMPLES);
        ByteArrayOutputStream repeated = new ByteArrayOutputStream();
        for (int i = 0; i < 300; i++) {
            repeated.write(input);
        }
        HomeWorkingAdvisor advisor = CliRunner.advisor();

        // when they are answered on one thread and on six
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        ByteArrayOutputStream six = new ByteArrayOutputStream();
        BatchPipeline.run(new ByteArrayInputStream(repeated.toByteArray()), one, c -> advisor.decide(c, Locale.ENGLISH),
                Locale.ENGLISH, 1);
        BatchPipeline.run(new ByteArrayInputStream(repeated.toByteArray()), six, c -> advisor.decide(c, Locale.ENGLISH),
                Locale.ENGLISH, 6);

        // then the bytes are the same
        assertThat(six.toByteArray()).isEqualTo(one.toByteArray());
        assertThat(one.size()).isGreaterThan(repeated.size());
    }
}
