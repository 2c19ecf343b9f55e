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
import java.util.Map;
import java.util.Set;

/**
 * The contract's rules for the values of a case, applied before any rule runs. One set of rules for the
 * Java API and the JSON contract. Messages never repeat a value: some values are health data.
 *
 * <p>Ranges are checked on exact decimals: the decimal the JSON gave where it is known, the double's shortest
 * decimal otherwise (the Java API), so that a number just above a limit is never rounded into it first.
 */
public final class CaseValidator {

    public static final int MAX_CASE_ID = 128;
    public static final int MAX_TEXT = 200;
    public static final int MAX_TASKS = 100;
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(80);
    private static final String NOT_UNICODE = "must be Unicode text: it holds half of a surrogate pair (an escape "
            + "\\uD800 to \\uDFFF) without the other half, which no UTF-8 can hold";

    private final Set<String> alreadyReported;
    private final Map<String, BigDecimal> decimals;
    private final List<Problem> problems = new ArrayList<>();

    private CaseValidator(Set<String> alreadyReported, Map<String, BigDecimal> decimals) {
        this.alreadyReported = alreadyReported;
        this.decimals = decimals;
    }

    /** Every problem of the case, in the order of the contract's fields. */
    public static List<Problem> validate(Case aCase) {
        return validate(aCase, Set.of(), Map.of());
    }

    /**
     * Every problem of the case, except at paths already reported by the JSON reader (a field of the wrong
     * type is read as absent and must not be reported again as missing).
     *
     * @param decimals the exact decimal of each number the JSON gave, by path; the case's doubles are their
     *                 nearest doubles
     */
    public static List<Problem> validate(Case aCase, Collection<String> alreadyReported, Map<String, BigDecimal> decimals) {
        CaseValidator validator = new CaseValidator(Set.copyOf(alreadyReported), decimals);
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
        } else if (!Unicode.isWellFormed(c.caseId())) {
            add("caseId", NOT_UNICODE);
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
        } else if (job.title() != null && !Unicode.isWellFormed(job.title())) {
            add("job.title", NOT_UNICODE);
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
            } else if (!Unicode.isWellFormed(task.name())) {
                add(path + ".name", NOT_UNICODE);
            }
            BigDecimal hours = decimal(path + ".hoursPerWeek", task.hoursPerWeek());
            if (hours == null) {
                add(path + ".hoursPerWeek", "must be a number greater than 0 and at most 80");
                allHoursValid = false;
            } else if (hours.signum() <= 0) {
                add(path + ".hoursPerWeek", "must be greater than 0");
                allHoursValid = false;
            } else if (hours.compareTo(MAX_HOURS) > 0) {
                add(path + ".hoursPerWeek", "must be at most 80");
                allHoursValid = false;
            } else {
                // in (0, 80] and not rounding to 0 as a double (the reader refuses those), so at most a few hundred digits
                total = total.add(hours);
            }
        }
        if (allHoursValid && total.compareTo(MAX_HOURS) > 0) {
            add("job.tasks", "must hold at most 80 hours a week in total");
        }
    }

    private void checkAdvice(OccupationalPhysicianAdvice advice) {
        String path = "worker.occupationalPhysicianAdvice.onSiteShare";
        BigDecimal share = decimal(path, advice.onSiteShare());
        if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            add(path, "must be greater than 0 and at most 1");
        }
    }

    /**
     * The number at the path as an exact decimal: as the JSON wrote it, or else the shortest decimal that is the
     * double (the one its writer meant: 26.7, not 26.699999999999999289…); null for NaN. An infinite double stands
     * for the largest double of its sign, beyond every limit all the same.
     */
    private BigDecimal decimal(String path, double value) {
        BigDecimal exact = decimals.get(path);
        if (exact != null) {
            return exact;
        }
        if (Double.isNaN(value)) {
            return null;
        }
        return BigDecimal.valueOf(Double.isInfinite(value) ? Math.copySign(Double.MAX_VALUE, value) : value);
    }

    private void add(String path, String message) {
        if (!alreadyReported.contains(path)) {
            problems.add(new Problem(path, message));
        }
    }
}
