package nl.thuiswerk;

/** The kinds of error the contract names. */
public enum ErrorCode {
    /** The case breaks the contract; every problem is listed with its path. */
    INVALID_INPUT,
    /** No rule-set version is in force on the reference date. */
    NO_RULESET_IN_FORCE,
    /** The input is not JSON; the message gives line and column. */
    MALFORMED_JSON,
    /**
     * A defect in thuiswerk itself stopped this case; never expected. Batch answers such a line with this code
     * rather than lose it, and the other lines go on.
     */
    INTERNAL_ERROR
}
