package nl.thuiswerk.internal;

import nl.thuiswerk.Case;
import nl.thuiswerk.Job;
import nl.thuiswerk.OccupationalPhysicianAdvice;
import nl.thuiswerk.Problem;
import nl.thuiswerk.Task;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The contract's rules for the values of a case, applied before any rule runs. One set of rules for the
 * Java API and the JSON contract. Messages never repeat a value: some values are health data.
 */
public final class CaseValidator {

    public static final int MAX_CASE_ID = 128;
    public static final int MAX_TEXT = 200;
    public static final int MAX_TASKS = 100;
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(80);

    private final Set<String> alreadyReported;
    private final List<Problem> problems = new ArrayList<>();

    private CaseValidator(Set<String> alreadyReported) {
        this.alreadyReported = alreadyReported;
    }

    /** Every problem of the case, in the order of the contract's fields. */
    public static List<Problem> validate(Case aCase) {
        return validate(aCase, Set.of());
    }

    /**
     * Every problem of the case, except at paths already reported by the JSON reader (a field of the wrong
     * type is read as absent and must not be reported again as missing).
     */
    public static List<Problem> validate(Case aCase, Collection<String> alreadyReported) {
        CaseValidator validator = new CaseValidator(Set.copyOf(alreadyReported));
        if (aCase == null) {
            validator.add("", "a case is required");
        } else {
            validator.check(aCase);
        }
        return validator.problems;
    }

    private void check(Case c) {
        if (c.caseId() == null) {
            add("caseId", "is required");
        } else if (c.caseId().isEmpty() || c.caseId().length() > MAX_CASE_ID) {
            add("caseId", "must be 1 to " + MAX_CASE_ID + " characters");
        }
        if (c.referenceDate() == null) {
            add("referenceDate", "is required");
        }
        checkJob(c.job());
        if (c.worker() != null && c.worker().occupationalPhysicianAdvice() != null) {
            checkAdvice(c.worker().occupationalPhysicianAdvice());
        }
    }

    private void checkJob(Job job) {
        if (job == null) {
            add("job", "is required");
            return;
        }
        if (job.title() != null && job.title().length() > MAX_TEXT) {
            add("job.title", "must be at most " + MAX_TEXT + " characters");
        }
        List<Task> tasks = job.tasks();
        if (tasks == null) {
            add("job.tasks", "is required");
            return;
        }
        if (tasks.isEmpty() || tasks.size() > MAX_TASKS) {
            add("job.tasks", "must hold 1 to " + MAX_TASKS + " tasks");
        }
        BigDecimal total = BigDecimal.ZERO;
        boolean allHoursValid = true;
        for (int i = 0; i < tasks.size(); i++) {
            String path = "job.tasks[" + i + "]";
            Task task = tasks.get(i);
            if (task == null) {
                add(path, "must be a task");
                allHoursValid = false;
                continue;
            }
            if (task.name() == null) {
                add(path + ".name", "is required");
            } else if (task.name().isEmpty() || task.name().length() > MAX_TEXT) {
                add(path + ".name", "must be 1 to " + MAX_TEXT + " characters");
            }
            double hours = task.hoursPerWeek();
            if (Double.isNaN(hours)) {
                add(path + ".hoursPerWeek", "must be a number greater than 0 and at most 80");
                allHoursValid = false;
            } else if (hours <= 0) {
                add(path + ".hoursPerWeek", "must be greater than 0");
                allHoursValid = false;
            } else if (hours > 80) {
                add(path + ".hoursPerWeek", "must be at most 80");
                allHoursValid = false;
            } else {
                total = total.add(BigDecimal.valueOf(hours));
            }
        }
        if (allHoursValid && total.compareTo(MAX_HOURS) > 0) {
            add("job.tasks", "must hold at most 80 hours a week in total");
        }
    }

    private void checkAdvice(OccupationalPhysicianAdvice advice) {
        double share = advice.onSiteShare();
        if (!(share > 0 && share <= 1)) {
            add("worker.occupationalPhysicianAdvice.onSiteShare", "must be greater than 0 and at most 1");
        }
    }

    private void add(String path, String message) {
        if (!alreadyReported.contains(path)) {
            problems.add(new Problem(path, message));
        }
    }
}
