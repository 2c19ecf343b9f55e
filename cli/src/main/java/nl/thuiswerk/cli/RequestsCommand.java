package nl.thuiswerk.cli;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.JsonAnswer;
import nl.thuiswerk.json.RequestAnswers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "requests", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Assesses a file of requests to work elsewhere, one per line.",
        description = {
            "Assesses a file of requests (Wet flexibel werken) in JSON Lines, one request per line, and writes one "
                    + "answer per line in the same order: an assessment, or an error for a line that cannot be "
                    + "assessed, after which the file goes on. An error names the line it answers (\"line\": 7). A "
                    + "line of nothing but spaces is skipped, with no answer, as JSON Lines tools skip it.",
            "Run it nightly over every open request with asOf set to the day, to see each deadline and what has "
                    + "been granted by law."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every request was assessed", "1:one or more lines were answered with an error; "
                + "the output is still complete", "2:wrong usage, a file cannot be read or written, "
                + "or the rules are not the ones pinned"})
final class RequestsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN.jsonl", description = "The requests, one JSON object per line; - reads stdin.")
    private String input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl", description = "Write the answers here instead of stdout.")
    private String output;

    @Mixin
    private Language language;

    @Mixin
    private Pins pins;

    private final Environment environment;

    RequestsCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Streams.refuseSameFile(input, output);
        try (InputStream in = Streams.openInput(input, environment.stdin())) {
            // the rules are loaded before the output is opened, so a run that cannot start leaves OUT as it was
            HomeWorkingAdvisor advisor = environment.advisor(pins.asMap(), pins.policies());
            Locale locale = language.locale();
            try (AnswerSink sink = AnswerSink.open(output, environment.stdout())) {
                return ExitCode.of(answerEveryLine(new LineReader(in), advisor, locale, sink));
            }
        } catch (IOException e) {
            throw Failure.cannotRead(Streams.nameOfInput(input), e);
        }
    }

    /**
     * One answer per line, in the order of the lines, each written as soon as it is made: a request's rules run in
     * well under a millisecond, so a nightly file of every open request needs no threads of its own.
     */
    private boolean answerEveryLine(LineReader lines, HomeWorkingAdvisor advisor, Locale locale, AnswerSink sink)
            throws IOException {
        Progress progress = environment.terminals().showProgress(output != null)
                ? Progress.on(environment.stderr(), Streams.sizeOf(input)) : Progress.off();
        boolean allAssessed = true;
        try {
            LineReader.Line line;
            while ((line = lines.next()) != null) {
                progress.lineRead(line.bytes().length);
                if (line.blank()) {
                    continue;
                }
                JsonAnswer answer = RequestAnswers.answerLine(line.bytes(), line.number(),
                        r -> advisor.assess(r, locale), locale);
                sink.line(answer.json());
                allAssessed &= answer.decided();
                progress.caseDone();
                if (!lines.ready()) {
                    // whoever feeds requests through a pipe and waits gets the answers now
                    sink.flush();
                }
            }
        } finally {
            progress.finish();
        }
        return allAssessed;
    }
}
