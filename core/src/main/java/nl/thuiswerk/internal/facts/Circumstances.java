package nl.thuiswerk.internal.facts;

import nl.thuiswerk.HomeWorkplace;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The facts of a case that are not tasks.
 *
 * @param totalHours          all hours of the job, H
 * @param hoursOnSite         the hours of the tasks with any need, P
 * @param physicianShare      the company doctor's advised on-site share, m; 0 when there is no advice
 * @param homeWorkplace       the home workplace, default applied
 * @param meetsCoronaMeasures whether the on-site workplace meets the corona measures; null when not stated
 */
public record Circumstances(BigDecimal totalHours, BigDecimal hoursOnSite, BigDecimal physicianShare,
                            HomeWorkplace homeWorkplace, Boolean meetsCoronaMeasures) {

    /** The company doctor's share is health data: it never reaches a log through a rule engine's trace. */
    @Override
    public String toString() {
        return "Circumstances[totalHours=" + totalHours + ", hoursOnSite=" + hoursOnSite
                + ", physicianShare=<health data, not shown>, homeWorkplace="
                + homeWorkplace + ", meetsCoronaMeasures=" + meetsCoronaMeasures + "]";
    }

    /** Enough digits that rounding to 4 decimals afterwards never depends on the division. */
    public static final MathContext SHARES = MathContext.DECIMAL64;

    /** The work share w = P / H. */
    public BigDecimal workShare() {
        return hoursOnSite.divide(totalHours, SHARES);
    }
}
