package nl.thuiswerk.bench;

import nl.thuiswerk.FactChange;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Need;
import nl.thuiswerk.Outcome;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The full oracle's own search for what would change a decision, in plain Java and exact without search, as the
 * policy allows it: the justified share is s = max(w, m, d), and the outcome of every phase depends on the tasks only
 * through whether none, some or all of them need to be on site. So the smallest task changes to a class are known
 * (all off, all on, or one toggled), and each combination with the advice and the home workplace is judged by the
 * oracle's phase; a condition is lifted by one change of the home workplace or the corona measures that leaves the
 * outcome and share as they are. This is the search the library did in Java before it ran its rules for it; the bench
 * keeps it so that the ratio library / full oracle still compares the rules engine with plain Java doing the same work.
 */
final class PlainAlternatives {

    /** What a phase makes of a justified share: the share in force (null: no limit), the outcome and two flags. */
    record InForce(BigDecimal share, Outcome outcome, boolean onSite, boolean someWorkAtHome) {
    }

    /** One task as the search sees it. */
    record Task(int index, BigDecimal hours, Set<Need> needs) {
        boolean onSite() {
            return !needs.isEmpty();
        }
    }

    /** An alternative before it is put in words. */
    record Found(List<FactChange> changes, Outcome outcome, BigDecimal share, List<String> lifted) {
    }

    /** The conditions the oracle judges on the share in force, in the order of the metadata. */
    @FunctionalInterface
    interface Conditions {
        List<String> of(boolean onSite, boolean someWorkAtHome, HomeWorkplace home, Boolean corona);
    }

    private static final MathContext SHARES = MathContext.DECIMAL64;

    private PlainAlternatives() {
    }

    static List<Found> of(List<Task> tasks, BigDecimal total, BigDecimal onSite, BigDecimal m, HomeWorkplace home,
                          Boolean corona, InForce current, List<String> conditions, Function<BigDecimal, InForce> phase,
                          Conditions judge) {
        List<Found> found = new ArrayList<>();
        outcomes(tasks, total, onSite, m, home, current, phase, found);
        lifts(total, onSite, m, home, corona, current, conditions, phase, judge, found);
        return found;
    }

    private record Setting(List<FactChange> changes, BigDecimal hoursOnSite) {
    }

