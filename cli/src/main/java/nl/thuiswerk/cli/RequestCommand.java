package nl.thuiswerk.cli;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.JsonAnswer;
import nl.thuiswerk.json.RequestAnswers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "request", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Assesses one request to work elsewhere (Wet flexibel werken).",
        description = "Assesses one request to change the place of work under article 2 (and 2a) of the Wet flexibel "
                + "werken, under the version in force on its submittedOn, and writes the assessment, or the error "
                + "that stopped it, as JSON on stdout (docs/requests.md).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the request was assessed", "1:the request was answered with an error",
                "2:wrong usage, FILE cannot be read, or the rules are not the ones pinned"})
final class RequestCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The request as JSON, on one line or pretty-printed over many; - reads stdin.")
    private String file;

    @Mixin
    private Language language;

    @Mixin
    private Pins pins;

    @Option(names = "--pretty", description = "Indent the answer.")
    private boolean pretty;

    private final Environment environment;

    RequestCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        byte[] bytes = Streams.readBytes(file, environment.stdin());
        HomeWorkingAdvisor advisor = environment.advisor(pins.asMap(), pins.policies());
        JsonAnswer answer = RequestAnswers.answer(bytes, r -> advisor.assess(r, language.locale()), pretty,
                language.locale());
        try (AnswerSink sink = AnswerSink.open(null, environment.stdout())) {
            sink.line(answer.json());
        }
        return ExitCode.of(answer.decided());
    }
}
