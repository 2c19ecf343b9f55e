package nl.thuiswerk.internal.facts;

import nl.thuiswerk.Need;

import java.math.BigDecimal;
import java.util.List;

/**
 * The tasks of a case that have one need, with their hours: one fact per need present, so a criterion's rule
 * matches one fact instead of gathering tasks.
 *
 * @param need  the need
 * @param tasks the tasks that have it, in the order of the case
 * @param hours their hours together, summed in that order
 */
public record TasksNeeding(Need need, List<WorkTask> tasks, BigDecimal hours) {
}
