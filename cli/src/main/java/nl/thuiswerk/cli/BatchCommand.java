package nl.thuiswerk.cli;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.JsonAnswer;
import nl.thuiswerk.json.ThuiswerkJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Decides a file of cases, one per line.",
        description = {
            "Decides a file of cases in JSON Lines, one case per line, and writes one answer per line in the same "
                    + "order: a decision, or an error for a line that cannot be decided, after which the batch goes on. "
                    + "An error names the line it answers (\"line\": 7). A line of nothing but spaces is skipped, "
                    + "with no answer, as JSON Lines tools skip it.",
            "Decides on all cores, a block of lines at a time, and writes the answers in the order of the lines; "
                    + "no more than a few blocks are held at once, so files of any size take the same memory."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every case was decided", "1:one or more lines were answered with an error; "
                + "the output is still complete", "2:wrong usage, a file cannot be read or written, "
                + "or the rules are not the ones pinned"})
final class BatchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN.jsonl", description = "The cases, one JSON object per line; - reads stdin.")
    private String input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl", description = "Write the answers here instead of stdout.")
    private String output;

    /** Deciding is work for the cores: more threads than this only hold more blocks of lines in memory. */
    static final int MAX_THREADS = 256;

    @Option(names = "--threads", paramLabel = "N",
            description = "Decide on N threads, 1 to " + MAX_THREADS + " (default: one per core).")
    private int threads = Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private Language language;

    @Mixin
    private Pins pins;

    private final Environment environment;

    BatchCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be 1 to " + MAX_THREADS + ", not " + threads + ".");
        }
        Streams.refuseSameFile(input, output);
        try (InputStream in = Streams.openInput(input, environment.stdin())) {
            // the rules are loaded before the output is opened, so a run that cannot start leaves OUT as it was
            HomeWorkingAdvisor advisor = environment.advisor(pins.asMap(), pins.policies());
            Locale locale = language.locale();
            Function<LineReader.Line, JsonAnswer> answerer = line ->
                    ThuiswerkJson.answerLine(line.bytes(), line.number(), c -> advisor.decide(c, locale), locale);
            try (AnswerSink sink = AnswerSink.open(output, environment.stdout())) {
                return ExitCode.of(answerEveryLine(new LineReader(in), answerer, sink));
            }
        } catch (IOException e) {
            throw Failure.cannotRead(Streams.nameOfInput(input), e);
        }
    }

    /** Lines decided together on one thread: enough to make handing work over cheap, few enough to stay small. */
    static final int BLOCK_LINES = 256;
    static final int BLOCK_BYTES = 256 * 1024;

    private boolean answerEveryLine(LineReader lines, Function<LineReader.Line, JsonAnswer> answerer, AnswerSink sink)
            throws IOException {
        Progress progress = environment.terminals().showProgress(output != null)
                ? Progress.on(environment.stderr(), Streams.sizeOf(input)) : Progress.off();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "thuiswerk-batch");
            t.setDaemon(true);
            return t;
        });
        // blocks in flight, oldest first: the answers are written in the order the lines came
        Deque<Future<List<JsonAnswer>>> inFlight = new ArrayDeque<>();
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

    private static boolean write(Future<List<JsonAnswer>> block, AnswerSink sink, Progress progress) {
        List<JsonAnswer> answers;
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
        for (JsonAnswer answer : answers) {
            sink.line(answer.json());
            allDecided &= answer.decided();
            progress.caseDone();
        }
        return allDecided;
    }
}
