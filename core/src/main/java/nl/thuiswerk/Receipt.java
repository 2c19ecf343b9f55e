package nl.thuiswerk;

/**
 * What anyone needs to check later that a decision came from these facts and these rules: decide the case again
 * with the library of this version and compare ({@code thuiswerk verify DECISION.json CASE.json}).
 *
 * @param inputSha256        {@code sha256:} over the case in canonical JSON (fixed field order, shortest numbers,
 *                           needs in a fixed order, fields not stated left out), so layout does not matter
 * @param ruleSetFingerprint the fingerprint of the rule-set version that decided; null where an employer's policy
 *                           decided on a day without national advice
 * @param libraryVersion     the version of thuiswerk that decided
 * @param policyFingerprint  the fingerprint of the employer's policy version that decided; null without a policy
 */
public record Receipt(String inputSha256, String ruleSetFingerprint, String libraryVersion, String policyFingerprint) {

    /** The receipt of a decision of the national rules alone. */
    public Receipt(String inputSha256, String ruleSetFingerprint, String libraryVersion) {
        this(inputSha256, ruleSetFingerprint, libraryVersion, null);
    }
}
