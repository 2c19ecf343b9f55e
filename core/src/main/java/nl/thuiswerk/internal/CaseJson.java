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
            throw invalid(parsed.caseId(), problems);
        }
        return read.aCase();
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
