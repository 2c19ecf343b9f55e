package nl.thuiswerk.internal;

import nl.thuiswerk.Case;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Need;
import nl.thuiswerk.Task;
import nl.thuiswerk.facts.Circumstances;
import nl.thuiswerk.facts.Shares;
import nl.thuiswerk.facts.TasksNeeding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A case as the rules see it, defaults applied, and nothing else: each task's hours and needs (by its place, never its
 * name), the company doctor's share, the home workplace and the corona measures. Two cases with equal case facts get
 * equal facts, so equal conclusions; the engine remembers alternatives by them.
 *
 * @param tasks   each task's hours and needs, in the case's order
 * @param advised the company doctor's advised on-site share, m; 0 without advice (health data)
 * @param home    the home workplace
 * @param corona  whether the on-site workplace meets the corona measures; null when not stated
 */
record CaseFacts(List<TaskFacts> tasks, BigDecimal advised, HomeWorkplace home, Boolean corona) {

    /** One task as the rules see it: its hours a week and its needs. */
    record TaskFacts(BigDecimal hours, Set<Need> needs) {
    }

    /** The case's facts, defaults applied: no needs stated is none, no advice is 0, no home workplace is adequate. */
    static CaseFacts of(Case aCase) {
        List<Task> input = aCase.job().tasks();
        List<TaskFacts> tasks = new ArrayList<>(input.size());
        for (Task t : input) {
            tasks.add(new TaskFacts(Shares.exact(BigDecimal.valueOf(t.hoursPerWeek())), t.needsOrNone()));
        }
        var worker = aCase.worker();
        BigDecimal advised = worker == null || worker.occupationalPhysicianAdvice() == null
                ? BigDecimal.ZERO
                : Shares.exact(BigDecimal.valueOf(worker.occupationalPhysicianAdvice().onSiteShare()));
        HomeWorkplace home = worker == null || worker.homeWorkplace() == null
                ? HomeWorkplace.ADEQUATE
                : worker.homeWorkplace();
        Boolean meets = aCase.onSiteWorkplace() == null ? null : aCase.onSiteWorkplace().meetsCoronaMeasures();
        return new CaseFacts(List.copyOf(tasks), advised, home, meets);
    }

    /** The case's facts with the tasks' needs, the advice, the home workplace and the corona measures as given. */
    CaseFacts with(List<Set<Need>> needs, BigDecimal advised, HomeWorkplace home, Boolean corona) {
        List<TaskFacts> changed = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            changed.add(new TaskFacts(tasks.get(i).hours(), needs.get(i)));
        }
        return new CaseFacts(changed, advised, home, corona);
    }

    /**
     * What the rules are given: one {@link TasksNeeding} per need present (the tasks are grouped here, so no rule has
     * to gather them), then the {@link Circumstances}. Equal case facts give equal lists.
     */
    List<Object> rulesInput() {
        List<Object> facts = new ArrayList<>(5);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal onSite = BigDecimal.ZERO;
        for (TaskFacts t : tasks) {
            total = total.add(t.hours());
            if (!t.needs().isEmpty()) {
                onSite = onSite.add(t.hours());
            }
        }
        for (Need need : Need.values()) {
            List<Integer> needing = null;
            BigDecimal hours = BigDecimal.ZERO;
            for (int i = 0; i < tasks.size(); i++) {
                TaskFacts t = tasks.get(i);
                if (t.needs().contains(need)) {
                    if (needing == null) {
                        needing = new ArrayList<>(tasks.size());
                    }
                    needing.add(i);
                    hours = hours.add(t.hours());
                }
            }
            if (needing != null) {
                facts.add(new TasksNeeding(need, needing, hours));
            }
        }
        facts.add(new Circumstances(total, onSite, advised, home, corona));
        return facts;
    }

    /** The advice is health data: the record's own toString would show it. */
    @Override
    public String toString() {
        return "CaseFacts[tasks=" + tasks.size() + ", <shares not shown>]";
    }
}
