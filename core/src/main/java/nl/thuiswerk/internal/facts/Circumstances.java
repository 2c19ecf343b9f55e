package nl.thuiswerk.internal.facts;

import nl.thuiswerk.HomeWorkplace;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;

/**
 * The facts of a case that are not tasks.
 *
 * @param totalHours          all hours of the job, H
 * @param physicianShare      the company doctor's advised on-site share, m; 0 when there is no advice
 * @param homeWorkplace       the home workplace, default applied
 * @param meetsCoronaMeasures whether the on-site workplace meets the corona measures; null when not stated
 */
public record Circumstances(BigDecimal totalHours, BigDecimal physicianShare, HomeWorkplace homeWorkplace,
                            Boolean meetsCoronaMeasures) {

    /** The company doctor's share is health data: it never reaches a log through a rule engine's trace. */
    @Override
    public String toString() {
        return "Circumstances[totalHours=" + totalHours + ", physicianShare=<health data, not shown>, homeWorkplace="
                + homeWorkplace + ", meetsCoronaMeasures=" + meetsCoronaMeasures + "]";
    }

    /** Enough digits that rounding to 4 decimals afterwards never depends on the division. */
    public static final MathContext SHARES = MathContext.DECIMAL64;

    /** The share of all hours the given tasks take: P / H. Summed in the case's order, so always the same. */
    public BigDecimal shareOfHours(List<WorkTask> tasks) {
        return hoursOf(tasks).divide(totalHours, SHARES);
    }

    public static BigDecimal hoursOf(List<WorkTask> tasks) {
        return tasks.stream()
                .sorted(Comparator.comparingInt(WorkTask::index))
                .map(WorkTask::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
