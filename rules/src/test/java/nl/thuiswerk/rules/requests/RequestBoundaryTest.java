package nl.thuiswerk.rules.requests;

import nl.thuiswerk.DecisionOutcome;
import nl.thuiswerk.RequestStatus;
import nl.thuiswerk.WorkplaceRequest;
import nl.thuiswerk.facts.requests.RequestDates;
import nl.thuiswerk.oracle.RequestOracle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exhaustive checks at the edges the rules turn on, every day from 2016 to 2035: the five working days from each day
 * of the holiday calendar, the months and years at every month end and 29 February, 181 and 182 days of employment,
 * and a gap of six months and a day more. Each through the drafted rules, against the oracle's own calendar.
 */
class RequestBoundaryTest {

    private static final LocalDate FIRST = LocalDate.of(2016, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2035, 12, 31);
    private static final RequestRules RULES = RequestRules.get();

    /** A statutory request in every respect but the ones a test sets: in writing, 250 employees, long employed. */
    private static WorkplaceRequest request(LocalDate submitted, LocalDate start, Boolean unforeseen,
                                            List<WorkplaceRequest.EmploymentPeriod> employment, LocalDate previous,
                                            LocalDate asOf) {
        return new WorkplaceRequest("edge", submitted, true, start, null, "Home", unforeseen,
                new WorkplaceRequest.Employee(employment, null, null), new WorkplaceRequest.Employer(250, null), previous,
                null, asOf);
    }

    private static List<WorkplaceRequest.EmploymentPeriod> longEmployed(LocalDate start) {
        return List.of(new WorkplaceRequest.EmploymentPeriod(start.minusYears(3), null));
    }

    private static void agree(WorkplaceRequest r, List<String> disagreements) {
        RequestRules.Outcome o = RULES.run(r);
        RequestOracle.Expected e = RequestOracle.assess(r);
        String got = o.status() + " " + o.deadline() + " "
                + o.codes().stream().filter(RequestOracle.SPEC_CODES::contains).sorted().toList();
        String want = e.status() + " " + e.decisionDeadline() + " " + e.codes();
        if (!got.equals(want) && disagreements.size() < 10) {
            disagreements.add(r.submittedOn() + " → " + r.intendedStart() + ": rules " + got + ", oracle " + want);
        }
    }

