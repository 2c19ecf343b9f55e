package nl.thuiswerk.internal.facts;

import nl.thuiswerk.Outcome;

import java.math.BigDecimal;

/**
 * The on-site share the advice in force supports, s', and the outcome it gives.
 *
 * @param share          s'; null where the phase sets no national limit
 * @param outcome        HOME at 0, ON_SITE at 1, PARTLY_ON_SITE between them or without a limit
 * @param onSite         some work on site is supported (s' greater than 0, or no limit)
 * @param someWorkAtHome some work is done at home (s' below 1, or no limit)
 */
public record ShareInForce(BigDecimal share, Outcome outcome, boolean onSite, boolean someWorkAtHome) {

    /** s' may be the company doctor's share, which is health data. */
    @Override
    public String toString() {
        return "ShareInForce[outcome=" + outcome + ", share=<may be health data, not shown>]";
    }

    public static ShareInForce limitedTo(BigDecimal share) {
        Outcome outcome = share.signum() == 0 ? Outcome.HOME
                : share.compareTo(BigDecimal.ONE) >= 0 ? Outcome.ON_SITE
                : Outcome.PARTLY_ON_SITE;
        return new ShareInForce(share, outcome, share.signum() > 0, share.compareTo(BigDecimal.ONE) < 0);
    }

    /** A phase without a national limit: employer and employee agree on the split. */
    public static ShareInForce withoutLimit() {
        return new ShareInForce(null, Outcome.PARTLY_ON_SITE, true, true);
    }
}
