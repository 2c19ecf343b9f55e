package nl.thuiswerk;

import java.util.List;

/**
 * The facts behind a reason; a field is null where it does not apply to the reason.
 *
 * @param tasks             the tasks that carry the ground, in the order of the case
 * @param hoursPerWeek      their hours together
 * @param totalHoursPerWeek all hours of the job
 * @param share             the on-site share this ground justifies (rounded to 4 decimals)
 * @param justifiedShare    the share the criteria justify before the phase's own rule (rounded to 4 decimals)
 * @param homeWorkplace     the home workplace behind the ground
 */
public record Facts(List<String> tasks, Double hoursPerWeek, Double totalHoursPerWeek, Double share,
                    Double justifiedShare, HomeWorkplace homeWorkplace) {

    public Facts {
        tasks = tasks == null ? null : List.copyOf(tasks);
    }
}
