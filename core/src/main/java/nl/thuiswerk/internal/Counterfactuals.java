package nl.thuiswerk.internal;

import nl.thuiswerk.Case;
import nl.thuiswerk.FactChange;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Need;
import nl.thuiswerk.OnSiteWorkplace;
import nl.thuiswerk.Outcome;
import nl.thuiswerk.Worker;
import nl.thuiswerk.internal.facts.Circumstances;
import nl.thuiswerk.internal.facts.ShareInForce;
import nl.thuiswerk.internal.facts.WorkTask;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What would change a decision: for each other outcome, every smallest set of changes to the discrete facts
 * that gives it; for each condition, every smallest change that lifts it and leaves the outcome and share as
 * they are.
 *
 * <p>The discrete facts are: whether each task needs to be on site (any need, or none), whether the company
 * doctor's advice is there (it can only be taken away: the product never proposes health advice), the home
 * workplace (each of its values) and the corona measures on site (each of their values).
 *
 * <p>Exact, without search: the justified share is s = max(w, m, d), and the outcome of every phase depends on
 * the tasks only through whether none, some or all of them need to be on site. So the smallest task changes to a
 * class are known (all off, all on, or one toggled), and each combination with the other facts is judged by the
 * version's own phase rules. The conditions of a changed case are judged by running all rules, once for each
 * combination of what the conditions read.
 * A test checks this against brute force over every combination of the discrete facts.
 */
final class Counterfactuals {

    /** An alternative before it is put in words. */
    record Found(List<FactChange> changes, ShareInForce result, List<String> conditionsLifted) {
    }

    private Counterfactuals() {
    }

    /**
     * @param tasks      the case's tasks as the rules saw them, in order
     * @param facts      the case's other facts, defaults applied
     * @param current    the share in force of the decision
     * @param conditions the decision's condition codes, in order
     * @param phase      the version's phase rules: justified share → share in force
     * @param judge      the version's conditions for what they read, judged by the rules on the changed case
     */
    static List<Found> of(Case aCase, List<WorkTask> tasks, Circumstances facts, ShareInForce current,
                          List<String> conditions, Function<BigDecimal, ShareInForce> phase,
                          BiFunction<ConditionFacts, Case, List<String>> judge) {
        List<Found> found = new ArrayList<>();
        outcomes(aCase, tasks, facts, current, phase, found);
        lifts(aCase, tasks, facts, current, conditions, phase, judge, found);
        return found;
    }

    // --- other outcomes -------------------------------------------------------------------------------------

    /** A way to set the tasks: which toggle, the hours on site it leaves. */
    private record TaskSetting(List<FactChange> changes, BigDecimal hoursOnSite) {
    }

