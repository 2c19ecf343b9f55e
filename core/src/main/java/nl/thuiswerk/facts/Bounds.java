package nl.thuiswerk.facts;

import java.math.BigDecimal;

/**
 * The least and the most of the working time on site, from which the outcome follows: a ceiling of 0 is work from
 * home, a floor of 1 is on site, anything else partly on site. Nationally the floor is the justified share s and the
 * ceiling the share in force s'; an employer's policy will raise the floor and lower the ceiling here.
 *
 * @param floor   the least share on site
 * @param ceiling the most share on site; null where nothing limits it
 */
public record Bounds(BigDecimal floor, BigDecimal ceiling) {

    public Bounds {
        floor = Shares.exact(floor);
        ceiling = Shares.exact(ceiling);
    }

    /** Either may be the company doctor's share, which is health data. */
    @Override
    public String toString() {
        return "Bounds[<may be health data, not shown>]";
    }
}
