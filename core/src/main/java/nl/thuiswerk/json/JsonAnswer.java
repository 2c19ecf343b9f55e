package nl.thuiswerk.json;

/**
 * The answer to one case given as JSON text: a decision or an error, never an exception.
 *
 * @param json    the decision or the error, as JSON
 * @param decided whether it is a decision
 */
public record JsonAnswer(String json, boolean decided) {
}
