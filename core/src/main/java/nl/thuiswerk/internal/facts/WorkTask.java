package nl.thuiswerk.internal.facts;

import nl.thuiswerk.Need;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One task of the case.
 *
 * @param index           its place in the case, which orders the tasks of a reason
 * @param name            the task's name
 * @param hours           hours a week, exactly as given
 * @param needs           why it cannot be done from home
 * @param needsToBeOnSite true when it has any need
 */
public record WorkTask(int index, String name, BigDecimal hours, Set<Need> needs, boolean needsToBeOnSite) {

    public static WorkTask of(int index, String name, double hours, Set<Need> needs) {
        return new WorkTask(index, name, BigDecimal.valueOf(hours), needs, !needs.isEmpty());
    }
}
