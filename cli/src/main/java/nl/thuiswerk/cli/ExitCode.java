package nl.thuiswerk.cli;

/** The contract's exit codes. */
final class ExitCode {

    /** Every case was decided. */
    static final int ALL_DECIDED = 0;
    /** At least one case was answered with an error; the output is still complete. */
    static final int SOME_ERRORS = 1;
    /** Wrong usage, or a file that could not be read or written. */
    static final int USAGE_OR_FILES = 2;

    private ExitCode() {
    }

    static int of(boolean allDecided) {
        return allDecided ? ALL_DECIDED : SOME_ERRORS;
    }
}