    @Test
    void the_general_holidays_of_the_library_are_the_oracles_on_every_day_from_2016_to_2035() {
        List<LocalDate> library = new ArrayList<>();
        for (int year = 2016; year <= 2035; year++) {
            library.addAll(RequestDates.generalHolidays(year));
            assertThat(RequestDates.easterSunday(year)).isEqualTo(RequestOracle.gaussEaster(year));
        }
        assertThat(library).isEqualTo(RequestOracle.holidays(2016, 2035));
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            assertThat(RequestDates.isGeneralHoliday(d)).as(d.toString()).isEqualTo(library.contains(d));
        }
    }

    @Test
    void five_working_days_from_every_day_of_2016_to_2035_through_the_rules() {
        List<String> disagreements = new ArrayList<>();
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            // given a request on unforeseen circumstances, submitted that day
            WorkplaceRequest r = request(d, d.plusDays(7), true, longEmployed(d), null, d);

            // when
            RequestRules.Outcome o = RULES.run(r);

            // then the deadline is the fifth working day after it, in the library and in the oracle
            LocalDate expected = RequestOracle.fifthWorkingDayAfter(d);
            assertThat(RequestDates.fiveWorkingDaysAfter(d)).as(d.toString()).isEqualTo(expected);
            if (!expected.equals(o.deadline()) && disagreements.size() < 10) {
                disagreements.add(d + ": rules " + o.deadline() + ", oracle " + expected);
            }
            assertThat(o.status()).isEqualTo(RequestStatus.PENDING);
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void two_months_notice_and_the_deadline_a_month_before_every_start_from_march_2016_to_2035() {
        List<String> disagreements = new ArrayList<>();
        int starts = 0;
        int shortNotice = 0;
        for (LocalDate start = LocalDate.of(2016, 3, 1); !start.isAfter(LAST); start = start.plusDays(1)) {
            LocalDate lastDay = start.minusMonths(2);
            // given submitted on the last day to submit, and the day after
            WorkplaceRequest onTime = request(lastDay, start, null, longEmployed(start), null, lastDay);
            WorkplaceRequest late = request(lastDay.plusDays(1), start, null, longEmployed(start), null, lastDay.plusDays(1));

            // then the first is a statutory request with its deadline a month before the start, the second is not
            RequestRules.Outcome o = RULES.run(onTime);
            assertThat(o.deadline()).as(start.toString()).isEqualTo(start.minusMonths(1));
            assertThat(o.codes()).doesNotContain("NOTICE_UNDER_2_MONTHS");
            agree(onTime, disagreements);
            agree(late, disagreements);
            starts++;
            if (RULES.run(late).codes().contains("NOTICE_UNDER_2_MONTHS")) {
                shortNotice++;
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(shortNotice).as("a day after the last day to submit is always too late").isEqualTo(starts);
    }

    @Test
    void month_ends_and_29_february_move_as_local_date_moves_them() {
        // 31 March and 30 April go back one month to the end of February, in leap years to 29 February
        assertThat(RULES.run(request(LocalDate.of(2024, 1, 29), LocalDate.of(2024, 3, 31), null,
                longEmployed(LocalDate.of(2024, 3, 31)), null, LocalDate.of(2024, 2, 1))).deadline())
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(RULES.run(request(LocalDate.of(2023, 1, 29), LocalDate.of(2023, 3, 31), null,
                longEmployed(LocalDate.of(2023, 3, 31)), null, LocalDate.of(2023, 2, 1))).deadline())
                .isEqualTo(LocalDate.of(2023, 2, 28));
        // a start on 30 April: the last day to submit is 28 February (29 in a leap year)
        LocalDate start = LocalDate.of(2025, 4, 30);
        assertThat(RULES.run(request(LocalDate.of(2025, 2, 28), start, null, longEmployed(start), null,
                LocalDate.of(2025, 3, 1))).codes()).doesNotContain("NOTICE_UNDER_2_MONTHS");
        assertThat(RULES.run(request(LocalDate.of(2025, 3, 1), start, null, longEmployed(start), null,
                LocalDate.of(2025, 3, 1))).codes()).contains("NOTICE_UNDER_2_MONTHS");
    }

    @Test
    void a_year_after_every_decision_from_january_2015_to_2034_and_after_29_february() {
        List<String> disagreements = new ArrayList<>();
        for (LocalDate previous = LocalDate.of(2015, 1, 2); previous.getYear() <= 2034; previous = previous.plusDays(1)) {
            LocalDate yearLater = previous.plusYears(1);
            for (LocalDate submitted : List.of(yearLater, yearLater.minusDays(1))) {
                LocalDate start = submitted.plusMonths(3);
                WorkplaceRequest r = request(submitted, start, null, longEmployed(start), previous, submitted);
                boolean within = RULES.run(r).codes().contains("WITHIN_A_YEAR_OF_LAST_DECISION");
                assertThat(within).as(previous + " → " + submitted).isEqualTo(submitted.isBefore(yearLater));
                agree(r, disagreements);
            }
        }
        assertThat(disagreements).isEmpty();
        // after 29 February 2024 the year ends on 28 February 2025: a request that day is no longer within it
        LocalDate leap = LocalDate.of(2024, 2, 29);
        LocalDate start = LocalDate.of(2025, 6, 2);
        assertThat(RULES.run(request(LocalDate.of(2025, 2, 28), start, null, longEmployed(start), leap,
                LocalDate.of(2025, 2, 28))).codes()).doesNotContain("WITHIN_A_YEAR_OF_LAST_DECISION");
        assertThat(RULES.run(request(LocalDate.of(2025, 2, 27), start, null, longEmployed(start), leap,
                LocalDate.of(2025, 2, 27))).codes()).contains("WITHIN_A_YEAR_OF_LAST_DECISION");
    }

    @Test
    void tenure_of_182_days_is_26_weeks_and_181_is_not_before_every_start_of_2016_to_2035() {
        List<String> disagreements = new ArrayList<>();
        for (LocalDate start = LocalDate.of(2016, 3, 1); !start.isAfter(LAST); start = start.plusDays(1)) {
            LocalDate submitted = start.minusMonths(2);
            for (int days : new int[] {181, 182}) {
                WorkplaceRequest r = request(submitted, start, null,
                        List.of(new WorkplaceRequest.EmploymentPeriod(start.minusDays(days), null)), null, submitted);
                boolean under = RULES.run(r).codes().contains("TENURE_UNDER_26_WEEKS");
                assertThat(under).as(start + ", " + days + " days").isEqualTo(days == 181);
                agree(r, disagreements);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void a_gap_of_six_months_joins_the_periods_and_a_day_more_does_not_after_every_end_from_september_2015_to_may_2035() {
        List<String> disagreements = new ArrayList<>();
        for (LocalDate end = LocalDate.of(2015, 9, 1); !end.isAfter(LocalDate.of(2035, 5, 31)); end = end.plusDays(1)) {
            // given 200 days until the end, then a gap, then 10 days before the intended start
            LocalDate latest = end.plusDays(1).plusMonths(6);
            for (LocalDate from : List.of(latest, latest.plusDays(1))) {
                LocalDate start = from.plusDays(10);
                LocalDate submitted = start.minusMonths(2);
                WorkplaceRequest r = request(submitted, start, null, List.of(
                        new WorkplaceRequest.EmploymentPeriod(end.minusDays(199), end),
                        new WorkplaceRequest.EmploymentPeriod(from, null)), null, submitted);

                // then joined the 210 days reach the 26 weeks; a day later only the 10 days count
                boolean under = RULES.run(r).codes().contains("TENURE_UNDER_26_WEEKS");
                assertThat(under).as(end + " → " + from).isEqualTo(from.isAfter(latest));
                assertThat(RequestOracle.employedDays(r.employee().employment(), start))
                        .isEqualTo(from.equals(latest) ? 210 : 10);
                agree(r, disagreements);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void a_decision_on_the_deadline_is_in_time_and_a_day_later_grants_by_law_at_every_month_end() {
        for (int year = 2017; year <= 2035; year++) {
            for (Month month : Month.values()) {
                LocalDate start = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
                LocalDate deadline = start.minusMonths(1);
                LocalDate submitted = start.minusMonths(3);
                for (LocalDate decided : List.of(deadline, deadline.plusDays(1))) {
                    WorkplaceRequest r = new WorkplaceRequest("edge", submitted, true, start, null, "Home", null,
                            new WorkplaceRequest.Employee(longEmployed(start), null, null),
                            new WorkplaceRequest.Employer(250, null), null,
                            new WorkplaceRequest.EmployerDecision(decided, true, DecisionOutcome.REFUSED, true, true),
                            decided);
                    assertThat(RULES.run(r).status()).as(start + " decided " + decided)
                            .isEqualTo(decided.equals(deadline) ? RequestStatus.DECIDED : RequestStatus.GRANTED_BY_LAW);
                }
                // and without a decision: due on the deadline, granted by law the day after
                for (LocalDate asOf : List.of(deadline, deadline.plusDays(1))) {
                    WorkplaceRequest r = request(submitted, start, null, longEmployed(start), null, asOf);
                    assertThat(RULES.run(r).status()).as(start + " as of " + asOf)
                            .isEqualTo(asOf.equals(deadline) ? RequestStatus.PENDING : RequestStatus.GRANTED_BY_LAW);
                }
            }
        }
    }
}
