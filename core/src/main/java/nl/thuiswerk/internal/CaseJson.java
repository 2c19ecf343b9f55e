package nl.thuiswerk.internal;

import nl.thuiswerk.Case;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.Problem;

import java.util.ArrayList;
import java.util.List;

/** JSON text to a valid {@link Case}, or one exception that lists every problem. */
public final class CaseJson {

    public static final int MAX_CASE_CHARS = 64 * 1024;

    private CaseJson() {
    }

    public static Case read(String json) {
        if (json.length() > MAX_CASE_CHARS) {
            throw new DecisionException(ErrorCode.INVALID_INPUT, null,
                    "the case is longer than " + MAX_CASE_CHARS + " characters",
                    List.of(new Problem("", "must be at most " + MAX_CASE_CHARS + " characters of JSON")));
        }
        JsonTree.Parsed parsed = JsonTree.parse(json);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        CaseReader.Result read = CaseReader.read(parsed.root());
        problems.addAll(read.problems());
        if (read.aCase() == null && problems.isEmpty()) {
            problems.add(new Problem("", "must be a JSON object"));
        }
        if (read.aCase() != null) {
            problems.addAll(CaseValidator.validate(read.aCase(),
                    problems.stream().map(Problem::path).toList()));
        }
        if (!problems.isEmpty()) {
            throw invalid(parsed.caseId(), inContractOrder(problems));
        }
        return read.aCase();
    }

    /** The fields of the contract in its order; a path is ordered by its fields and indices, unknown fields last. */
    private static final List<String> FIELDS = List.of("caseId", "referenceDate", "job", "title", "tasks", "name",
            "hoursPerWeek", "needs", "worker", "occupationalPhysicianAdvice", "onSiteShare", "homeWorkplace",
            "onSiteWorkplace", "meetsCoronaMeasures");

    /**
     * The JSON reader finds some problems and the validator the others; the user reads them best in the order of
     * the case's fields. The sort is stable, so two problems of one path keep their order.
     */
    static List<Problem> inContractOrder(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(CaseJson::compare);
        return sorted;
    }

    private static int compare(Problem a, Problem b) {
        String[] x = a.path().split("[.\\[\\]]+");
        String[] y = b.path().split("[.\\[\\]]+");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(rank(x[i]), rank(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int rank(String token) {
        if (token.isEmpty()) {
            return -1;
        }
        if (Character.isDigit(token.charAt(0))) {
            try {
                return Integer.parseInt(token);
            } catch (NumberFormatException e) {
                return Integer.MAX_VALUE;
            }
        }
        int i = FIELDS.indexOf(token);
        return i < 0 ? FIELDS.size() : i;
    }

    public static DecisionException invalid(String caseId, List<Problem> problems) {
        StringBuilder message = new StringBuilder();
        message.append(problems.size() == 1 ? "1 problem: " : problems.size() + " problems: ");
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            message.append(i == 0 ? "" : "; ").append(p.path().isEmpty() ? "the case" : p.path()).append(' ')
                    .append(p.message());
        }
        return new DecisionException(ErrorCode.INVALID_INPUT, caseId, message.toString(), problems);
    }
}
