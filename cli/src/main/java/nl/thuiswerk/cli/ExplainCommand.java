package nl.thuiswerk.cli;

import nl.thuiswerk.Case;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.ThuiswerkJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Decides one case, or assesses one request, and explains it in plain language.",
        description = {
            "Decides one case and writes, for a worker or a manager, the outcome and share, each reason with "
                    + "the text it rests on, the conditions, the assumptions made for facts the case does not "
                    + "state, and what would change the outcome.",
            "A request to work elsewhere (a JSON object with a requestId, docs/requests.md) is assessed and explained: "
                    + "its status, the deadline, each finding with the article and paragraph of the Wet flexibel "
                    + "werken it rests on, the defects of the employer's decision, and the dates that matter.",
            "A case that cannot be decided is explained on stderr, with a line per problem, and nothing is "
                    + "written on stdout."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the case was decided and explained",
                "1:the case cannot be decided: malformed, invalid, or no rule set in force on its date",
                "2:wrong usage, FILE cannot be read, or the rules are not the ones pinned"})
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The case as JSON, on one line or pretty-printed over many; - reads stdin.")
    private String file;

    @Mixin
    private Language language;

    @Mixin
    private Pins pins;

    private final Environment environment;

    ExplainCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        byte[] bytes = Streams.readBytes(file, environment.stdin());
        HomeWorkingAdvisor advisor = environment.advisor(pins.asMap(), pins.policies());
        String explanation;
        try {
            explanation = explain(advisor, bytes);
        } catch (DecisionException e) {
            PrintWriter err = environment.stderr();
            String what = nl.thuiswerk.json.RequestAnswers.isRequest(bytes)
                    ? (e.caseId() == null ? CaseErrors.say(language.words(), "request.unnamed")
                    : CaseErrors.say(language.words(), "request.named", Printable.of(e.caseId())))
                    : CaseErrors.theCase(e.caseId(), language.words());
            String lead = "thuiswerk explain: " + CaseErrors.say(language.words(), "explain.cannot", what);
            CaseErrors.lines(lead, e, language.words()).forEach(err::println);
            err.flush();
            return ExitCode.SOME_ERRORS;
        }
        // line by line, so the text ends in \n on every platform whatever line breaks the library used
        try (AnswerSink sink = AnswerSink.open(null, environment.stdout())) {
            explanation.lines().forEach(sink::line);
        }
        return ExitCode.ALL_DECIDED;
    }

    /** The library's explanation, whose pieces from the case are already shown escaped (see {@link Printable}). */
    private String explain(HomeWorkingAdvisor advisor, byte[] bytes) {
        if (nl.thuiswerk.json.RequestAnswers.isRequest(bytes)) {
            // a request to work elsewhere (Wet flexibel werken), told apart by its requestId
            nl.thuiswerk.WorkplaceRequest request = null;
            try {
                request = ThuiswerkJson.readRequest(bytes, language.locale());
                return advisor.explain(request, language.locale());
            } catch (DecisionException e) {
                throw e;
            } catch (RuntimeException e) {
                // its message could name the request's circumstances: only its class is shown
                throw CaseErrors.engineFailed(request == null ? null : request.requestId(), e, language.words());
            }
        }
        Case aCase = null;
        try {
            aCase = ThuiswerkJson.readCase(bytes, language.locale());
            return advisor.explain(aCase, language.locale());
        } catch (DecisionException e) {
            throw e;
        } catch (RuntimeException e) {
            // its message could quote the case: only its class is shown
            throw CaseErrors.engineFailed(aCase == null ? null : aCase.caseId(), e, language.words());
        }
    }
}
