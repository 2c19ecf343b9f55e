package nl.thuiswerk.cli;

import nl.thuiswerk.HomeWorkingAdvisor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.Callable;
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

    @Option(names = "--format", paramLabel = "json|summary|csv", defaultValue = "json",
            converter = BatchFormat.Converter.class,
            description = "What to write for each line: json, the full decision (default); summary, one short JSON "
                    + "object a case (caseId, outcome, maxOnSiteShare, codes, ruleSet, inputSha256); csv, a header "
                    + "and one row a line with the same columns, the line's number and an error's code.")
    private BatchFormat format;

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
            Function<LineReader.Line, BatchPipeline.Answer> answerer =
                    line -> format.answer(line, c -> advisor.decide(c, locale), locale);
            try (AnswerSink sink = AnswerSink.open(output, environment.stdout())) {
                String header = format.header();
                if (header != null) {
                    sink.line(header);
                }
                Progress progress = environment.terminals().showProgress(output != null)
                        ? Progress.on(environment.stderr(), Streams.sizeOf(input)) : Progress.off();
                return ExitCode.of(BatchPipeline.answerEveryLine(new LineReader(in), answerer, sink, progress, threads));
            }
        } catch (IOException e) {
            throw Failure.cannotRead(Streams.nameOfInput(input), e);
        }
    }
}