    private static void outcomes(List<Task> tasks, BigDecimal total, BigDecimal onSite, BigDecimal m,
                                 HomeWorkplace home, InForce current, Function<BigDecimal, InForce> phase,
                                 List<Found> found) {
        long needing = tasks.stream().filter(Task::onSite).count();
        List<Setting> settings = new ArrayList<>();
        settings.add(new Setting(List.of(), onSite));
        if (needing > 0) {
            settings.add(new Setting(toggles(tasks, true), BigDecimal.ZERO));
        }
        if (needing < tasks.size()) {
            settings.add(new Setting(toggles(tasks, false), total));
        }
        boolean mixed = needing > 0 && needing < tasks.size();
        if (!mixed && tasks.size() > 1) {
            for (Task t : tasks) {
                BigDecimal hours = t.onSite() ? onSite.subtract(t.hours()) : onSite.add(t.hours());
                settings.add(new Setting(List.of(toggle(t)), hours));
            }
        }
        List<List<FactChange>> adviceOptions = new ArrayList<>();
        adviceOptions.add(List.of());
        if (m.signum() > 0) {
            adviceOptions.add(List.of(new FactChange("worker.occupationalPhysicianAdvice", "GIVEN", "NONE")));
        }
        List<HomeWorkplace> homes = new ArrayList<>();
        homes.add(home);
        for (HomeWorkplace h : HomeWorkplace.values()) {
            if (h != home) {
                homes.add(h);
            }
        }
        Outcome[] outcomes = Outcome.values();
        int[] smallest = new int[outcomes.length];
        Arrays.fill(smallest, Integer.MAX_VALUE);
        List<List<Found>> byOutcome = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            byOutcome.add(new ArrayList<>());
        }
        for (Setting setting : settings) {
            BigDecimal w = setting.hoursOnSite().divide(total, SHARES);
            for (List<FactChange> advice : adviceOptions) {
                BigDecimal mm = advice.isEmpty() ? m : BigDecimal.ZERO;
                for (HomeWorkplace h : homes) {
                    int size = setting.changes().size() + advice.size() + (h == home ? 0 : 1);
                    if (size == 0) {
                        continue;
                    }
                    BigDecimal d = h == HomeWorkplace.INADEQUATE_NOT_REMEDIABLE ? BigDecimal.ONE : BigDecimal.ZERO;
                    InForce result = phase.apply(w.max(mm).max(d));
                    int o = result.outcome().ordinal();
                    if (result.outcome() == current.outcome() || size > smallest[o]) {
                        continue;
                    }
                    if (size < smallest[o]) {
                        smallest[o] = size;
                        byOutcome.get(o).clear();
                    }
                    List<FactChange> changes = new ArrayList<>(setting.changes());
                    changes.addAll(advice);
                    if (h != home) {
                        changes.add(new FactChange("worker.homeWorkplace", home.name(), h.name()));
                    }
                    byOutcome.get(o).add(new Found(changes, result.outcome(), result.share(), List.of()));
                }
            }
        }
        for (List<Found> alternatives : byOutcome) {
            alternatives.sort(Comparator.comparing(PlainAlternatives::sortKey));
            found.addAll(alternatives);
        }
    }

    private static String sortKey(Found f) {
        StringBuilder key = new StringBuilder(64);
        for (FactChange c : f.changes()) {
            key.append(';').append(c.path()).append('=').append(c.to());
        }
        return key.toString();
    }

    private static List<FactChange> toggles(List<Task> tasks, boolean onSite) {
        List<FactChange> changes = new ArrayList<>();
        for (Task t : tasks) {
            if (t.onSite() == onSite) {
                changes.add(toggle(t));
            }
        }
        return changes;
    }

    private static FactChange toggle(Task t) {
        String path = "job.tasks[" + t.index() + "].needs";
        if (t.onSite()) {
            return new FactChange(path, String.join(",", t.needs().stream().map(Need::name).toList()), "NONE");
        }
        return new FactChange(path, "NONE", "ANY");
    }

    private static void lifts(BigDecimal total, BigDecimal onSite, BigDecimal m, HomeWorkplace home, Boolean corona,
                              InForce current, List<String> conditions, Function<BigDecimal, InForce> phase,
                              Conditions judge, List<Found> found) {
        if (conditions.isEmpty()) {
            return;
        }
        BigDecimal w = onSite.divide(total, SHARES);
        String stated = corona == null ? "NOT_STATED" : corona.toString();
        List<FactChange> candidates = new ArrayList<>();
        for (String value : List.of("true", "false", "NOT_STATED")) {
            if (!value.equals(stated)) {
                candidates.add(new FactChange("onSiteWorkplace.meetsCoronaMeasures", stated, value));
            }
        }
        for (HomeWorkplace h : HomeWorkplace.values()) {
            if (h != home) {
                candidates.add(new FactChange("worker.homeWorkplace", home.name(), h.name()));
            }
        }
        for (FactChange change : candidates) {
            boolean ofHome = change.path().equals("worker.homeWorkplace");
            HomeWorkplace h = ofHome ? HomeWorkplace.valueOf(change.to()) : home;
            Boolean meets = ofHome ? corona : change.to().equals("NOT_STATED") ? null : Boolean.valueOf(change.to());
            BigDecimal d = h == HomeWorkplace.INADEQUATE_NOT_REMEDIABLE ? BigDecimal.ONE : BigDecimal.ZERO;
            InForce result = phase.apply(w.max(m).max(d));
            boolean same = result.outcome() == current.outcome()
                    && (result.share() == null ? current.share() == null
                    : current.share() != null && result.share().compareTo(current.share()) == 0);
            if (!same) {
                continue;
            }
            List<String> after = judge.of(result.onSite(), result.someWorkAtHome(), h, meets);
            if (!conditions.containsAll(after)) {
                continue;
            }
            List<String> lifted = conditions.stream().filter(c -> !after.contains(c)).toList();
            if (!lifted.isEmpty()) {
                found.add(new Found(List.of(change), current.outcome(), current.share(), lifted));
            }
        }
    }
}
