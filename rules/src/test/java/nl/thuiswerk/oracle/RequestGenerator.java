package nl.thuiswerk.oracle;

import nl.thuiswerk.DecisionOutcome;
import nl.thuiswerk.WorkplaceRequest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Valid requests drawn from a seeded {@link Random}, submitted from 2016 to 2035, drawn towards the edges the rules
 * turn on: the first day of each version and the day before, 9 and 10 employees, 181 to 183 days of employment, a
 * gap of six months and a day more, two months' notice to the day and a day short, the year after the last decision
 * to the day, decisions and {@code asOf} on the deadline and the day after, and the circumstances each left out,
 * false or true. The same seed gives the same requests.
 */
public final class RequestGenerator {

    public static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2035, 12, 31);
    private static final LocalDate[] EDGES = {LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 2),
            LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 2)};

    private final Random random;
    private int next;

    public RequestGenerator(long seed) {
        this.random = new Random(seed);
    }

    public WorkplaceRequest next() {
        String id = "gen-" + next++;
        LocalDate submitted = chance(8) ? EDGES[random.nextInt(EDGES.length)]
                : FIRST_DAY.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1));
        Boolean unforeseen = maybe(5);
        boolean excused = Boolean.TRUE.equals(unforeseen);
        LocalDate start = start(submitted, excused);
        LocalDate until = chance(5) ? start.plusDays(1 + random.nextInt(400)) : null;
        List<WorkplaceRequest.EmploymentPeriod> employment = employment(start);
        WorkplaceRequest.Employee employee = new WorkplaceRequest.Employee(employment, maybe(6), maybe(6));
        int employees = switch (random.nextInt(6)) {
            case 0 -> 9;
            case 1 -> 10;
            case 2 -> 1 + random.nextInt(9);
            default -> 10 + random.nextInt(500);
        };
        WorkplaceRequest.Employer employer = new WorkplaceRequest.Employer(employees, maybe(6));
        LocalDate previous = previous(submitted);
        LocalDate deadlineNear = excused ? submitted.plusDays(5 + random.nextInt(5)) : start.minusMonths(1);
        WorkplaceRequest.EmployerDecision decision = chance(2) ? decision(submitted, deadlineNear) : null;
        LocalDate asOf = near(submitted, deadlineNear, 200);
        return new WorkplaceRequest(id, submitted, !chance(12), start, until, "Home, two days a week", unforeseen,
                employee, employer, previous, decision, asOf);
    }

    /** Two months after submission to the day, a day less or more, soon after, or any time in the next year. */
    private LocalDate start(LocalDate submitted, boolean excused) {
        LocalDate twoMonths = submitted.plusMonths(2);
        LocalDate start = switch (random.nextInt(excused ? 6 : 5)) {
            case 0 -> twoMonths;
            case 1 -> twoMonths.minusDays(1);
            case 2 -> twoMonths.plusDays(1);
            case 3 -> submitted.plusDays(random.nextInt(400));
            case 4 -> endOfAMonth(submitted.plusMonths(2 + random.nextInt(3)));
            default -> submitted.plusDays(random.nextInt(14));
        };
        return start.isBefore(submitted) ? submitted : start;
    }

    private LocalDate endOfAMonth(LocalDate d) {
        LocalDate last = d.withDayOfMonth(d.lengthOfMonth());
        return last.minusDays(random.nextInt(3));
    }

    /** One to four periods; the last runs on the start, the earlier ones end before the next begins. */
    private List<WorkplaceRequest.EmploymentPeriod> employment(LocalDate start) {
        int days = switch (random.nextInt(6)) {
            case 0 -> 181;
            case 1 -> 182;
            case 2 -> 183;
            case 3 -> random.nextInt(182);
            default -> random.nextInt(3000);
        };
        LocalDate from = start.minusDays(days);
        LocalDate to = chance(3) ? start.plusDays(random.nextInt(700)) : null;
        List<WorkplaceRequest.EmploymentPeriod> periods = new ArrayList<>();
        periods.add(new WorkplaceRequest.EmploymentPeriod(from, to));
        int earlier = random.nextInt(4);
        for (int i = 0; i < earlier; i++) {
            LocalDate nextFrom = periods.get(0).from();
            LocalDate end = switch (random.nextInt(4)) {
                // the gap from the day after the end is exactly six months, or a day more
                case 0 -> nextFrom.minusMonths(6).minusDays(1);
                case 1 -> nextFrom.minusMonths(6).minusDays(2);
                case 2 -> nextFrom.minusDays(1 + random.nextInt(60));
                default -> nextFrom.minusDays(1 + random.nextInt(500));
            };
            if (!end.isBefore(nextFrom)) {
                break;
            }
            LocalDate begin = end.minusDays(random.nextInt(chance(2) ? 200 : 2000));
            periods.add(0, new WorkplaceRequest.EmploymentPeriod(begin, end));
        }
        return periods;
    }

    /** No previous decision, one a year before to the day or a day more or less, or any time in the years before. */
    private LocalDate previous(LocalDate submitted) {
        if (chance(2)) {
            return null;
        }
        LocalDate yearBefore = submitted.minusYears(1);
        LocalDate d = switch (random.nextInt(5)) {
            case 0 -> yearBefore;
            case 1 -> yearBefore.plusDays(1);
            case 2 -> yearBefore.minusDays(1);
            case 3 -> submitted.minusDays(random.nextInt(30));
            default -> submitted.minusDays(random.nextInt(900));
        };
        return d.isAfter(submitted) ? submitted : d;
    }

    private WorkplaceRequest.EmployerDecision decision(LocalDate submitted, LocalDate deadlineNear) {
        LocalDate on = near(submitted, deadlineNear, 120);
        DecisionOutcome outcome = DecisionOutcome.values()[random.nextInt(3)];
        return new WorkplaceRequest.EmployerDecision(on, !chance(5), outcome, !chance(3), !chance(3));
    }

    /** The day near the deadline (on it, a day before or after), or any day after submission; never before it. */
    private LocalDate near(LocalDate submitted, LocalDate deadlineNear, int spread) {
        LocalDate d = switch (random.nextInt(4)) {
            case 0 -> deadlineNear;
            case 1 -> deadlineNear.plusDays(1);
            case 2 -> deadlineNear.minusDays(1);
            default -> submitted.plusDays(random.nextInt(spread));
        };
        return d.isBefore(submitted) ? submitted : d;
    }

    /** Left out one time in three, else true one time in {@code oneIn}. */
    private Boolean maybe(int oneIn) {
        return random.nextInt(3) == 0 ? null : chance(oneIn);
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }
}
