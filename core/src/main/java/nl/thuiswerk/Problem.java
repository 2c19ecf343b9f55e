package nl.thuiswerk;

/**
 * One thing wrong with an input.
 *
 * @param path    the JSON path of the field, e.g. {@code job.tasks[0].hoursPerWeek}; empty for the whole input
 * @param message what is wrong; never the value itself
 */
public record Problem(String path, String message) {
}
