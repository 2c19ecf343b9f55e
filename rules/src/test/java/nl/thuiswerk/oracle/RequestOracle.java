package nl.thuiswerk.oracle;

import nl.thuiswerk.DecisionOutcome;
import nl.thuiswerk.WorkplaceRequest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * docs/requests.md computed step by step, in plain Java, as a second reading written apart from the DRL: its own
 * version table, its own calendar (Gauss's Easter, its own list of the Algemene termijnenwet's holidays with Good
 * Friday, as the law has it) and its own count of the 26 weeks. It calls nothing of the library but the request's
 * records: not {@code RequestDates}, not the facts, not the rules. It knows only the codes of the spec, which is what
 * it is compared on.
 */
public final class RequestOracle {

    /** Status, deadline, the spec's codes and defects (each sorted), the version; or the error. */
    public record Expected(String ruleSet, String status, LocalDate decisionDeadline, List<String> codes,
                           List<String> defects, String error) {
    }

    /** The codes docs/requests.md names; the rules may list more. */
    public static final Set<String> SPEC_CODES = Set.of("EMPLOYER_UNDER_10", "DEVIATING_ARRANGEMENT", "NOT_IN_WRITING",
            "TENURE_UNDER_26_WEEKS", "NOTICE_UNDER_2_MONTHS", "WITHIN_A_YEAR_OF_LAST_DECISION", "DECIDED_IN_TIME",
            "DECIDED_LATE", "NO_DECISION_BY_DEADLINE", "DECISION_DUE", "ART_2A", "UNFORESEEN_CIRCUMSTANCES");

    static final LocalDate WFW_2016 = LocalDate.of(2016, 1, 1);
    static final LocalDate WFW_2022 = LocalDate.of(2022, 8, 2);

    private RequestOracle() {
    }

    public static Expected assess(WorkplaceRequest r) {
        LocalDate submitted = r.submittedOn();
        if (submitted.isBefore(WFW_2016)) {
            return new Expected(null, null, null, List.of(), List.of(), "NO_RULESET_IN_FORCE");
        }
        boolean v2022 = !submitted.isBefore(WFW_2022);
        String version = v2022 ? "wfw-2022-08-02" : "wfw-2016-01-01";
        boolean art2a = v2022 && (yes(r.employee().parentOfChildUnder8()) || yes(r.employee().caregiver()));
        boolean unforeseen = yes(r.unforeseenCircumstances());
        Set<String> codes = new TreeSet<>();
        Set<String> defects = new TreeSet<>();
        if (art2a) {
            codes.add("ART_2A");
        }
        // 1 and 2
        if (r.employer().employees() < 10 && !art2a) {
            codes.add("EMPLOYER_UNDER_10");
            return new Expected(version, "NOT_APPLICABLE", null, List.copyOf(codes), List.of(), null);
        }
        if (yes(r.employer().deviatingArrangement()) && !art2a) {
            codes.add("DEVIATING_ARRANGEMENT");
            return new Expected(version, "DEVIATING_ARRANGEMENT", null, List.copyOf(codes), List.of(), null);
        }
        // 3
        if (unforeseen) {
            codes.add("UNFORESEEN_CIRCUMSTANCES");
        }
        LocalDate start = r.intendedStart();
        boolean unmet = false;
        if (!r.inWriting()) {
            codes.add("NOT_IN_WRITING");
            unmet = true;
        }
        if (!unforeseen && employedDays(r.employee().employment(), start) < 182) {
            codes.add("TENURE_UNDER_26_WEEKS");
            unmet = true;
        }
        if (!unforeseen && submitted.isAfter(start.minusMonths(2))) {
            codes.add("NOTICE_UNDER_2_MONTHS");
            unmet = true;
        }
        LocalDate previous = r.previousDecisionOn();
        if (!unforeseen && !art2a && previous != null && submitted.isBefore(previous.plusYears(1))) {
            codes.add("WITHIN_A_YEAR_OF_LAST_DECISION");
            unmet = true;
        }
        if (unmet) {
            return new Expected(version, "NOT_A_STATUTORY_REQUEST", null, List.copyOf(codes), List.of(), null);
        }
        // 4
        LocalDate deadline = unforeseen ? fifthWorkingDayAfter(submitted) : start.minusMonths(1);
        // 5
        String status;
        WorkplaceRequest.EmployerDecision d = r.decision();
        if (d != null && !d.decidedOn().isAfter(deadline)) {
            status = "DECIDED";
            codes.add("DECIDED_IN_TIME");
            if (!d.inWriting()) {
                defects.add("DECISION_NOT_IN_WRITING");
            }
            if (d.outcome() != DecisionOutcome.GRANTED && !d.reasonsGiven()) {
                defects.add("NO_WRITTEN_REASONS");
            }
            if (d.outcome() != DecisionOutcome.GRANTED && !d.consulted()) {
                defects.add("NO_CONSULTATION");
            }
        } else if (d != null) {
            status = "GRANTED_BY_LAW";
            codes.add("DECIDED_LATE");
        } else if (r.asOf().isAfter(deadline)) {
            status = "GRANTED_BY_LAW";
            codes.add("NO_DECISION_BY_DEADLINE");
        } else {
            status = "PENDING";
            codes.add("DECISION_DUE");
        }
        return new Expected(version, status, deadline, List.copyOf(codes), List.copyOf(defects), null);
    }

