package nl.thuiswerk;

/**
 * An employer's policy was refused at start, with a message that names the policy: two policies with one id, a jar
 * that is not a policy, rules that fail to load, or rules that conclude anything but a floor or a cap. A pinned
 * policy whose fingerprint differs is refused with a {@link RuleSetIntegrityException}, as a national version is.
 */
public final class PolicyException extends IllegalStateException {

    public PolicyException(String message) {
        super(message);
    }

    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
