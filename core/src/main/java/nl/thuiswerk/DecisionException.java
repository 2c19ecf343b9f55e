package nl.thuiswerk;

import java.util.List;

/**
 * A case that cannot be decided. Carries the same code, message and problems as the contract's error JSON.
 * Messages name paths and dates, never the value of a health field.
 */
public final class DecisionException extends RuntimeException {

    private final ErrorCode code;
    private final String caseId;
    private final List<Problem> problems;

    public DecisionException(ErrorCode code, String caseId, String message, List<Problem> problems) {
        super(message, null, false, false);
        this.code = code;
        this.caseId = caseId;
        this.problems = List.copyOf(problems);
    }

    public ErrorCode code() {
        return code;
    }

    /** The case's id, or null where it could not be read. */
    public String caseId() {
        return caseId;
    }

    /** Every problem, each with its JSON path; empty for errors that are not about single fields. */
    public List<Problem> problems() {
        return problems;
    }
}
