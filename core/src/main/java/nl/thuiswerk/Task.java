package nl.thuiswerk;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One task of a job.
 *
 * @param name         what the task is, 1..200 characters
 * @param hoursPerWeek hours a week spent on it, greater than 0 and at most 80
 * @param needs        why it cannot be done from home; empty when it can; null when not stated, which is read as
 *                     empty and listed in the decision's assumptions
 */
public record Task(String name, double hoursPerWeek, Set<Need> needs) {

    public Task {
        if (needs != null) {
            needs = needs.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf((Collection<Need>) needs));
        }
    }

    /** The needs, empty when none were stated. */
    public Set<Need> needsOrNone() {
        return needs == null ? Set.of() : needs;
    }

    /** A task that can be done from home. */
    public static Task atHome(String name, double hoursPerWeek) {
        return new Task(name, hoursPerWeek, Set.of());
    }

    /** A task that needs what is given to be done on site. */
    public static Task needing(String name, double hoursPerWeek, Need first, Need... more) {
        return new Task(name, hoursPerWeek, EnumSet.of(first, more));
    }
}