    private static void outcomes(Case aCase, List<WorkTask> tasks, Circumstances facts, ShareInForce current,
                                 Function<BigDecimal, ShareInForce> phase, List<Found> found) {
        BigDecimal total = facts.totalHours();
        // the hours on site are the case's own P, summed when its facts were made
        BigDecimal onSite = facts.hoursOnSite();
        long needing = tasks.stream().filter(WorkTask::needsToBeOnSite).count();
        List<TaskSetting> settings = new ArrayList<>();
        settings.add(new TaskSetting(List.of(), onSite));
        if (needing > 0) {
            settings.add(new TaskSetting(toggles(aCase, tasks, true), BigDecimal.ZERO));
        }
        if (needing < tasks.size()) {
            settings.add(new TaskSetting(toggles(aCase, tasks, false), total));
        }
        boolean mixed = needing > 0 && needing < tasks.size();
        if (!mixed && tasks.size() > 1) {
            // from none or all, one toggled task is the smallest way to some; which one changes the share
            for (WorkTask t : tasks) {
                BigDecimal hours = t.needsToBeOnSite() ? onSite.subtract(t.hours()) : onSite.add(t.hours());
                settings.add(new TaskSetting(List.of(toggle(aCase, t)), hours));
            }
        }
        List<List<FactChange>> adviceOptions = new ArrayList<>();
        adviceOptions.add(List.of());
        if (facts.physicianShare().signum() > 0) {
            adviceOptions.add(List.of(new FactChange("worker.occupationalPhysicianAdvice", "GIVEN", "NONE")));
        }
        List<HomeWorkplace> homes = new ArrayList<>();
        homes.add(facts.homeWorkplace());
        for (HomeWorkplace h : HomeWorkplace.values()) {
            if (h != facts.homeWorkplace()) {
                homes.add(h);
            }
        }

        Outcome[] outcomes = Outcome.values();
        int[] smallest = new int[outcomes.length];
        java.util.Arrays.fill(smallest, Integer.MAX_VALUE);
        List<List<Found>> byOutcome = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            byOutcome.add(new ArrayList<>());
        }
        for (TaskSetting setting : settings) {
            BigDecimal w = setting.hoursOnSite().divide(total, Circumstances.SHARES);
            for (List<FactChange> advice : adviceOptions) {
                BigDecimal m = advice.isEmpty() ? facts.physicianShare() : BigDecimal.ZERO;
                for (HomeWorkplace home : homes) {
                    int size = setting.changes().size() + advice.size() + (home == facts.homeWorkplace() ? 0 : 1);
                    if (size == 0) {
                        continue;
                    }
                    BigDecimal d = home == HomeWorkplace.INADEQUATE_NOT_REMEDIABLE ? BigDecimal.ONE : BigDecimal.ZERO;
                    ShareInForce result = phase.apply(w.max(m).max(d));
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
                    if (home != facts.homeWorkplace()) {
                        changes.add(new FactChange("worker.homeWorkplace", facts.homeWorkplace().name(), home.name()));
                    }
                    byOutcome.get(o).add(new Found(changes, result, List.of()));
                }
            }
        }
        for (List<Found> alternatives : byOutcome) {
            if (alternatives.size() > 1) {
                alternatives.sort(java.util.Comparator.comparing(Counterfactuals::sortKey));
            }
            found.addAll(alternatives);
        }
    }

    /** Alternatives of one outcome in a fixed order: by the paths and values they change. */
    private static String sortKey(Found f) {
        StringBuilder key = new StringBuilder(64);
        for (FactChange c : f.changes()) {
            key.append(';').append(c.path()).append('=').append(c.to());
        }
        return key.toString();
    }

    private static List<FactChange> toggles(Case aCase, List<WorkTask> tasks, boolean onSite) {
        List<FactChange> changes = new ArrayList<>();
        for (WorkTask t : tasks) {
            if (t.needsToBeOnSite() == onSite) {
                changes.add(toggle(aCase, t));
            }
        }
        return changes;
    }

    private static FactChange toggle(Case aCase, WorkTask t) {
        String path = "job.tasks[" + t.index() + "].needs";
        if (t.needsToBeOnSite()) {
            return new FactChange(path, String.join(",", t.needs().stream().map(Need::name).toList()), "NONE");
        }
        return new FactChange(path, "NONE", "ANY");
    }

    // --- conditions lifted ----------------------------------------------------------------------------------

    /** What the conditions rules read: the share in force's two flags, the home workplace and the corona measures. */
    record ConditionFacts(boolean onSite, boolean someWorkAtHome, HomeWorkplace home, Boolean corona) {
    }

    /**
     * A condition depends on the share in force and on the home workplace or the corona measures; so each
     * smallest lift is one change of those two facts that leaves the outcome and share as they are, lifts a
     * condition and adds none. The conditions of a changed case are judged by the rules.
     */
    private static void lifts(Case aCase, List<WorkTask> tasks, Circumstances facts, ShareInForce current,
                              List<String> conditions, Function<BigDecimal, ShareInForce> phase,
                              BiFunction<ConditionFacts, Case, List<String>> judge, List<Found> found) {
        if (conditions.isEmpty()) {
            return;
        }
        BigDecimal w = facts.workShare();
        List<FactChange> candidates = new ArrayList<>();
        String corona = facts.meetsCoronaMeasures() == null ? "NOT_STATED" : facts.meetsCoronaMeasures().toString();
        for (String value : List.of("true", "false", "NOT_STATED")) {
            if (!value.equals(corona)) {
                candidates.add(new FactChange("onSiteWorkplace.meetsCoronaMeasures", corona, value));
            }
        }
        for (HomeWorkplace h : HomeWorkplace.values()) {
            if (h != facts.homeWorkplace()) {
                candidates.add(new FactChange("worker.homeWorkplace", facts.homeWorkplace().name(), h.name()));
            }
        }
        for (FactChange change : candidates) {
            Case changedCase = changed(aCase, change);
            HomeWorkplace home = changedCase.worker() == null || changedCase.worker().homeWorkplace() == null
                    ? facts.homeWorkplace() : changedCase.worker().homeWorkplace();
            Boolean meets = changedCase.onSiteWorkplace() == null ? null : changedCase.onSiteWorkplace().meetsCoronaMeasures();
            BigDecimal d = home == HomeWorkplace.INADEQUATE_NOT_REMEDIABLE ? BigDecimal.ONE : BigDecimal.ZERO;
            ShareInForce result = phase.apply(w.max(facts.physicianShare()).max(d));
            boolean same = result.outcome() == current.outcome()
                    && (result.share() == null ? current.share() == null
                    : current.share() != null && result.share().compareTo(current.share()) == 0);
            if (!same) {
                continue;
            }
            List<String> after = judge.apply(new ConditionFacts(result.onSite(), result.someWorkAtHome(), home, meets),
                    changedCase);
            if (!conditions.containsAll(after)) {
                continue;
            }
            List<String> lifted = conditions.stream().filter(c -> !after.contains(c)).toList();
            if (!lifted.isEmpty()) {
                found.add(new Found(List.of(change), current, lifted));
            }
        }
    }

    private static Case changed(Case c, FactChange change) {
        if (change.path().equals("worker.homeWorkplace")) {
            var advice = c.worker() == null ? null : c.worker().occupationalPhysicianAdvice();
            return new Case(c.caseId(), c.referenceDate(), c.job(), new Worker(advice, HomeWorkplace.valueOf(change.to())),
                    c.onSiteWorkplace());
        }
        Boolean meets = change.to().equals("NOT_STATED") ? null : Boolean.valueOf(change.to());
        return new Case(c.caseId(), c.referenceDate(), c.job(), c.worker(), new OnSiteWorkplace(meets));
    }
}
