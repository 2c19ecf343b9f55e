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

    private final Set<String> alreadyReported;
    private final Map<String, BigDecimal> decimals;
    private final List<Problem> problems = new ArrayList<>();
    private final Language language;

    private CaseValidator(Set<String> alreadyReported, Map<String, BigDecimal> decimals, Language language) {
        this.alreadyReported = alreadyReported;
        this.decimals = decimals;
        this.language = language;
    }

    /** Every problem of the case, in the order of the contract's fields, in Dutch. */
    public static List<Problem> validate(Case aCase) {
        return validate(aCase, Language.NL);
    }

    /** Every problem of the case, in the order of the contract's fields, worded in the given language. */
    public static List<Problem> validate(Case aCase, Language language) {
        return validate(aCase, Set.of(), Map.of(), language);
    }

    /**
     * Every problem of the case, except at paths already reported by the JSON reader (a field of the wrong
     * type is read as absent and must not be reported again as missing).
     *
     * @param decimals the exact decimal of each number the JSON gave, by path; the case's doubles are their
     *                 nearest doubles
     */
    public static List<Problem> validate(Case aCase, Collection<String> alreadyReported, Map<String, BigDecimal> decimals,
                                         Language language) {
        CaseValidator validator = new CaseValidator(Set.copyOf(alreadyReported), decimals, language);
        if (aCase == null) {
            validator.add("", "problem.required");
        } else {
            validator.check(aCase);
        }
        return validator.problems;
    }

    private void check(Case c) {
        if (c.caseId() == null) {
            add("caseId", "problem.required");
        } else if (c.caseId().isEmpty() || c.caseId().length() > MAX_CASE_ID) {
            add("caseId", "problem.length", MAX_CASE_ID);
        } else if (!Unicode.isWellFormed(c.caseId())) {
            add("caseId", "problem.notUnicode");
        }
        if (c.referenceDate() == null) {
            add("referenceDate", "problem.required");
        }
        checkJob(c.job());
        if (c.worker() != null && c.worker().occupationalPhysicianAdvice() != null) {
            checkAdvice(c.worker().occupationalPhysicianAdvice());
        }
        // whether the advisor has the policy is the advisor's to say (HomeWorkingAdvisor), with the same path
        if (c.employerPolicy() != null && (c.employerPolicy().isEmpty() || c.employerPolicy().length() > MAX_CASE_ID)) {
            add("employerPolicy", "problem.length", MAX_CASE_ID);
        } else if (c.employerPolicy() != null && !Unicode.isWellFormed(c.employerPolicy())) {
            add("employerPolicy", "problem.notUnicode");
        }
    }

    private void checkJob(Job job) {
        if (job == null) {
            add("job", "problem.required");
            return;
        }
        if (job.title() != null && job.title().length() > MAX_TEXT) {
            add("job.title", "problem.atMostCharacters", MAX_TEXT);
        } else if (job.title() != null && !Unicode.isWellFormed(job.title())) {
            add("job.title", "problem.notUnicode");
        }
        List<Task> tasks = job.tasks();
        if (tasks == null) {
            add("job.tasks", "problem.required");
            return;
        }
        if (tasks.isEmpty() || tasks.size() > MAX_TASKS) {
            add("job.tasks", "problem.taskCount", MAX_TASKS);
        }
        BigDecimal total = BigDecimal.ZERO;
        boolean allHoursValid = true;
        for (int i = 0; i < tasks.size(); i++) {
            String path = "job.tasks[" + i + "]";
            Task task = tasks.get(i);
            if (task == null) {
                add(path, "problem.task");
                allHoursValid = false;
                continue;
            }
            if (task.name() == null) {
                add(path + ".name", "problem.required");
            } else if (task.name().isEmpty() || task.name().length() > MAX_TEXT) {
                add(path + ".name", "problem.length", MAX_TEXT);
            } else if (!Unicode.isWellFormed(task.name())) {
                add(path + ".name", "problem.notUnicode");
            }
            BigDecimal hours = decimal(path + ".hoursPerWeek", task.hoursPerWeek());
            if (hours == null) {
                add(path + ".hoursPerWeek", "problem.hoursNumber", MAX_HOURS);
                allHoursValid = false;
            } else if (hours.signum() <= 0) {
                add(path + ".hoursPerWeek", "problem.greaterThanZero");
                allHoursValid = false;
            } else if (hours.compareTo(MAX_HOURS) > 0) {
                add(path + ".hoursPerWeek", "problem.atMost", MAX_HOURS);
                allHoursValid = false;
            } else {
                // in (0, 80] and not rounding to 0 as a double (the reader refuses those), so at most a few hundred digits
                total = total.add(hours);
            }
        }
        if (allHoursValid && total.compareTo(MAX_HOURS) > 0) {
            add("job.tasks", "problem.totalHours", MAX_HOURS);
        }
    }

    private void checkAdvice(OccupationalPhysicianAdvice advice) {
        String path = "worker.occupationalPhysicianAdvice.onSiteShare";
        BigDecimal share = decimal(path, advice.onSiteShare());
        if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            add(path, "problem.share");
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

    private void add(String path, String key, Object... values) {
        if (!alreadyReported.contains(path)) {
            problems.add(new Problem(path, Messages.LIBRARY.get(language, key, values)));
        }
    }
}
