package nl.thuiswerk.oracle;

import nl.thuiswerk.Case;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Job;
import nl.thuiswerk.Need;
import nl.thuiswerk.OccupationalPhysicianAdvice;
import nl.thuiswerk.OnSiteWorkplace;
import nl.thuiswerk.Task;
import nl.thuiswerk.Worker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Valid cases drawn from a seeded {@link Random}: every phase, one case in eight on the first or last day of a phase
 * or the day beside it (from {@link Oracle#PHASES}), one to six tasks with
 * whole and fractional hours, every combination of needs, the company doctor's share absent, at its edges or
 * anywhere between, each home workplace and each corona answer. The same seed gives the same cases.
 */
public final class CaseGenerator {

    /** A little before the first version to a little after the lapse, so refusals are drawn too. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2022, 6, 30);

    private static final double[] HOURS = {0.25, 0.5, 1, 2, 4, 6, 7.5, 8, 10, 12, 16, 20, 24, 32, 36, 40};
    private static final double[] ADVICE = {0.0001, 0.1, 0.25, 0.3333, 0.4, 0.4999, 0.5, 0.5001, 0.6, 0.75, 0.9999, 1};

    private final Random random;
    private int next;

    public CaseGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The days where one phase ends and the next begins: a version's first and last day and the days beside them. */
    private static final List<LocalDate> EDGES = Oracle.PHASES.stream()
            .flatMap(p -> java.util.stream.Stream.of(p.from().minusDays(1), p.from(), p.to(), p.to().plusDays(1)))
            .distinct().sorted().toList();

    public Case next() {
        // one case in eight on the edge of a phase, where an off-by-one in a version's dates would show
        LocalDate date = random.nextInt(8) == 0 ? EDGES.get(random.nextInt(EDGES.size()))
                : FIRST_DAY.plusDays(random.nextInt((int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1));
        int taskCount = 1 + random.nextInt(6);
        List<Task> tasks = new ArrayList<>(taskCount);
        double total = 0;
        for (int i = 0; i < taskCount; i++) {
            double hours = HOURS[random.nextInt(HOURS.length)];
            if (total + hours > 80) {
                break;
            }
            total += hours;
            tasks.add(new Task("task " + i, hours, needs()));
        }
        Worker worker = switch (random.nextInt(4)) {
            case 0 -> null;
            default -> new Worker(random.nextInt(3) == 0 ? new OccupationalPhysicianAdvice(advice()) : null,
                    random.nextInt(4) == 0 ? null : HomeWorkplace.values()[random.nextInt(3)]);
        };
        OnSiteWorkplace onSite = switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> new OnSiteWorkplace(null);
            case 2 -> new OnSiteWorkplace(false);
            default -> new OnSiteWorkplace(true);
        };
        return new Case("gen-" + next++, date, new Job("generated", tasks), worker, onSite);
    }

    private double advice() {
        return random.nextBoolean() ? ADVICE[random.nextInt(ADVICE.length)]
                : Math.max(0.0001, Math.round(random.nextDouble() * 10_000) / 10_000.0);
    }

    private Set<Need> needs() {
        if (random.nextInt(3) == 0) {
            return Set.of();
        }
        Set<Need> needs = EnumSet.noneOf(Need.class);
        for (Need n : Need.values()) {
            if (random.nextInt(3) == 0) {
                needs.add(n);
            }
        }
        return needs;
    }
}
