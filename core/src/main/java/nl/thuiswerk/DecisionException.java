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
    private final int moreProblems;

    public DecisionException(ErrorCode code, String caseId, String message, List<Problem> problems) {
        this(code, caseId, message, problems, 0);
    }

    /**
     * @param problems     the problems listed, each with its path
     * @param moreProblems how many more problems the case has than are listed
     */
    public DecisionException(ErrorCode code, String caseId, String message, List<Problem> problems, int moreProblems) {
        super(message, null, false, false);
        if (moreProblems < 0) {
            throw new IllegalArgumentException("moreProblems must not be negative");
        }
        this.code = code;
        this.caseId = caseId;
        this.problems = List.copyOf(problems);
        this.moreProblems = moreProblems;
    }

    public ErrorCode code() {
        return code;
    }

    /** The case's id, or null where it could not be read or is not a valid id. */
    public String caseId() {
        return caseId;
    }

    /**
     * The problems, each with its JSON path; empty for errors that are not about single fields. A case with many
     * problems lists the first of them, in the order of the contract's fields (see {@link #moreProblems()}).
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * How many problems the case has beyond those {@link #problems()} lists: 0 when every problem is listed. An error
     * lists at most 100, and never so many that its JSON is longer than the case, so that a small hostile input cannot
     * make a huge answer.
     */
    public int moreProblems() {
        return moreProblems;
    }
}
