package nl.thuiswerk.facts;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * The employer's floor F and cap C of one case: the highest {@link PolicyFloor} (0 without one) and the lowest
 * {@link PolicyCap} (1 without one). Concluded by the library's delegation rules once a policy's rules have
 * concluded, never by a policy; the delegation rules combine it with the {@link NationalAdvice} into the
 * {@link Bounds} the outcome follows from.
 *
 * @param floor F
 * @param cap   C
 */
public record PolicyLimits(BigDecimal floor, BigDecimal cap) {

    public PolicyLimits {
        floor = Shares.exact(floor);
        cap = Shares.exact(cap);
    }

    /** F and C of the floors and caps a policy concluded. */
    public static PolicyLimits of(Collection<?> floors, Collection<?> caps) {
        BigDecimal f = BigDecimal.ZERO;
        for (Object o : floors) {
            f = f.max(((PolicyFloor) o).share());
        }
        BigDecimal c = BigDecimal.ONE;
        for (Object o : caps) {
            c = c.min(((PolicyCap) o).share());
        }
        return new PolicyLimits(f, c);
    }

    /** Either may follow from the company doctor's advice, which is health data. */
    @Override
    public String toString() {
        return "PolicyLimits[<shares not shown>]";
    }
}
