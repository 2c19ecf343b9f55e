package nl.thuiswerk.cli;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.JsonAnswer;
import nl.thuiswerk.json.ThuiswerkJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.Reader;
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
                    + "order: a decision, or an error for a line that cannot be decided, after which the batch goes on.",
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

    @Option(names = "--threads", paramLabel = "N", description = "Decide on N threads (default: one per core).")
    private int threads = Runtime.getRuntime().availableProcessors();

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
        Streams.refuseSameFile(input, output);
        try (Reader reader = Streams.openInput(input, environment.stdin())) {
            // the rules are loaded before the output is opened, so a run that cannot start leaves OUT as it was
            HomeWorkingAdvisor advisor = environment.advisor(pins.asMap());
            Locale locale = language.locale();
            Function<String, JsonAnswer> answerer = line -> ThuiswerkJson.answer(line, c -> advisor.decide(c, locale), false);
            try (AnswerSink sink = AnswerSink.open(output, environment.stdout())) {
                return ExitCode.of(answerEveryLine(new LineReader(reader), answerer, sink));
            }
        } catch (IOException e) {
            throw Failure.cannotRead(Streams.nameOfInput(input), e);
        }
    }

    /** Lines decided together on one thread: enough to make handing work over cheap, few enough to stay small. */
    static final int BLOCK_LINES = 256;
    static final int BLOCK_CHARS = 256 * 1024;

    private boolean answerEveryLine(LineReader lines, Function<String, JsonAnswer> answerer, AnswerSink sink) throws IOException {
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--threads must be at least 1");
        }
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
            List<String> block;
            while (!(block = nextBlock(lines)).isEmpty()) {
                block.forEach(l -> progress.lineRead(l.length()));
                List<String> taken = block;
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

    /** The next block: up to {@link #BLOCK_LINES} lines, cut short by their size or by input that is not there yet. */
    private static List<String> nextBlock(LineReader lines) throws IOException {
        List<String> block = new ArrayList<>();
        int chars = 0;
        String line;
        while (block.size() < BLOCK_LINES && chars < BLOCK_CHARS && (line = lines.next()) != null) {
            block.add(line);
            chars += line.length();
            if (!lines.ready()) {
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
