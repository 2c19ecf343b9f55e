package nl.thuiswerk.facts;

import java.math.BigDecimal;

/**
 * A conclusion of an employer's policy: at most this share of working time on site. One of the two things a
 * policy's rules may insert ({@link PolicyFloor} is the other); the rule that inserts it gives its code and source
 * ({@code @code}, {@code @source}), and the decision lists that code as a reason. Of several caps the lowest counts;
 * the national ceiling, where there is one, caps it again.
 *
 * @param share the most share on site, from 0 to 1
 */
public record PolicyCap(BigDecimal share) {

    public PolicyCap {
        share = Shares.exact(java.util.Objects.requireNonNull(share, "share"));
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a policy's cap is a share from 0 to 1");
        }
    }

    /** The share may follow from the company doctor's advice, which is health data. */
    @Override
    public String toString() {
        return "PolicyCap[<share not shown>]";
    }
}
