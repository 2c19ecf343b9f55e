package nl.thuiswerk.facts;

import java.math.BigDecimal;

/**
 * A conclusion of an employer's policy: at least this share of working time on site. One of the two things a
 * policy's rules may insert ({@link PolicyCap} is the other); the rule that inserts it gives its code and source
 * ({@code @code}, {@code @source}), and the decision lists that code as a reason. Of several floors the highest
 * counts; the library's delegation rules then keep it within the national advice.
 *
 * <pre>{@code
 * rule "Team days: at least two days a week at the office"
 *     @code("TEAM_DAYS") @source("VBV-2022")
 * when
 *     Parameter( name == "teamDays", $share : value )
 * then
 *     insert( new PolicyFloor( $share ) );
 * end
 * }</pre>
 *
 * @param share the least share on site, from 0 to 1
 */
public record PolicyFloor(BigDecimal share) {

    public PolicyFloor {
        share = Shares.exact(java.util.Objects.requireNonNull(share, "share"));
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a policy's floor is a share from 0 to 1");
        }
    }

    /** The share may follow from the company doctor's advice, which is health data. */
    @Override
    public String toString() {
        return "PolicyFloor[<share not shown>]";
    }
}
