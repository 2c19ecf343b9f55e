package nl.thuiswerk;

/**
 * The rules found are not the rules pinned: an advisor built with a fingerprint for a version refuses to start
 * when that version's rule files differ from what was pinned, or the version does not exist.
 */
public final class RuleSetIntegrityException extends IllegalStateException {

    public RuleSetIntegrityException(String message) {
        super(message);
    }
}
