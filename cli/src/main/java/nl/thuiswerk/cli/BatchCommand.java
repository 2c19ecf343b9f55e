package nl.thuiswerk.cli;

import nl.thuiswerk.HomeWorkingAdvisor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.Reader;
import java.util.concurrent.Callable;

@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Decides a file of cases, one per line.",
        description = {
            "Decides a file of cases in JSON Lines, one case per line, and writes one answer per line in the same "
                    + "order: a decision, or an error for a line that cannot be decided, after which the batch goes on.",
            "Reads and writes one line at a time, so files of any size take the same memory."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every case was decided", "1:one or more lines were answered with an error; "
                + "the output is still complete", "2:wrong usage, a file cannot be read or written, "
                + "or the rules are not the ones pinned"})
final class BatchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN.jsonl", description = "The cases, one JSON object per line; - reads stdin.")
    private String input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl", description = "Write the answers here instead of stdout.")
    private String output;

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
            CaseAnswerer answerer = new CaseAnswerer(advisor::decide, language.locale(), false);
            try (AnswerSink sink = AnswerSink.open(output, environment.stdout())) {
                return ExitCode.of(answerEveryLine(new LineReader(reader), answerer, sink));
            }
        } catch (IOException e) {
            throw Failure.cannotRead(Streams.nameOfInput(input), e);
        }
    }

    private boolean answerEveryLine(LineReader lines, CaseAnswerer answerer, AnswerSink sink) throws IOException {
        Progress progress = environment.terminals().showProgress(output != null)
                ? Progress.on(environment.stderr()) : Progress.off();
        boolean allDecided = true;
        try {
            String line;
            while ((line = lines.next()) != null) {
                CaseAnswerer.Answer answer = answerer.answer(line);
                sink.line(answer.json());
                allDecided &= answer.decided();
                progress.caseDone();
                // whoever feeds cases through a pipe and waits gets each answer now, a file is written in blocks
                if (!lines.ready()) {
                    sink.flush();
                }
            }
        } finally {
            progress.finish();
        }
        return allDecided;
    }
}