    private static boolean yes(Boolean b) {
        return b != null && b;
    }

    /**
     * The days of employment before the start that count: going back from the last period, an earlier one counts
     * while the gap after it, from the day after its end, is at most six months long.
     */
    public static long employedDays(List<WorkplaceRequest.EmploymentPeriod> periods, LocalDate start) {
        long days = 0;
        LocalDate nextFrom = null;
        for (int i = periods.size() - 1; i >= 0; i--) {
            WorkplaceRequest.EmploymentPeriod p = periods.get(i);
            if (nextFrom != null) {
                LocalDate gapBegins = p.to().plusDays(1);
                if (gapBegins.plusMonths(6).isBefore(nextFrom)) {
                    break;
                }
            }
            LocalDate endExclusive = p.to() == null || !p.to().isBefore(start) ? start : p.to().plusDays(1);
            days += Math.max(0, ChronoUnit.DAYS.between(p.from(), endExclusive));
            nextFrom = p.from();
        }
        return days;
    }

    // --- the calendar ------------------------------------------------------------------------------------------

    /** The fifth day after the given one that is a Monday to Friday and not a holiday. */
    public static LocalDate fifthWorkingDayAfter(LocalDate day) {
        LocalDate d = day;
        for (int found = 0; found < 5; ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek().getValue() <= 5 && !holidays(d.getYear()).contains(d)) {
                found++;
            }
        }
        return d;
    }

    /**
     * New Year, Good Friday, Easter Monday, King's Day (the 27th of April, the 26th when the 27th is a Sunday), the
     * fifth of May, Ascension, Whit Monday and both Christmas days.
     */
    public static Set<LocalDate> holidays(int year) {
        LocalDate easter = gaussEaster(year);
        LocalDate kings = LocalDate.of(year, Month.APRIL, 27);
        if (kings.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kings = LocalDate.of(year, Month.APRIL, 26);
        }
        Set<LocalDate> days = new HashSet<>(List.of(LocalDate.of(year, 1, 1), easter.minusDays(2), easter.plusDays(1),
                kings, LocalDate.of(year, 5, 5), easter.plusDays(39), easter.plusDays(50), LocalDate.of(year, 12, 25),
                LocalDate.of(year, 12, 26)));
        return days;
    }

    /** Easter Sunday by Gauss's rule for the Gregorian calendar, with its two exceptions. */
    public static LocalDate gaussEaster(int year) {
        int a = year % 19;
        int b = year % 4;
        int c = year % 7;
        int k = year / 100;
        int p = (13 + 8 * k) / 25;
        int q = k / 4;
        int m = (15 - p + k - q) % 30;
        int n = (4 + k - q) % 7;
        int d = (19 * a + m) % 30;
        int e = (2 * b + 4 * c + 6 * d + n) % 7;
        if (d == 29 && e == 6) {
            return LocalDate.of(year, 4, 19);
        }
        if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) {
            return LocalDate.of(year, 4, 18);
        }
        return LocalDate.of(year, 3, 22).plusDays(d + e);
    }

    /** Every general holiday from one year to another, in date order. */
    public static List<LocalDate> holidays(int fromYear, int toYear) {
        List<LocalDate> all = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            all.addAll(new TreeSet<>(holidays(y)));
        }
        return all;
    }
}
