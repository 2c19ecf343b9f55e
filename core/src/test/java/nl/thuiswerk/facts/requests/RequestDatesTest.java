package nl.thuiswerk.facts.requests;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestDatesTest {

    /**
     * Western Easter 2016-2035 as the dateutil project's test table lists it (github.com/dateutil/dateutil,
     * tests/test_easter.py, western_easter_dates, read at commit 2ef2057cf170c130c8bff9e0c41383435a550f2a): a
     * published table, not computed here.
     */
    static final Map<Integer, LocalDate> EASTER = new TreeMap<>(Map.ofEntries(
            Map.entry(2016, of(2016, 3, 27)), Map.entry(2017, of(2017, 4, 16)), Map.entry(2018, of(2018, 4, 1)),
            Map.entry(2019, of(2019, 4, 21)), Map.entry(2020, of(2020, 4, 12)), Map.entry(2021, of(2021, 4, 4)),
            Map.entry(2022, of(2022, 4, 17)), Map.entry(2023, of(2023, 4, 9)), Map.entry(2024, of(2024, 3, 31)),
            Map.entry(2025, of(2025, 4, 20)), Map.entry(2026, of(2026, 4, 5)), Map.entry(2027, of(2027, 3, 28)),
            Map.entry(2028, of(2028, 4, 16)), Map.entry(2029, of(2029, 4, 1)), Map.entry(2030, of(2030, 4, 21)),
            Map.entry(2031, of(2031, 4, 13)), Map.entry(2032, of(2032, 3, 28)), Map.entry(2033, of(2033, 4, 17)),
            Map.entry(2034, of(2034, 4, 9)), Map.entry(2035, of(2035, 3, 25))));

    @Test
    void easter_sunday_2016_to_2035_matches_the_published_table() {
        EASTER.forEach((year, easter) -> assertThat(RequestDates.easterSunday(year)).as("Easter %d", year)
                .isEqualTo(easter));
    }

    @Test
    void the_general_holidays_of_2026_are_the_nine_days_of_the_algemene_termijnenwet() {
        // Easter 2026 is 5 April; 27 April 2026 is a Monday
        assertThat(RequestDates.generalHolidays(2026)).containsExactly(
                of(2026, 1, 1),    // Nieuwjaarsdag
                of(2026, 4, 3),    // Goede Vrijdag (art. 3 lid 2)
                of(2026, 4, 6),    // tweede Paasdag
                of(2026, 4, 27),   // Koningsdag
                of(2026, 5, 5),    // 5 mei
                of(2026, 5, 14),   // Hemelvaartsdag
                of(2026, 5, 25),   // tweede Pinksterdag
                of(2026, 12, 25),
                of(2026, 12, 26));
    }

    @Test
    void good_friday_is_a_general_holiday_by_article_3_lid_2() {
        for (var e : EASTER.entrySet()) {
            LocalDate goodFriday = e.getValue().minusDays(2);
            assertThat(goodFriday.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(RequestDates.isGeneralHoliday(goodFriday)).as("Good Friday %d", e.getKey()).isTrue();
            assertThat(RequestDates.isWorkingDay(goodFriday)).isFalse();
            assertThat(RequestDates.isWorkingDay(goodFriday.minusDays(1))).as("Maundy Thursday is a working day")
                    .isTrue();
        }
    }

    @Test
    void kings_day_moves_to_the_26th_when_the_27th_is_a_sunday() {
        // 27 April is a Sunday in 2025 and 2031
        assertThat(RequestDates.kingsDay(2025)).isEqualTo(of(2025, 4, 26));
        assertThat(RequestDates.kingsDay(2031)).isEqualTo(of(2031, 4, 26));
        assertThat(RequestDates.kingsDay(2026)).isEqualTo(of(2026, 4, 27));
        assertThat(RequestDates.isGeneralHoliday(of(2025, 4, 27))).as("the Sunday itself is no holiday").isFalse();
    }

    @Test
    void the_fifth_of_may_is_a_holiday_every_year_not_only_every_fifth() {
        for (int year = 2016; year <= 2035; year++) {
            assertThat(RequestDates.isGeneralHoliday(of(year, 5, 5))).as("5 May %d", year).isTrue();
        }
        // 5 May 2026 is a Tuesday, so it is not a working day
        assertThat(RequestDates.isWorkingDay(of(2026, 5, 5))).isFalse();
    }

    @Test
    void each_year_from_2016_to_2035_has_its_holidays_once_and_easter_moves_only_within_its_bounds() {
        for (int year = 2016; year <= 2035; year++) {
            List<LocalDate> days = RequestDates.generalHolidays(year);
            assertThat(days).as("%d", year).hasSize(year == 2016 ? 8 : 9).doesNotHaveDuplicates().isSorted();
            LocalDate easter = RequestDates.easterSunday(year);
            assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).isBetween(of(year, 3, 22), of(year, 4, 25));
            assertThat(days).contains(easter.plusDays(39), easter.plusDays(50));
            assertThat(easter.plusDays(39).getDayOfWeek()).as("Ascension").isEqualTo(DayOfWeek.THURSDAY);
        }
    }

    @Test
    void ascension_on_the_fifth_of_may_2016_is_one_holiday() {
        assertThat(RequestDates.easterSunday(2016).plusDays(39)).isEqualTo(of(2016, 5, 5));
        assertThat(RequestDates.generalHolidays(2016)).containsOnlyOnce(of(2016, 5, 5));
        // Monday 2 May 2016: 3, 4, 6, 9, 10 → Tuesday 10 May
        assertThat(RequestDates.fiveWorkingDaysAfter(of(2016, 5, 2))).isEqualTo(of(2016, 5, 10));
    }

    @Test
    void five_working_days_across_christmas_and_new_year() {
        // Monday 21 December 2026: 22, 23, 24 (Thursday), 25 and 26 holidays, 27 Sunday, 28, 29 → Tuesday 29
        assertThat(RequestDates.fiveWorkingDaysAfter(of(2026, 12, 21))).isEqualTo(of(2026, 12, 29));
        // Wednesday 23 December 2026: 24, 28, 29, 30, 31 → Thursday 31 December
        assertThat(RequestDates.fiveWorkingDaysAfter(of(2026, 12, 23))).isEqualTo(of(2026, 12, 31));
        // Monday 28 December 2026: 29, 30, 31, 1 January a holiday, 2-3 weekend, 4, 5 → Tuesday 5 January 2027
        assertThat(RequestDates.fiveWorkingDaysAfter(of(2026, 12, 28))).isEqualTo(of(2027, 1, 5));
    }

    @Test
    void five_working_days_across_good_friday_and_easter_monday() {
        // Easter 2026 is 5 April. Tuesday 31 March: 1, 2 (Thursday), Good Friday 3, weekend, Easter Monday 6, 7, 8, 9
        assertThat(RequestDates.fiveWorkingDaysAfter(of(2026, 3, 31))).isEqualTo(of(2026, 4, 9));
        // the third is Tuesday 7 April: Good Friday is skipped (with the spec's list alone the fifth would be 8 April)
        assertThat(RequestDates.workingDayAfter(of(2026, 3, 31), 3)).isEqualTo(of(2026, 4, 7));
    }

    @Test
    void five_working_days_across_kings_day_the_fifth_of_may_ascension_and_whit_monday() {
        // 2026: King's Day Monday 27 April; Friday 24 April: 28, 29, 30, 1 May, 4 May → Monday 4 May
        assertThat(RequestDates.fiveWorkingDaysAfter(of(2026, 4, 24))).isEqualTo(of(2026, 5, 4));
        // Thursday 30 April 2026: 1, 4, 5 May a holiday, 6, 7, 8 → Friday 8 May
        assertThat(RequestDates.fiveWorkingDaysAfter(of(2026, 4, 30))).isEqualTo(of(2026, 5, 8));
        // Ascension Thursday 14 May 2026; Monday 11 May: 12, 13, 15, 18, 19 → Tuesday 19 May
        assertThat(RequestDates.fiveWorkingDaysAfter(of(2026, 5, 11))).isEqualTo(of(2026, 5, 19));
        // Whit Monday 25 May 2026; Wednesday 20 May: 21, 22, 26, 27, 28 → Thursday 28 May
        assertThat(RequestDates.fiveWorkingDaysAfter(of(2026, 5, 20))).isEqualTo(of(2026, 5, 28));
    }

    @Test
    void the_day_of_submission_does_not_count_even_on_a_working_day() {
        // Monday 7 September 2026: 8, 9, 10, 11, 14 → Monday 14 September
        assertThat(RequestDates.fiveWorkingDaysAfter(of(2026, 9, 7))).isEqualTo(of(2026, 9, 14));
        // submitted on a Saturday: Monday to Friday after it
        assertThat(RequestDates.fiveWorkingDaysAfter(of(2026, 9, 12))).isEqualTo(of(2026, 9, 18));
        assertThat(RequestDates.workingDayAfter(of(2026, 9, 11), 1)).isEqualTo(of(2026, 9, 14));
    }

    @Test
    void months_are_counted_as_local_date_counts_them_at_month_ends() {
        assertThat(RequestDates.monthBeforeStart(of(2026, 3, 31))).isEqualTo(of(2026, 2, 28));
        assertThat(RequestDates.monthBeforeStart(of(2028, 3, 31))).isEqualTo(of(2028, 2, 29));
        assertThat(RequestDates.lastDayToSubmit(of(2026, 4, 30))).isEqualTo(of(2026, 2, 28));
        assertThat(RequestDates.lastDayToSubmit(of(2026, 12, 31))).isEqualTo(of(2026, 10, 31));
        assertThat(RequestDates.nextRequestFrom(of(2024, 2, 29))).isEqualTo(of(2025, 2, 28));
        assertThat(RequestDates.withinAYear(of(2024, 2, 29), of(2025, 2, 27))).isTrue();
        assertThat(RequestDates.withinAYear(of(2024, 2, 29), of(2025, 2, 28))).isFalse();
        assertThat(RequestDates.withinAYear(null, of(2025, 2, 28))).isFalse();
    }

    @Test
    void notice_of_two_months_is_given_on_the_last_day_to_submit_and_not_a_day_later() {
        LocalDate start = of(2026, 11, 2);
        assertThat(RequestDates.noticeGiven(of(2026, 9, 2), start)).isTrue();
        assertThat(RequestDates.noticeGiven(of(2026, 9, 3), start)).isFalse();
    }

    @Test
    void tenure_of_182_days_before_the_start_is_26_weeks_and_181_is_not() {
        LocalDate start = of(2026, 11, 2);
        List<Period> enough = List.of(new Period(start.minusDays(182), null));
        List<Period> short1 = List.of(new Period(start.minusDays(181), null));

        assertThat(RequestDates.tenureDays(enough, start)).isEqualTo(182);
        assertThat(RequestDates.tenureReached(enough, start)).isTrue();
        assertThat(RequestDates.tenureDays(short1, start)).isEqualTo(181);
        assertThat(RequestDates.tenureReached(short1, start)).isFalse();
        assertThat(RequestDates.tenureDays(List.of(new Period(start, null)), start)).as("starting that day").isZero();
    }

    @Test
    void a_gap_of_six_months_joins_the_periods_and_a_day_more_ends_the_chain() {
        // given an earlier period of 100 days ending 31 March 2026 and a later one from the day six months after the gap began
        Period earlier = new Period(of(2025, 12, 21), of(2026, 3, 31));
        LocalDate sixMonths = RequestDates.latestStartToJoin(earlier.to());
        assertThat(sixMonths).isEqualTo(of(2026, 10, 1));
        LocalDate start = of(2027, 1, 4);

        // then the days of both count when the gap is six months, and only the later one's a day later
        List<Period> joined = List.of(earlier, new Period(sixMonths, null));
        List<Period> broken = List.of(earlier, new Period(sixMonths.plusDays(1), null));
        assertThat(RequestDates.tenureChain(joined, start)).hasSize(2);
        assertThat(RequestDates.tenureDays(joined, start)).isEqualTo(101 + 95);
        assertThat(RequestDates.tenureChain(broken, start)).hasSize(1);
        assertThat(RequestDates.tenureDays(broken, start)).isEqualTo(94);
    }

    @Test
    void the_six_months_of_a_gap_are_counted_from_the_day_after_the_end_at_month_ends() {
        // ending 30 August: the gap begins 31 August, six months later is 28 February (LocalDate's month end)
        assertThat(RequestDates.latestStartToJoin(of(2026, 8, 30))).isEqualTo(of(2027, 2, 28));
        // ending 28 February 2027: the gap begins 1 March, six months later is 1 September
        assertThat(RequestDates.latestStartToJoin(of(2027, 2, 28))).isEqualTo(of(2027, 9, 1));
        // adjacent periods always join
        assertThat(RequestDates.joins(new Period(of(2020, 1, 1), of(2020, 6, 30)), new Period(of(2020, 7, 1), null)))
                .isTrue();
    }

    @Test
    void a_long_chain_counts_every_joined_period_and_stops_at_the_first_long_gap() {
        LocalDate start = of(2026, 6, 1);
        List<Period> periods = List.of(
                new Period(of(2019, 1, 1), of(2019, 12, 31)),    // ends the chain: the next begins 13 months later
                new Period(of(2021, 2, 1), of(2021, 2, 10)),     // 10 days
                new Period(of(2021, 8, 11), of(2021, 8, 20)),    // gap from 11 February: six months to 11 August: joins
                new Period(of(2022, 2, 21), of(2022, 2, 28)),    // gap from 21 August: six months to 21 February: joins
                new Period(of(2026, 5, 1), null));               // gap of years: ends the chain before it
        assertThat(RequestDates.tenureChain(periods, start)).hasSize(1);
        assertThat(RequestDates.tenureDays(periods, start)).isEqualTo(31);

        List<Period> recent = periods.subList(1, 4);
        LocalDate early = of(2022, 2, 25);
        assertThat(RequestDates.tenureChain(recent, early)).hasSize(3);
        assertThat(RequestDates.tenureDays(recent, early)).isEqualTo(10 + 10 + 4);
    }

    @Test
    void periods_that_break_the_contract_are_refused_without_naming_a_date() {
        LocalDate start = of(2026, 6, 1);
        assertThatThrownBy(() -> RequestDates.tenureDays(List.of(), start))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestDates.tenureDays(List.of(new Period(of(2026, 1, 1), null),
                new Period(of(2026, 2, 1), null)), start))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("2026");
        assertThatThrownBy(() -> RequestDates.tenureDays(List.of(new Period(of(2026, 7, 1), null)), start))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run on the intended start");
        assertThatThrownBy(() -> RequestDates.kingsDay(2013)).isInstanceOf(IllegalArgumentException.class);
    }
}
