package nl.thuiswerk;

/** The kinds of error the contract names. */
public enum ErrorCode {
    /** The case breaks the contract; every problem is listed with its path. */
    INVALID_INPUT,
    /** No rule-set version is in force on the reference date. */
    NO_RULESET_IN_FORCE,
    /** The input is not JSON; the message gives line and column. */
    MALFORMED_JSON
}
