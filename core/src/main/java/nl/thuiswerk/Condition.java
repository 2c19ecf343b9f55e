package nl.thuiswerk;

/**
 * Something that must be arranged; it does not change the outcome.
 *
 * @param code     a stable code of the criteria, e.g. {@code ON_SITE_WORKPLACE_NOT_CORONA_PROOF}
 * @param rule     the name of the rule that gave it
 * @param text     the condition in the language asked for
 * @param blocking true when no on-site work may take place until it is met
 * @param source   the published text the rule encodes
 */
public record Condition(String code, String rule, String text, boolean blocking, Source source) {
}
