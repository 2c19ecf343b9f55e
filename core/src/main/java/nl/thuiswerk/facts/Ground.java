package nl.thuiswerk.facts;

import nl.thuiswerk.HomeWorkplace;

import java.math.BigDecimal;
import java.util.List;

/**
 * The facts behind one reason, as a rule reports them; unrounded. A component is null where it does not apply.
 *
 * @param tasks          the indexes of the tasks that carry the ground, ascending
 * @param hours          their hours a week together
 * @param totalHours     all hours a week
 * @param share          the share the ground (or the phase) supports
 * @param justifiedShare the share the criteria justify, for a phase's own reason
 * @param homeWorkplace  the home workplace behind the ground
 */
public record Ground(List<Integer> tasks, BigDecimal hours, BigDecimal totalHours, BigDecimal share,
                     BigDecimal justifiedShare, HomeWorkplace homeWorkplace) {

    /** The share of a ground may be the company doctor's advice, which is health data. */
    @Override
    public String toString() {
        return "Ground[tasks=" + (tasks == null ? 0 : tasks.size()) + ", <shares not shown>]";
    }

    /** Tasks that carry a ground, with their hours and share of all hours. */
    public static Ground ofTasks(TasksNeeding tasks, Circumstances circumstances) {
        return new Ground(tasks.tasks(), tasks.hours(), circumstances.totalHours(),
                Shares.of(tasks.hours(), circumstances.totalHours()), null, null);
    }

    /** A ground that is a share of working time by itself, such as the company doctor's advice. */
    public static Ground ofShare(BigDecimal share) {
        return new Ground(null, null, null, share, null, null);
    }

    /** The home workplace as a ground. */
    public static Ground ofHomeWorkplace(HomeWorkplace homeWorkplace, BigDecimal share) {
        return new Ground(null, null, null, share, null, homeWorkplace);
    }

    /** A phase's own reason: the share the criteria justify, and the share the phase supports (null: no limit). */
    public static Ground ofPhase(JustifiedShare justified, BigDecimal share) {
        return new Ground(null, null, null, share, justified.share(), null);
    }
}
