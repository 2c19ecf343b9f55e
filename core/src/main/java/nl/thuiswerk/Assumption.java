package nl.thuiswerk;

/**
 * A default the decision applied because the case did not state a fact.
 *
 * @param path  the JSON path of the fact that was not stated
 * @param value the value taken instead
 * @param text  what was assumed, in the language asked for
 */
public record Assumption(String path, String value, String text) {
}
