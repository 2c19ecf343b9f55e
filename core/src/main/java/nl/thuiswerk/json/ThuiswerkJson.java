package nl.thuiswerk.json;

import nl.thuiswerk.Assessment;
import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.NoRuleSetPeriod;
import nl.thuiswerk.DecisionChange;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.RuleSetTrace;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.ImpactCounts;
import nl.thuiswerk.WorkplaceRequest;
import nl.thuiswerk.internal.AssessmentJson;
import nl.thuiswerk.internal.CanonicalCase;
import nl.thuiswerk.internal.CaseJson;
import nl.thuiswerk.internal.JsonOutput;
import nl.thuiswerk.internal.Language;
import nl.thuiswerk.internal.Messages;
import nl.thuiswerk.internal.RequestJson;
import nl.thuiswerk.internal.Unicode;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON contract: strict on the way in (unknown fields, duplicate keys, wrong types and values outside
 * the contract are all reported, each with its path), fixed on the way out (field order, shares rounded to
 * 4 decimals), so the same input gives the same bytes.
 *
 * <p>Errors are worded in a language: Dutch ({@code nl}) or English ({@code en}), given as a {@link Locale}. A method
 * without one words them in Dutch, as {@link nl.thuiswerk.HomeWorkingAdvisor#decide(Case)} does.
 */
public final class ThuiswerkJson {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private ThuiswerkJson() {
    }

    /**
     * Reads and validates one case; an error is worded in Dutch.
     *
     * @throws DecisionException {@code MALFORMED_JSON} with line and column, or {@code INVALID_INPUT} with
     *                           every problem and its path
     */
    public static Case readCase(String json) {
        return readCase(json, DUTCH);
    }

    /**
     * Reads and validates one case, an error worded in the language of the locale.
     *
     * @throws DecisionException        as {@link #readCase(String)}
     * @throws IllegalArgumentException for a language other than Dutch or English
     */
    public static Case readCase(String json, Locale locale) {
        return CaseJson.read(json, 0, Language.of(locale));
    }

    /**
     * Reads and validates one case given as the bytes of a file or a request body, in UTF-8. Bytes that are not
     * UTF-8 (text saved in Latin-1 or Windows-1252, a character cut off) are refused, never replaced: a replaced
     * character would change the case's id. A byte-order mark before the case is ignored.
     *
     * @throws DecisionException {@code MALFORMED_JSON} naming the byte offset, line and column of the first byte
     *                           that is not UTF-8, or as {@link #readCase(String)}
     */
    public static Case readCase(byte[] utf8) {
        return readCase(utf8, DUTCH);
    }

    /** As {@link #readCase(byte[])}, an error worded in the language of the locale. */
    public static Case readCase(byte[] utf8, Locale locale) {
        Language language = Language.of(locale);
        return CaseJson.read(text(utf8, 0, language), 0, language);
    }

    /**
     * Reads and validates one request to change the place of work (docs/requests.md): unknown fields, duplicate keys,
     * wrong types, impossible dates and every rule of the contract's field table are reported, each with its path, in
     * the order of the contract's fields. No message repeats a value of the request. Its errors are worded in Dutch,
     * as {@link #readCase(String)}'s are.
     *
     * @throws DecisionException {@code MALFORMED_JSON} with line and column, or {@code INVALID_INPUT} with every
     *                           problem and its path; {@link DecisionException#caseId()} holds the request's id
     */
    public static WorkplaceRequest readRequest(String json) {
        return readRequest(json, DUTCH);
    }

    /**
     * As {@link #readRequest(String)}, an error (its message and every problem) worded in the language of the locale.
     *
     * @throws DecisionException        as {@link #readRequest(String)}
     * @throws IllegalArgumentException for a language other than Dutch or English
     */
    public static WorkplaceRequest readRequest(String json, Locale locale) {
        return RequestJson.read(withoutByteOrderMark(json), 0, Language.of(locale));
    }

    /**
     * Reads and validates one request given as the bytes of a file or a request body, in UTF-8, refusing bytes that
     * are not UTF-8 as {@link #readCase(byte[])} does. A byte-order mark before the request is ignored. An error is
     * worded in Dutch.
     *
     * @throws DecisionException {@code MALFORMED_JSON} naming the first byte that is not UTF-8, or as
     *                           {@link #readRequest(String)}
     */
    public static WorkplaceRequest readRequest(byte[] utf8) {
        return readRequest(utf8, DUTCH);
    }

    /** As {@link #readRequest(byte[])}, an error worded in the language of the locale. */
    public static WorkplaceRequest readRequest(byte[] utf8, Locale locale) {
        Language language = Language.of(locale);
        return RequestJson.read(text(utf8, 0, language), 0, language);
    }

    /** One assessment as a single line of JSON, in the contract's field order. */
    public static String write(Assessment assessment) {
        return AssessmentJson.assessment(assessment, false);
    }

    /** One assessment as indented JSON. */
    public static String writePretty(Assessment assessment) {
        return AssessmentJson.assessment(assessment, true);
    }

    /**
     * Reads one case and answers it with the given decider: the decision's JSON, or the error's when the case
     * cannot be read, is invalid or has no rule set in force. A defect of the engine for this one case is answered
     * as {@code INTERNAL_ERROR} naming only the exception's class (its message might quote the case's health
     * facts), so a batch of millions loses no other line. A byte-order mark before the case is ignored. The errors of
     * reading the case are worded in Dutch; those of {@code decide} in the language it decides in.
     */
    public static JsonAnswer answer(String caseJson, Function<Case, Decision> decide, boolean pretty) {
        return answer(caseJson, decide, pretty, DUTCH);
    }

    /**
     * As {@link #answer(String, Function, boolean)}, the errors of reading the case worded in the language of the locale
     * (give {@code decide} the same locale, so that every error of the answer is in one language).
     */
    public static JsonAnswer answer(String caseJson, Function<Case, Decision> decide, boolean pretty, Locale locale) {
        Language language = Language.of(locale);
        Case aCase = null;
        try {
            aCase = CaseJson.read(withoutByteOrderMark(caseJson), 0, language);
            Decision d = decide.apply(aCase);
            return new JsonAnswer(pretty ? writePretty(d) : write(d), true);
        } catch (DecisionException e) {
            return new JsonAnswer(pretty ? writePretty(e) : write(e), false);
        } catch (RuntimeException e) {
            DecisionException defect = internalError(aCase, e, language);
            return new JsonAnswer(pretty ? writePretty(defect) : write(defect), false);
        }
    }

    /** As {@link #answer(String, Function, boolean)}, for a case given as UTF-8 bytes as {@link #readCase(byte[])} reads them. */
    public static JsonAnswer answer(byte[] utf8, Function<Case, Decision> decide, boolean pretty) {
        return answer(utf8, decide, pretty, DUTCH);
    }

    /** As {@link #answer(byte[], Function, boolean)}, the errors of reading the case worded in the language of the locale. */
    public static JsonAnswer answer(byte[] utf8, Function<Case, Decision> decide, boolean pretty, Locale locale) {
        try {
            return answer(text(utf8, 0, Language.of(locale)), decide, pretty, locale);
        } catch (DecisionException e) {
            return new JsonAnswer(pretty ? writePretty(e) : write(e), false);
        }
    }

    /**
     * Answers one line of a JSON Lines file, given as its UTF-8 bytes without the line break: the decision's JSON,
     * or an error whose JSON names the line, {@code {"caseId":…,"line":7,"error":{…}}}, so that an answer that has no
     * caseId can still be joined to its line; a malformed line gives that line and the column in its message. A
     * byte-order mark at the start of the line is ignored. Like {@link #answer(String, Function, boolean)} it never
     * throws for a case.
     *
     * @param lineNumber the line's number in its file, from 1
     */
    public static JsonAnswer answerLine(byte[] utf8, long lineNumber, Function<Case, Decision> decide) {
        return answerLine(utf8, lineNumber, decide, DUTCH);
    }

    /** As {@link #answerLine(byte[], long, Function)}, the errors of reading the line worded in the language of the locale. */
    public static JsonAnswer answerLine(byte[] utf8, long lineNumber, Function<Case, Decision> decide, Locale locale) {
        LineDecision decided = decideLine(utf8, lineNumber, decide, locale);
        if (decided.decided()) {
            try {
                return new JsonAnswer(write(decided.decision()), true);
            } catch (RuntimeException e) {
                DecisionException error = new DecisionException(ErrorCode.INTERNAL_ERROR, decided.decision().caseId(),
                        Messages.LIBRARY.get(Language.of(locale), "error.internal", e.getClass().getSimpleName()),
                        List.of());
                return new JsonAnswer(JsonOutput.error(error, lineNumber, false), false);
            }
        }
        return new JsonAnswer(JsonOutput.error(decided.error(), lineNumber, false), false);
    }

    /**
     * Reads and decides one line of a JSON Lines file as {@link #answerLine(byte[], long, Function, Locale)} does,
     * and leaves the writing to the caller: the decision, or the error {@code answerLine} would write (a line that
     * cannot be read, a case that cannot be decided, or an internal error that names no input). Never throws for a
     * case.
     */
    public static LineDecision decideLine(byte[] utf8, long lineNumber, Function<Case, Decision> decide, Locale locale) {
        Language language = Language.of(locale);
        Case aCase = null;
        try {
            aCase = CaseJson.read(text(utf8, lineNumber, language), lineNumber, language);
            return new LineDecision(lineNumber, decide.apply(aCase), null);
        } catch (DecisionException e) {
            return new LineDecision(lineNumber, null, e);
        } catch (RuntimeException e) {
            return new LineDecision(lineNumber, null, internalError(aCase, e, language));
        }
    }

    /**
     * Reads one case and compares it with the given comparer; like {@link #answer} it never throws for a case. A
     * comparison is for auditors, whose reports are in English: so are its errors.
     */
    public static Comparison compare(String caseJson, Function<Case, Optional<DecisionChange>> compare) {
        return compare(() -> CaseJson.read(withoutByteOrderMark(caseJson), 0, Language.EN), compare);
    }

    /**
     * Compares one line of a JSON Lines file, given as its UTF-8 bytes, as {@link #answerLine} reads it; like
     * {@link #answer} it never throws for a case.
     */
    public static Comparison compareLine(byte[] utf8, long lineNumber, Function<Case, Optional<DecisionChange>> compare) {
        return compare(() -> CaseJson.read(text(utf8, lineNumber, Language.EN), lineNumber, Language.EN), compare);
    }

    private static Comparison compare(java.util.function.Supplier<Case> read,
                                      Function<Case, Optional<DecisionChange>> compare) {
        Case aCase = null;
        try {
            aCase = read.get();
            return new Comparison(compare.apply(aCase).orElse(null), null);
        } catch (DecisionException e) {
            return new Comparison(null, e);
        } catch (RuntimeException e) {
            return new Comparison(null, internalError(aCase, e, Language.EN));
        }
    }

    /** The bytes as text, refused when they are not UTF-8, without a byte-order mark. */
    private static String text(byte[] utf8, long lineOfFile, Language language) {
        return withoutByteOrderMark(Unicode.decodeUtf8(utf8, lineOfFile, language));
    }

    private static DecisionException internalError(Case aCase, RuntimeException e, Language language) {
        return new DecisionException(ErrorCode.INTERNAL_ERROR, aCase == null ? null : aCase.caseId(),
                Messages.LIBRARY.get(language, "error.internal", e.getClass().getSimpleName()), List.of());
    }

    private static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** One decision as a single line of JSON. */
    public static String write(Decision decision) {
        return JsonOutput.decision(decision, false);
    }

    /** One decision as indented JSON. */
    public static String writePretty(Decision decision) {
        return JsonOutput.decision(decision, true);
    }

    /** An error as a single line of JSON: {@code {"caseId":…,"error":{"code":…,"message":…,"problems":[…]}}}. */
    public static String write(DecisionException error) {
        return JsonOutput.error(error, false);
    }

    public static String writePretty(DecisionException error) {
        return JsonOutput.error(error, true);
    }

    /**
     * An error answering a line of a JSON Lines file, as {@link #answerLine} writes it:
     * {@code {"caseId":…,"line":7,"error":{…}}}.
     */
    public static String write(DecisionException error, long lineNumber) {
        return JsonOutput.error(error, lineNumber, false);
    }

    /** A version's trace: each code with its source and quote, its DRL rules and its scenario tests. */
    public static String writeTrace(RuleSetTrace trace, boolean pretty) {
        return JsonOutput.trace(trace, pretty);
    }

    /**
     * How one case's decision changes between two versions, on one line:
     * {@code {"caseId":…,"changes":["OUTCOME",…],"from":{…},"to":{…}}}.
     */
    public static String write(DecisionChange change) {
        return JsonOutput.change(change);
    }

    /**
     * The tally of a comparison of two versions over a population, on one line:
     * {@code {"summary":{"from","to","cases","changed","unchanged","notCompared","byKind":{…},"byOutcome":{…}}}};
     * {@code byKind} lists every kind, {@code byOutcome} only the changes of outcome that happened, as
     * {@code "HOME → PARTLY_ON_SITE"}, in the order of their text.
     */
    public static String writeImpactSummary(String from, String to, ImpactCounts counts) {
        return JsonOutput.impactSummary(from, to, counts);
    }

    /** A case as canonical JSON: the contract's field order, shortest numbers, needs in a fixed order, no white space. */
    public static String write(Case aCase) {
        return CanonicalCase.json(aCase);
    }

    /** Every rule-set version with its validity, sources, fingerprint and evidence: {@code {"ruleSets":[…]}}. */
    public static String writeRuleSets(List<RuleSetInfo> ruleSets, boolean pretty) {
        return JsonOutput.ruleSets(ruleSets, null, null, pretty);
    }

    /**
     * The versions and the periods without one: {@code {"ruleSets":[…],"withoutRuleSet":[{"from","to","reason"}]}},
     * an open end as null.
     */
    public static String writeRuleSets(List<RuleSetInfo> ruleSets, List<NoRuleSetPeriod> periods, boolean pretty) {
        return JsonOutput.ruleSets(ruleSets, periods, null, pretty);
    }

    /**
     * The versions, the periods without one and the catalogue's fingerprint:
     * {@code {"ruleSets":[…],"withoutRuleSet":[…],"catalogueFingerprint":"sha256:…"}}, as
     * {@link nl.thuiswerk.HomeWorkingAdvisor#catalogueFingerprint()} gives it.
     */
    public static String writeRuleSets(List<RuleSetInfo> ruleSets, List<NoRuleSetPeriod> periods,
                                       String catalogueFingerprint, boolean pretty) {
        return JsonOutput.ruleSets(ruleSets, periods, catalogueFingerprint, pretty);
    }

    /**
     * As {@link #writeRuleSets(List, List, String, boolean)}, then the employers' policies: {@code "policies":[{"id",
     * "fingerprint","versions":[{"version","title","validFrom","validTo","sources","fingerprint"}]}]}, as
     * {@link nl.thuiswerk.HomeWorkingAdvisor#policies()} and {@code policyFingerprints()} give them.
     */
    public static String writeRuleSets(List<RuleSetInfo> ruleSets, List<NoRuleSetPeriod> periods,
                                       String catalogueFingerprint, List<nl.thuiswerk.PolicyInfo> policies,
                                       java.util.Map<String, String> policyFingerprints, boolean pretty) {
        return JsonOutput.ruleSets(ruleSets, periods, catalogueFingerprint, policies, policyFingerprints, pretty);
    }

    /**
     * Both domains: the versions of the advice, the periods without one, the catalogue's fingerprint and the
     * employers' policies as {@link #writeRuleSets(List, List, String, List, java.util.Map, boolean)} writes them,
     * each version with {@code "domain":"advice"}; then {@code "requests"}: the versions of requests under the Wet
     * flexibel werken, each with {@code "domain":"requests"}, their periods without one and their catalogue's
     * fingerprint.
     */
    public static String writeAllRuleSets(nl.thuiswerk.HomeWorkingAdvisor advisor, boolean pretty) {
        String requests = JsonOutput.ruleSets(advisor.requestRuleSets(), advisor.requestPeriodsWithoutRuleSet(),
                advisor.requestCatalogueFingerprint(), List.of(), java.util.Map.of(), false, "requests", null);
        return JsonOutput.ruleSets(advisor.ruleSets(), advisor.periodsWithoutRuleSet(), advisor.catalogueFingerprint(),
                advisor.policies(), advisor.policyFingerprints(), pretty, "advice", requests);
    }
}
