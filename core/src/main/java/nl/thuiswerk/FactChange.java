package nl.thuiswerk;

/**
 * One fact of a case, changed: part of a {@link WhatIf}.
 *
 * <p>The values are words, not JSON: for a task's needs {@code NONE} (it could be done from home), {@code ANY}
 * (it had to be done on site, for whichever need) or the needs it has; for the company doctor's advice
 * {@code GIVEN} or {@code NONE} (never its share); for the home workplace its values; for the corona measures
 * {@code true}, {@code false} or {@code NOT_STATED}.
 *
 * @param path the JSON path of the fact, e.g. {@code job.tasks[0].needs}
 * @param from the value in the case
 * @param to   the value that would change the decision
 */
public record FactChange(String path, String from, String to) {
}
