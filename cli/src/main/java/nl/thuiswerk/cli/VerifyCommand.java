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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import nl.thuiswerk.internal.Language;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Checks that a decision came from a case, or an assessment from a request, and the rules in force.",
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
                    + "and nothing is written on stdout. So are two files given the other way round, and a second file "
                    + "that is a decision or an error answer rather than a case.",
            "Given an assessment and its request (a JSON object with a requestId), the assessment is checked the "
                    + "same way: receipt, rule set and fingerprint, status and deadline, and every other field.",
            "The words after `confirmed:`, `differs (KIND):` and `note:` are in the language of --lang; those "
                    + "markers, and KIND, stay as they are, for scripts."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the decision is confirmed",
                "1:the decision differs from deciding the case again, or cannot be read, "
                        + "or the case cannot be read or is invalid",
                "2:wrong usage, a file cannot be read, or the rules are not the ones pinned"})
final class VerifyCommand implements Callable<Integer> {

    private static final JsonFactory JSON = new JsonFactory();

    @Parameters(index = "0", paramLabel = "DECISION.json",
            description = "The decision as `decide` wrote it, on one line or pretty-printed; - reads stdin.")
    private String decisionFile;

    @Parameters(index = "1", paramLabel = "CASE.json",
            description = "The case it claims to be the decision of; - reads stdin.")
    private String caseFile;

    @Mixin
    private nl.thuiswerk.cli.Language language;

    @Mixin
    private Pins pins;

    private final Environment environment;

    VerifyCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Language words = language.words();
        if (Streams.STANDARD_STREAM.equals(decisionFile) && Streams.STANDARD_STREAM.equals(caseFile)) {
            throw Failure.of("verify.bothStdin");
        }
        byte[] decisionBytes = Streams.readBytes(decisionFile, environment.stdin());
        byte[] caseBytes = Streams.readBytes(caseFile, environment.stdin());
        String wrongWayRound = wrongFiles(decisionBytes, caseBytes, words);
        if (wrongWayRound != null) {
            environment.stderr().println("thuiswerk verify: " + wrongWayRound);
            environment.stderr().flush();
            return ExitCode.SOME_ERRORS;
        }
        HomeWorkingAdvisor advisor = environment.advisor(pins.asMap(), pins.policies());
        if (nl.thuiswerk.json.RequestAnswers.isRequest(caseBytes)) {
            return verifyRequest(advisor, decisionBytes, caseBytes, words);
        }

