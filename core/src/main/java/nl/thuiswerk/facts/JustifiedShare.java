package nl.thuiswerk.facts;

import java.math.BigDecimal;

/**
 * The on-site share the criteria justify, s = max(w, m, d), with its three grounds. Concluded by the criteria's
 * rules; the grounds are max'ed, never added.
 *
 * @param work   w, the hours of the tasks with any need over all hours
 * @param health m, the company doctor's advised share (health data)
 * @param home   d, 1 when the home workplace is not adequate and cannot be made so, else 0
 * @param share  s
 */
public record JustifiedShare(BigDecimal work, BigDecimal health, BigDecimal home, BigDecimal share) {

    public JustifiedShare {
        work = Shares.exact(work);
        health = Shares.exact(health);
        home = Shares.exact(home);
        share = Shares.exact(share);
    }

    /** s and m may be the company doctor's share, which is health data. */
    @Override
    public String toString() {
        return "JustifiedShare[<may be health data, not shown>]";
    }
}
