package nl.thuiswerk.internal.facts;

import java.math.BigDecimal;

/**
 * The on-site share the criteria justify, s = max(w, m, d).
 *
 * @param share   s
 * @param nothing true when no ground applies (s = 0)
 */
public record JustifiedShare(BigDecimal share, boolean nothing) {

    /** The grounds are max'ed, not added: each alone justifies up to its own share. */
    public static JustifiedShare strongestOf(BigDecimal... grounds) {
        BigDecimal max = BigDecimal.ZERO;
        for (BigDecimal ground : grounds) {
            max = ground.compareTo(max) > 0 ? ground : max;
        }
        return new JustifiedShare(max, max.signum() == 0);
    }

    /** s may be the company doctor's share, which is health data. */
    @Override
    public String toString() {
        return "JustifiedShare[<may be health data, not shown>]";
    }

    /** Whether s is below the given share. */
    public boolean below(BigDecimal other) {
        return share.compareTo(other) < 0;
    }
}
