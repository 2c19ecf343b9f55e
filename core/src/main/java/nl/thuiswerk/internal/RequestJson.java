package nl.thuiswerk.internal;

import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.Problem;
import nl.thuiswerk.WorkplaceRequest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * JSON text to a valid {@link WorkplaceRequest}, or one exception that lists every problem, in the order of the
 * contract's fields and bounded as a case's error is ({@link CaseJson#invalid(String, List, long, Language, CaseJson.Words)}). The
 * request's id travels in the exception's {@code caseId}.
 */
public final class RequestJson {

    /** A request is small (at most 20 periods); a longer text is refused before it is parsed. */
    public static final int MAX_REQUEST_CHARS = CaseJson.MAX_CASE_CHARS;

    /** The fields of the contract in its order, as paths without indices; a path is ordered by its prefixes. */
    private static final List<String> FIELDS = List.of("requestId", "submittedOn", "inWriting", "intendedStart",
            "until", "desiredWorkplace", "unforeseenCircumstances", "employee", "employee.employment",
            "employee.employment.from", "employee.employment.to", "employee.parentOfChildUnder8", "employee.caregiver",
            "employer", "employer.employees", "employer.deviatingArrangement", "previousDecisionOn", "decision",
            "decision.decidedOn", "decision.inWriting", "decision.outcome", "decision.reasonsGiven",
            "decision.consulted", "asOf");

    private static final Pattern SEPARATORS = Pattern.compile("[.\\[\\]]+");

    private RequestJson() {
    }

    /** As {@link #read(String, long, Language)}, a document of its own, its errors worded in Dutch (as a case's). */
    public static WorkplaceRequest read(String json) {
        return read(json, 0, Language.NL);
    }

    /**
     * @param lineOfFile the line of a JSON Lines file the text is, so that a malformed request names it; 0 for a
     *                   document of its own
     * @param language   the language of the error's message and of every problem: an error is worded in one language
     *                   throughout
     * @throws DecisionException {@code MALFORMED_JSON} with line and column, or {@code INVALID_INPUT} with every
     *                           problem and its path
     */
    public static WorkplaceRequest read(String json, long lineOfFile, Language language) {
        if (json.length() > MAX_REQUEST_CHARS) {
            throw new DecisionException(ErrorCode.INVALID_INPUT, null,
                    Messages.LIBRARY.get(language, "request.error.tooLong", MAX_REQUEST_CHARS),
                    List.of(new Problem("", Messages.LIBRARY.get(language, "problem.jsonLength", MAX_REQUEST_CHARS))));
        }
        JsonTree.Parsed parsed = JsonTree.parse(json, Math.max(1, lineOfFile), language, JsonTree.Document.REQUEST);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        RequestReader.Result read = RequestReader.read(parsed.root(), language);
        problems.addAll(read.problems());
        if (read.request() == null && problems.isEmpty()) {
            problems.add(new Problem("", Messages.LIBRARY.get(language, "problem.jsonObject")));
        }
        if (read.request() != null) {
            problems.addAll(RequestValidator.validate(read.request(), problems.stream().map(Problem::path).toList(),
                    language));
        }
        if (!problems.isEmpty()) {
            throw CaseJson.invalid(parsed.caseId(), inContractOrder(problems), CaseJson.utf8Bytes(json), language,
                    CaseJson.Words.REQUEST);
        }
        return read.request();
    }

    /**
     * The error of a request given through the Java API, which has no JSON text to measure: at most 100 problems,
     * its message worded in the given language (as its problems are).
     */
    public static DecisionException invalid(String requestId, List<Problem> problems, Language language) {
        return CaseJson.invalid(requestId, inContractOrder(problems), Long.MAX_VALUE, language, CaseJson.Words.REQUEST);
    }

    /**
     * The problems in the order of the request's fields: each path is ranked by its prefixes (so that
     * {@code decision.inWriting} is ranked within the decision, not as the request's own {@code inWriting}), then by
     * its indices; unknown fields come last. The sort is stable.
     */
    static List<Problem> inContractOrder(List<Problem> problems) {
        record Ranked(Problem problem, int[] ranks) {
        }
        List<Ranked> ranked = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            ranked.add(new Ranked(p, ranks(p.path())));
        }
        ranked.sort((a, b) -> Arrays.compare(a.ranks(), b.ranks()));
        return ranked.stream().map(Ranked::problem).toList();
    }

    private static int[] ranks(String path) {
        if (path.isEmpty()) {
            return new int[] {-1};
        }
        String[] tokens = SEPARATORS.split(path);
        int[] ranks = new int[tokens.length];
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (!token.isEmpty() && Character.isDigit(token.charAt(0))) {
                ranks[i] = index(token);
                continue;
            }
            if (prefix.length() > 0) {
                prefix.append('.');
            }
            prefix.append(token);
            int rank = FIELDS.indexOf(prefix.toString());
            ranks[i] = rank < 0 ? FIELDS.size() : rank;
        }
        return ranks;
    }

    private static int index(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

}
