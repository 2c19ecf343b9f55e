package nl.thuiswerk.cli;

import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * A case that cannot be decided, in words for the person at the terminal rather than as the contract's error
 * JSON: what went wrong, then one indented {@code path: message} line per problem. Paths name fields as the case
 * wrote them, so they are shown {@link Printable}.
 */
final class CaseErrors {

    private static final String INDENT = "  ";

    private CaseErrors() {
    }

    /**
     * @param lead what could not be done, e.g. {@code case teacher-7 cannot be explained}
     * @return the lead with the library's message; when the error lists problems, the lead with their number
     *         (the library's message only strings them together) and a line for each
     */
    static List<String> lines(String lead, DecisionException e) {
        List<String> lines = new ArrayList<>();
        List<Problem> problems = e.problems();
        if (problems.isEmpty()) {
            lines.add(lead + ": " + oneLine(e.getMessage()));
            return lines;
        }
        int all = problems.size() + e.moreProblems();
        lines.add(lead + ": " + (all == 1 ? "1 problem" : all + " problems") + ":");
        for (Problem p : problems) {
            lines.add(INDENT + (p.path().isEmpty() ? "the case" : Printable.of(p.path())) + ": " + oneLine(p.message()));
        }
        if (e.moreProblems() > 0) {
            lines.add(INDENT + "and " + e.moreProblems() + (e.moreProblems() == 1 ? " more problem" : " more problems")
                    + ", not listed");
        }
        return lines;
    }

    /**
     * A defect in the engine, as {@code ThuiswerkJson.answer} answers it: the class name is enough to report it, the
     * message might quote the case's health facts.
     */
    static DecisionException engineFailed(String caseId, RuntimeException e) {
        return new DecisionException(ErrorCode.INTERNAL_ERROR, caseId,
                "the engine failed on this case: " + e.getClass().getSimpleName(), List.of());
    }

    /**
     * A message over several lines would read as several errors; and one that quotes a case (a path, an id) could
     * hold control characters, which are shown escaped.
     */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        return Printable.of(String.join(" ", message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()));
    }

    /** {@code case teacher-7}, or {@code the case} when its id could not be read. */
    static String theCase(String caseId) {
        return caseId == null ? "the case" : "case " + Printable.of(caseId);
    }
}
