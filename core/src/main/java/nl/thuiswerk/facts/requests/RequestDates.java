package nl.thuiswerk.facts.requests;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The date arithmetic of a request under article 2 of the Wet flexibel werken (Wfw, BWBR0011173), in one place:
 * the rules call these methods and nothing else in the library computes these dates.
 *
 * <p>Months and years are calendar months and years as {@link LocalDate#minusMonths(long)} and
 * {@link LocalDate#plusYears(long)} count them: 31 March minus one month is the last day of February; 29 February
 * plus one year is 28 February. Working days are Monday to Friday except the general holidays of the Algemene
 * termijnenwet (Atw, BWBR0002448) art. 3, Good Friday included (art. 3 lid 2).
 *
 * <p>Every method is a pure function of its arguments, safe from any thread.
 */
public final class RequestDates {

    /**
     * The 26 weeks of lid 1 («ten minste 26 weken voorafgaand aan het beoogde tijdstip van ingang»), in days.
     */
    public static final int TENURE_DAYS = 26 * 7;

    /** The five working days of lid 12, second sentence («binnen vijf werkdagen»). */
    public static final int UNFORESEEN_WORKING_DAYS = 5;

    /**
     * The first year whose general holidays this class knows: King's Day («de dag waarop de verjaardag van de Koning
     * wordt gevierd») is celebrated on 27 April since 2014; the first rule-set version begins in 2016.
     */
    public static final int FIRST_CALENDAR_YEAR = 2014;

    private RequestDates() {
    }

    // --- Algemene termijnenwet, art. 3 -------------------------------------------------------------------------

    /**
     * Easter Sunday of a year of the Gregorian calendar (the anonymous Gregorian computus of Meeus, Jones and
     * Butcher). Easter itself is a Sunday; the Atw names the day after it (art. 3 lid 1, «de Christelijke tweede
     * Paas[dag]») and Good Friday two days before it (art. 3 lid 2); Ascension and Whit Monday follow from it.
     */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int n = h + l - 7 * m + 114;
        return LocalDate.of(year, n / 31, n % 31 + 1);
    }

    /**
     * The day the King's birthday is celebrated (Atw art. 3 lid 1, «de dag waarop de verjaardag van de Koning wordt
     * gevierd»): King's Day, 27 April, or 26 April when 27 April is a Sunday.
     *
     * @throws IllegalArgumentException for a year before {@link #FIRST_CALENDAR_YEAR}, when the Queen's birthday was
     *                                  celebrated on another day
     */
    public static LocalDate kingsDay(int year) {
        requireKnownYear(year);
        LocalDate day = LocalDate.of(year, Month.APRIL, 27);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    /**
     * The general holidays of a year in date order, each once: the days of Atw art. 3 lid 1 («de Nieuwjaarsdag, de Christelijke
     * tweede Paas- en Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag, de dag waarop de verjaardag van de Koning
     * wordt gevierd en de vijfde mei») and Good Friday, which art. 3 lid 2 equates with them («Voor de toepassing van
     * deze wet wordt de Goede Vrijdag met de in het vorige lid genoemde dagen gelijkgesteld»). 5 May is one every
     * year. No day has been equated by royal decree (art. 3 lid 3).
     *
     * @throws IllegalArgumentException for a year before {@link #FIRST_CALENDAR_YEAR}
     */
    public static List<LocalDate> generalHolidays(int year) {
        requireKnownYear(year);
        LocalDate easter = easterSunday(year);
        List<LocalDate> days = new ArrayList<>(10);
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        days.add(easter.minusDays(2));   // Goede Vrijdag (lid 2)
        days.add(easter.plusDays(1));    // tweede Paasdag
        days.add(kingsDay(year));
        days.add(LocalDate.of(year, Month.MAY, 5));
        days.add(easter.plusDays(39));   // Hemelvaartsdag
        days.add(easter.plusDays(50));   // tweede Pinksterdag
        days.add(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(LocalDate.of(year, Month.DECEMBER, 26));
        // Ascension can fall on 5 May (as in 2016): such a day is one holiday
        return days.stream().distinct().sorted().toList();
    }

    /**
     * Whether the day is a general holiday of Atw art. 3 (lid 1 and, for Good Friday, lid 2).
     *
     * @throws IllegalArgumentException for a day before {@link #FIRST_CALENDAR_YEAR}
     */
    public static boolean isGeneralHoliday(LocalDate day) {
        int year = day.getYear();
        requireKnownYear(year);
        switch (day.getMonth()) {
            case JANUARY:
                if (day.getDayOfMonth() == 1) {
                    return true;
                }
                break;
            case APRIL:
                if (day.equals(kingsDay(year))) {
                    return true;
                }
                break;
            case MAY:
                if (day.getDayOfMonth() == 5) {
                    return true;
                }
                break;
            case DECEMBER:
                if (day.getDayOfMonth() == 25 || day.getDayOfMonth() == 26) {
                    return true;
                }
                break;
            default:
                break;
        }
        long fromEaster = ChronoUnit.DAYS.between(easterSunday(year), day);
        return fromEaster == -2 || fromEaster == 1 || fromEaster == 39 || fromEaster == 50;
    }

    /**
     * Whether the day is a working day: Monday to Friday and not a general holiday of Atw art. 3. The Wfw does not
     * define «werkdagen» (lid 12); docs/requests.md gives this reading and why.
     *
     * @throws IllegalArgumentException for a day before {@link #FIRST_CALENDAR_YEAR}
     */
    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isGeneralHoliday(day);
    }

    /**
     * The n-th working day after a day: the day itself does not count, the n-th working day after it does
     * (Wfw art. 2 lid 12, second sentence, «binnen vijf werkdagen», with the working days of {@link #isWorkingDay}).
     *
     * @param n at least 1
     */
    public static LocalDate workingDayAfter(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        LocalDate d = day;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    // --- Wfw art. 2 lid 3 and 12: calendar months and years ----------------------------------------------------

    /**
     * The last day a request may be submitted for its intended start: two calendar months before it (lid 3,
     * «ten minste twee maanden vóór het beoogde tijdstip van ingang»).
     */
    public static LocalDate lastDayToSubmit(LocalDate intendedStart) {
        return intendedStart.minusMonths(2);
    }

    /** Whether the request was submitted at least two months before its intended start (lid 3). */
    public static boolean noticeGiven(LocalDate submittedOn, LocalDate intendedStart) {
        return !submittedOn.isAfter(lastDayToSubmit(intendedStart));
    }

    /**
     * The deadline of lid 12, first sentence: one calendar month before the intended start («niet een maand voor
     * het beoogde tijdstip van ingang … heeft beslist»); a decision on that day is in time.
     */
    public static LocalDate monthBeforeStart(LocalDate intendedStart) {
        return intendedStart.minusMonths(1);
    }

    /**
     * The deadline of lid 12, second sentence, for unforeseen circumstances: the fifth working day after the day
     * the request was submitted («beslist de werkgever … binnen vijf werkdagen op het verzoek»).
     */
    public static LocalDate fiveWorkingDaysAfter(LocalDate submittedOn) {
        return workingDayAfter(submittedOn, UNFORESEEN_WORKING_DAYS);
    }

    /**
     * The first day a new request may be submitted: one calendar year after the employer granted or refused the
     * previous one (lid 3, last sentence, «een jaar nadat de werkgever een verzoek … heeft ingewilligd of
     * afgewezen»).
     */
    public static LocalDate nextRequestFrom(LocalDate previousDecisionOn) {
        return previousDecisionOn.plusYears(1);
    }

    /** Whether the request was submitted within a year of the previous decision (lid 3, last sentence). */
    public static boolean withinAYear(LocalDate previousDecisionOn, LocalDate submittedOn) {
        return previousDecisionOn != null && submittedOn.isBefore(nextRequestFrom(previousDecisionOn));
    }

    // --- Wfw art. 2 lid 1: the 26 weeks ------------------------------------------------------------------------

    /**
     * The latest day a period may begin and still be joined to the period before it, which ended on {@code to}:
     * the gap from the day after {@code to} lasts at most six calendar months (lid 1, second sentence, «perioden …
     * die elkaar opvolgen met een onderbreking van niet meer dan zes maanden, samengeteld»).
     */
    public static LocalDate latestStartToJoin(LocalDate to) {
        return to.plusDays(1).plusMonths(6);
    }

    /** Whether the later period joins the earlier one for the 26 weeks (lid 1, second and third sentence). */
    public static boolean joins(Period earlier, Period later) {
        return earlier.to() != null && !later.from().isAfter(latestStartToJoin(earlier.to()));
    }

    /**
     * The periods that count towards the 26 weeks (lid 1): the last period and, going back, each earlier one for as
     * long as the next begins no later than {@link #latestStartToJoin} its end; a longer gap ends the chain.
     *
     * @param employment the periods in date order, not overlapping, only the last one without an end, and the last
     *                   running on {@code intendedStart}
     * @throws IllegalArgumentException when the periods are not so
     */
    public static List<Period> tenureChain(List<Period> employment, LocalDate intendedStart) {
        requireChainable(employment, intendedStart);
        int first = employment.size() - 1;
        while (first > 0 && joins(employment.get(first - 1), employment.get(first))) {
            first--;
        }
        return List.copyOf(employment.subList(first, employment.size()));
    }

    /**
     * The days employed before the intended start that count towards the 26 weeks (lid 1): the days of the
     * {@linkplain #tenureChain chain} before {@code intendedStart}, both ends of each period counted, summed; the gaps
     * do not count.
     */
    public static long tenureDays(List<Period> employment, LocalDate intendedStart) {
        long days = 0;
        LocalDate lastDay = intendedStart.minusDays(1);
        for (Period p : tenureChain(employment, intendedStart)) {
            LocalDate end = p.to() == null || p.to().isAfter(lastDay) ? lastDay : p.to();
            if (!end.isBefore(p.from())) {
                days += ChronoUnit.DAYS.between(p.from(), end) + 1;
            }
        }
        return days;
    }

    /**
     * Whether the employee has been employed at least 26 weeks before the intended start (lid 1, «indien de
     * werknemer ten minste 26 weken voorafgaand aan het beoogde tijdstip van ingang van die aanpassing in dienst
     * is»).
     */
    public static boolean tenureReached(List<Period> employment, LocalDate intendedStart) {
        return tenureDays(employment, intendedStart) >= TENURE_DAYS;
    }

    private static void requireChainable(List<Period> employment, LocalDate intendedStart) {
        if (employment.isEmpty()) {
            throw new IllegalArgumentException("there must be at least one period of employment");
        }
        for (int i = 1; i < employment.size(); i++) {
            Period before = employment.get(i - 1);
            if (before.to() == null || !employment.get(i).from().isAfter(before.to())) {
                throw new IllegalArgumentException("period " + i + " must begin after period " + (i - 1) + " ends");
            }
        }
        Period last = employment.get(employment.size() - 1);
        if (last.from().isAfter(intendedStart) || last.to() != null && last.to().isBefore(intendedStart)) {
            throw new IllegalArgumentException("the last period must run on the intended start");
        }
    }

    private static void requireKnownYear(int year) {
        if (year < FIRST_CALENDAR_YEAR) {
            throw new IllegalArgumentException("the general holidays are known from " + FIRST_CALENDAR_YEAR
                    + ", when King's Day began to be celebrated on 27 April");
        }
    }
}
