package nl.thuiswerk.cli;

import nl.thuiswerk.Case;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.Verification;
import nl.thuiswerk.json.ThuiswerkJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Checks that a decision came from a case and the rules in force.",
        description = {
            "Decides the case again and compares it with the decision and its receipt: the receipt's hash of the "
                    + "input with the case (its layout and field order do not matter), the receipt's rule-set "
                    + "fingerprint with the rules of this version of thuiswerk, and the decision with what the "
                    + "rules give now.",
            "Writes `confirmed: …`, or a line per difference, `differs (KIND): …`, with KIND one of INPUT, "
                    + "RULE_SET, OUTCOME, DECISION and UNREADABLE; then a `note: …` line for anything that differs "
                    + "without changing the decision, such as the version of thuiswerk that decided. When the input "
                    + "differs, the decision is of another case and is not compared with deciding this one.",
            "A case that cannot be read or is invalid cannot be the input of a decision: it is described on stderr "
                    + "and nothing is written on stdout."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the decision is confirmed",
                "1:the decision differs from deciding the case again, or cannot be read, "
                        + "or the case cannot be read or is invalid",
                "2:wrong usage, a file cannot be read, or the rules are not the ones pinned"})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DECISION.json",
            description = "The decision as `decide` wrote it, on one line or pretty-printed; - reads stdin.")
    private String decisionFile;

    @Parameters(index = "1", paramLabel = "CASE.json",
            description = "The case it claims to be the decision of; - reads stdin.")
    private String caseFile;

    @Mixin
    private Pins pins;

    private final Environment environment;

    VerifyCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (Streams.STANDARD_STREAM.equals(decisionFile) && Streams.STANDARD_STREAM.equals(caseFile)) {
            throw Failure.of("only one of DECISION.json and CASE.json can be read from standard input");
        }
        byte[] decisionBytes = Streams.readBytes(decisionFile, environment.stdin());
        byte[] caseBytes = Streams.readBytes(caseFile, environment.stdin());
        HomeWorkingAdvisor advisor = environment.advisor(pins.asMap());

        Case aCase;
        Verification verification;
        try {
            aCase = readCase(caseBytes);
            StringBuilder why = new StringBuilder();
            String decisionText = Streams.utf8(decisionBytes, why);
            if (decisionText == null) {
                try (AnswerSink sink = AnswerSink.open(null, environment.stdout())) {
                    sink.line("differs (" + Verification.Kind.UNREADABLE + "): the decision in "
                            + Printable.of(Streams.nameOfInput(decisionFile)) + " cannot be read: " + why
                            + "; a decision is written in UTF-8");
                }
                return ExitCode.SOME_ERRORS;
            }
            verification = verify(advisor, decisionText, aCase);
        } catch (DecisionException e) {
            PrintWriter err = environment.stderr();
            String lead = "thuiswerk verify: the case in " + Printable.of(Streams.nameOfInput(caseFile))
                    + " cannot be read, so no decision was made from it";
            CaseErrors.lines(lead, e).forEach(err::println);
            err.flush();
            return ExitCode.SOME_ERRORS;
        }
        try (AnswerSink sink = AnswerSink.open(null, environment.stdout())) {
            report(advisor, aCase, verification).forEach(sink::line);
        }
        return verification.confirmed() ? ExitCode.ALL_DECIDED : ExitCode.SOME_ERRORS;
    }

    /** The case, or its error; a defect of the reader is named by its class only, as its message could quote the case. */
    private static Case readCase(byte[] bytes) {
        try {
            return ThuiswerkJson.readCase(bytes);
        } catch (DecisionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw CaseErrors.engineFailed(null, e);
        }
    }

    private static Verification verify(HomeWorkingAdvisor advisor, String decisionText, Case aCase) {
        try {
            return advisor.verify(decisionText, aCase);
        } catch (DecisionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw CaseErrors.engineFailed(aCase.caseId(), e);
        }
    }

    /**
     * The verdict, then the notes. A confirmed decision was made under the version in force on the case's date,
     * with the fingerprint that version has now: the verification compared exactly that.
     */
    private static List<String> report(HomeWorkingAdvisor advisor, Case aCase, Verification verification) {
        List<String> lines = new ArrayList<>();
        if (verification.confirmed()) {
            RuleSetInfo ruleSet = advisor.ruleSetFor(aCase.referenceDate());
            lines.add("confirmed: " + Printable.of(aCase.caseId()) + " was decided under rule set " + ruleSet.id() + " ("
                    + ruleSet.fingerprint() + ") from this input; deciding it again gives the same decision");
        } else {
            for (Verification.Difference d : verification.differences()) {
                lines.add("differs (" + d.kind() + "): " + CaseErrors.oneLine(d.message()));
            }
            if (verification.differences().isEmpty()) {
                lines.add("differs: the decision is not confirmed, and the library names no difference");
            }
        }
        for (String note : verification.notes()) {
            lines.add("note: " + CaseErrors.oneLine(note));
        }
        return lines;
    }
}
