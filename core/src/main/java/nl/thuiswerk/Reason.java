package nl.thuiswerk;

/**
 * Why the decision is what it is: one ground, or the principle of the phase.
 *
 * @param code   a stable code of the criteria, e.g. {@code NATURE_OF_WORK}
 * @param rule   the name of the rule that gave it
 * @param text   the reason in the language asked for
 * @param source the published text the rule encodes
 * @param facts  the facts behind it
 */
public record Reason(String code, String rule, String text, Source source, Facts facts) {
}
