package nl.thuiswerk.facts;

import nl.thuiswerk.HomeWorkplace;

import java.math.BigDecimal;

/**
 * The facts of a case that are not one need's tasks, defaults applied.
 *
 * @param totalHours          all hours of the job a week, H
 * @param hoursOnSite         the hours of the tasks with any need, P (a task with two needs counts once)
 * @param physicianShare      the company doctor's advised on-site share, m; 0 when there is no advice. Health data
 * @param homeWorkplace       the home workplace
 * @param meetsCoronaMeasures whether the on-site workplace meets the corona measures; null when not stated
 */
public record Circumstances(BigDecimal totalHours, BigDecimal hoursOnSite, BigDecimal physicianShare,
                            HomeWorkplace homeWorkplace, Boolean meetsCoronaMeasures) {

    public Circumstances {
        totalHours = Shares.exact(totalHours);
        hoursOnSite = Shares.exact(hoursOnSite);
        physicianShare = Shares.exact(physicianShare);
    }

    /** The company doctor's share is health data: it never reaches a log through a rule engine's trace. */
    @Override
    public String toString() {
        return "Circumstances[totalHours=" + totalHours + ", hoursOnSite=" + hoursOnSite
                + ", physicianShare=<health data, not shown>, homeWorkplace="
                + homeWorkplace + ", meetsCoronaMeasures=" + meetsCoronaMeasures + "]";
    }
}
