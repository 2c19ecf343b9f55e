package nl.thuiswerk.cli;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.JsonAnswer;
import nl.thuiswerk.json.ThuiswerkJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "decide", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Decides one case.",
        description = "Decides one case and writes its decision, or the error that stopped it, as JSON on stdout.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the case was decided", "1:the case was answered with an error",
                "2:wrong usage, FILE cannot be read, or the rules are not the ones pinned"})
final class DecideCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The case as JSON, on one line or pretty-printed over many; - reads stdin.")
    private String file;

    @Mixin
    private Language language;

    @Mixin
    private Pins pins;

    @Option(names = "--pretty", description = "Indent the answer.")
    private boolean pretty;

    private final Environment environment;

    DecideCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        byte[] bytes = Streams.readBytes(file, environment.stdin());
        HomeWorkingAdvisor advisor = environment.advisor(pins.asMap(), pins.policies());
        JsonAnswer answer = ThuiswerkJson.answer(bytes, c -> advisor.decide(c, language.locale()), pretty,
                language.locale());
        try (AnswerSink sink = AnswerSink.open(null, environment.stdout())) {
            sink.line(answer.json());
        }
        return ExitCode.of(answer.decided());
    }
}
