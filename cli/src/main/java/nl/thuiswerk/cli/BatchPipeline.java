package nl.thuiswerk.cli;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.json.JsonAnswer;
import nl.thuiswerk.json.ThuiswerkJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The pipeline of {@code batch}: lines read on the calling thread, answered a block at a time on worker threads,
 * written in the order of the lines; no more than two blocks per worker are held, so memory stays flat.
 *
 * <p>Public for one caller outside the command line: the bench runs this very pipeline with the decision replaced
 * by a precomputed one, to measure what reading, validating and writing alone allow ({@code e2eVsIoLimit}). It is
 * not an API of the library.
 */
public final class BatchPipeline {

    /** Lines decided together on one thread: enough to make handing work over cheap, few enough to stay small. */
    static final int BLOCK_LINES = 256;
    static final int BLOCK_BYTES = 256 * 1024;

    /** One line's answer as written: its text without the line break, and whether it is a decision. */
    record Answer(String text, boolean decided) {
        static Answer of(JsonAnswer json) {
            return new Answer(json.json(), json.decided());
        }
    }

    private BatchPipeline() {
    }

    /**
     * Answers every line of {@code in} as {@code batch} does (JSON Lines out, errors worded in the locale's language),
     * with {@code decide} in place of the advisor.
     *
     * @return whether every line was decided
     */
    public static boolean run(InputStream in, OutputStream out, Function<Case, Decision> decide, Locale locale,
                              int threads) throws IOException {
        try (AnswerSink sink = AnswerSink.open(null, out)) {
            return answerEveryLine(new LineReader(in),
                    line -> Answer.of(ThuiswerkJson.answerLine(line.bytes(), line.number(), decide, locale)),
                    sink, Progress.off(), threads);
        }
    }

    static boolean answerEveryLine(LineReader lines, Function<LineReader.Line, Answer> answerer, AnswerSink sink,
                                   Progress progress, int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "thuiswerk-batch");
            t.setDaemon(true);
            return t;
        });
        // blocks in flight, oldest first: the answers are written in the order the lines came
        Deque<Future<List<Answer>>> inFlight = new ArrayDeque<>();
        boolean allDecided = true;
        try {
            List<LineReader.Line> block;
            while (!(block = nextBlock(lines, progress)).isEmpty()) {
                List<LineReader.Line> taken = block;
                inFlight.add(pool.submit(() -> taken.stream().map(answerer).toList()));
                // whoever feeds cases through a pipe and waits gets the answers now; a file is written in blocks
                boolean waiting = !lines.ready();
                while (inFlight.size() > 2 * threads || waiting && !inFlight.isEmpty()) {
                    allDecided &= write(inFlight.poll(), sink, progress);
                }
                if (waiting) {
                    sink.flush();
                }
            }
            while (!inFlight.isEmpty()) {
                allDecided &= write(inFlight.poll(), sink, progress);
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        return allDecided;
    }

    /**
     * The next block: up to {@link #BLOCK_LINES} lines, cut short by their size or by input that is not there yet.
     * Blank lines are read past: they get no answer.
     */
    private static List<LineReader.Line> nextBlock(LineReader lines, Progress progress) throws IOException {
        List<LineReader.Line> block = new ArrayList<>();
        int bytes = 0;
        LineReader.Line line;
        while (block.size() < BLOCK_LINES && bytes < BLOCK_BYTES && (line = lines.next()) != null) {
            progress.lineRead(line.bytes().length);
            if (!line.blank()) {
                block.add(line);
                bytes += line.bytes().length;
            }
            if (!lines.ready()) {
                if (block.isEmpty()) {
                    // only blank lines were there: the wait is for more input, and nothing is owed until it comes
                    continue;
                }
                break;
            }
        }
        return block;
    }

    private static boolean write(Future<List<Answer>> block, AnswerSink sink, Progress progress) {
        List<Answer> answers;
        try {
            answers = block.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Failure.of("interrupted");
        } catch (ExecutionException e) {
            // ThuiswerkJson.answer answers every line itself; what arrives here is an Error, which must not be hidden
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        boolean allDecided = true;
        for (Answer answer : answers) {
            sink.line(answer.text());
            allDecided &= answer.decided();
            progress.caseDone();
        }
        return allDecided;
    }
}