        Case aCase;
        Verification verification;
        try {
            aCase = readCase(caseBytes, words);
            StringBuilder why = new StringBuilder();
            String decisionText = Streams.utf8(decisionBytes, why);
            if (decisionText == null) {
                try (AnswerSink sink = AnswerSink.open(null, environment.stdout())) {
                    sink.line("differs (" + Verification.Kind.UNREADABLE + "): " + CaseErrors.say(words, "verify.notUtf8",
                            Printable.of(Streams.nameOfInput(decisionFile).in(words)), why.substring(0, 2),
                            why.substring(3)));
                }
                return ExitCode.SOME_ERRORS;
            }
            verification = verify(advisor, decisionText, aCase, words);
        } catch (DecisionException e) {
            PrintWriter err = environment.stderr();
            String lead = "thuiswerk verify: " + CaseErrors.say(words, "verify.caseUnreadable",
                    Printable.of(Streams.nameOfInput(caseFile).in(words)));
            CaseErrors.lines(lead, e, words).forEach(err::println);
            err.flush();
            return ExitCode.SOME_ERRORS;
        }
        try (AnswerSink sink = AnswerSink.open(null, environment.stdout())) {
            report(advisor, aCase, verification, words).forEach(sink::line);
        }
        return verification.confirmed() ? ExitCode.ALL_DECIDED : ExitCode.SOME_ERRORS;
    }

    /**
     * Why the files cannot be a decision and its case when that is plain from their top-level fields: given the other
     * way round, or a second file that is a decision or an error answer. Null when they may be what they claim; the
     * library says what else is wrong.
     */
    private String wrongFiles(byte[] decisionBytes, byte[] caseBytes, Language words) {
        Set<String> second = topLevelFields(caseBytes);
        if (second == null) {
            return null;
        }
        Set<String> first = topLevelFields(decisionBytes);
        boolean secondIsDecision = second.contains("outcome") && second.contains("receipt");
        String caseName = Printable.of(Streams.nameOfInput(caseFile).in(words));
        if (secondIsDecision && first != null && first.contains("job") && !first.contains("outcome")) {
            return CaseErrors.say(words, "verify.swapped", caseName,
                    Printable.of(Streams.nameOfInput(decisionFile).in(words)));
        }
        if (secondIsDecision) {
            return CaseErrors.say(words, "verify.caseIsDecision", caseName);
        }
        if (second.contains("error") && !second.contains("job")) {
            return CaseErrors.say(words, "verify.caseIsError", caseName);
        }
        return null;
    }

    /** An assessment and its request: the same checks as a decision and its case, in the same words. */
    private int verifyRequest(HomeWorkingAdvisor advisor, byte[] assessmentBytes, byte[] requestBytes, Language words) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(words.tag());
        nl.thuiswerk.WorkplaceRequest request = null;
        Verification verification;
        try {
            request = ThuiswerkJson.readRequest(requestBytes, locale);
            StringBuilder why = new StringBuilder();
            String text = Streams.utf8(assessmentBytes, why);
            if (text == null) {
                try (AnswerSink sink = AnswerSink.open(null, environment.stdout())) {
                    sink.line("differs (" + Verification.Kind.UNREADABLE + "): " + CaseErrors.say(words, "verify.notUtf8",
                            Printable.of(Streams.nameOfInput(decisionFile).in(words)), why.substring(0, 2),
                            why.substring(3)));
                }
                return ExitCode.SOME_ERRORS;
            }
            verification = advisor.verify(text, request, locale);
        } catch (DecisionException e) {
            PrintWriter err = environment.stderr();
            String lead = "thuiswerk verify: " + CaseErrors.say(words, "verify.requestUnreadable",
                    Printable.of(Streams.nameOfInput(caseFile).in(words)));
            CaseErrors.lines(lead, e, words, "request.unnamed").forEach(err::println);
            err.flush();
            return ExitCode.SOME_ERRORS;
        } catch (RuntimeException e) {
            throw CaseErrors.engineFailed(request == null ? null : request.requestId(), e, words,
                    "request.error.internal");
        }
        List<String> lines = new ArrayList<>();
        if (verification.confirmed()) {
            nl.thuiswerk.Assessment again = advisor.assess(request, locale);
            lines.add("confirmed: " + CaseErrors.say(words, "verify.confirmedRequest", Printable.of(request.requestId()),
                    again.ruleSet().id(), again.ruleSet().fingerprint()));
        } else {
            for (Verification.Difference d : verification.differences()) {
                lines.add("differs (" + d.kind() + "): " + CaseErrors.oneLine(d.message(), words));
            }
        }
        verification.notes().forEach(n -> lines.add("note: " + CaseErrors.oneLine(n, words)));
        try (AnswerSink sink = AnswerSink.open(null, environment.stdout())) {
            lines.forEach(sink::line);
        }
        return verification.confirmed() ? ExitCode.ALL_DECIDED : ExitCode.SOME_ERRORS;
    }

    /** The names of a JSON object's own fields, or null when the bytes are not one. Nothing else is kept. */
    private static Set<String> topLevelFields(byte[] bytes) {
        try (JsonParser parser = JSON.createParser(new String(bytes, StandardCharsets.UTF_8))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Set<String> names = new HashSet<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                names.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
            return token == JsonToken.END_OBJECT ? names : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The case, or its error; a defect of the reader is named by its class only, as its message could quote the case. */
    private static Case readCase(byte[] bytes, Language words) {
        try {
            return ThuiswerkJson.readCase(bytes, java.util.Locale.forLanguageTag(words.tag()));
        } catch (DecisionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw CaseErrors.engineFailed(null, e, words);
        }
    }

    private static Verification verify(HomeWorkingAdvisor advisor, String decisionText, Case aCase, Language words) {
        try {
            return advisor.verify(decisionText, aCase, java.util.Locale.forLanguageTag(words.tag()));
        } catch (DecisionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw CaseErrors.engineFailed(aCase.caseId(), e, words);
        }
    }

    /**
     * The verdict, then the notes. A confirmed decision was made under the version in force on the case's date,
     * with the fingerprint that version has now: the verification compared exactly that.
     */
    private static List<String> report(HomeWorkingAdvisor advisor, Case aCase, Verification verification, Language words) {
        List<String> lines = new ArrayList<>();
        if (verification.confirmed()) {
            // a policy's decision is named by the policy version that decided it, which the verification compared
            nl.thuiswerk.PolicyInfo policy = aCase.employerPolicy() == null ? null : advisor.policies().stream()
                    .filter(p -> p.id().equals(aCase.employerPolicy()) && p.covers(aCase.referenceDate()))
                    .findFirst().orElse(null);
            if (policy != null) {
                lines.add("confirmed: " + CaseErrors.say(words, "verify.confirmed", Printable.of(aCase.caseId()),
                        policy.version(), policy.fingerprint()));
            } else {
                RuleSetInfo ruleSet = advisor.ruleSetFor(aCase.referenceDate(),
                        java.util.Locale.forLanguageTag(words.tag()));
                lines.add("confirmed: " + CaseErrors.say(words, "verify.confirmed", Printable.of(aCase.caseId()),
                        ruleSet.id(), ruleSet.fingerprint()));
            }
        } else {
            for (Verification.Difference d : verification.differences()) {
                lines.add("differs (" + d.kind() + "): " + CaseErrors.oneLine(d.message(), words));
            }
            if (verification.differences().isEmpty()) {
                lines.add("differs: " + CaseErrors.say(words, "verify.noDifference"));
            }
        }
        for (String note : verification.notes()) {
            lines.add("note: " + CaseErrors.oneLine(note, words));
        }
        return lines;
    }
}
