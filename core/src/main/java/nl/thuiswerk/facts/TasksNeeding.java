package nl.thuiswerk.facts;

import nl.thuiswerk.Need;

import java.math.BigDecimal;
import java.util.List;

/**
 * The tasks of a case that have one need, with their hours: one fact per need present, so a criterion's rule
 * matches one fact instead of gathering tasks.
 *
 * @param need  the need
 * @param tasks the indexes of the tasks that have it in the case's {@code job.tasks}, ascending
 * @param hours their hours a week together
 */
public record TasksNeeding(Need need, List<Integer> tasks, BigDecimal hours) {

    public TasksNeeding {
        tasks = List.copyOf(tasks);
        hours = Shares.exact(hours);
    }
}
