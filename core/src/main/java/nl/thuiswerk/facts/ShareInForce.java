package nl.thuiswerk.facts;

import java.math.BigDecimal;

/**
 * The most of the working time on site the national advice in force supports, s'. Concluded by the rules of the
 * version's kind of phase, exactly once.
 *
 * @param share s'; null where the phase sets no national limit
 */
public record ShareInForce(BigDecimal share) {

    public ShareInForce {
        share = Shares.exact(share);
    }

    /** s' may be the company doctor's share, which is health data. */
    @Override
    public String toString() {
        return "ShareInForce[<may be health data, not shown>]";
    }
}
