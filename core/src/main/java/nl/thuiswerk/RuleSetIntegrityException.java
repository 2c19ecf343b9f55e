package nl.thuiswerk;

/**
 * The rules found are not the rules pinned: an advisor built with a fingerprint for a version (or for the
 * catalogue) refuses to start when what it covers differs from what was pinned, when the version does not exist,
 * or when the rules cannot be read at all; also when the class path holds the rules twice.
 */
public final class RuleSetIntegrityException extends IllegalStateException {

    public RuleSetIntegrityException(String message) {
        super(message);
    }

    public RuleSetIntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
