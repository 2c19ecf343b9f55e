package nl.thuiswerk.internal;

import nl.thuiswerk.Case;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Job;
import nl.thuiswerk.Need;
import nl.thuiswerk.OccupationalPhysicianAdvice;
import nl.thuiswerk.OnSiteWorkplace;
import nl.thuiswerk.Problem;
import nl.thuiswerk.Task;
import nl.thuiswerk.Worker;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a parsed JSON tree onto a {@link Case}, reporting what the shape of the JSON breaks: unknown fields,
 * wrong types, values outside an enumeration, impossible dates. What the values mean (ranges, lengths,
 * required fields) is {@link CaseValidator}'s job, so the Java API and the JSON contract share one set of rules.
 *
 * <p>Where a field cannot be read it becomes null (or NaN for a number) and its path is remembered, so
 * validation does not report it a second time. A number is also kept as the exact decimal it was written as, so
 * that validation checks its range on that decimal rather than on the nearest double: 80.000000000000001 rounds to
 * 80 as a double, and must still be refused.
 */
final class CaseReader extends TreeReader {

    private static final Set<String> CASE_FIELDS = Set.of("caseId", "referenceDate", "job", "worker", "onSiteWorkplace",
            "employerPolicy");
    private static final Set<String> JOB_FIELDS = Set.of("title", "tasks");
    private static final Set<String> TASK_FIELDS = Set.of("name", "hoursPerWeek", "needs");
    private static final Set<String> WORKER_FIELDS = Set.of("occupationalPhysicianAdvice", "homeWorkplace");
    private static final Set<String> ADVICE_FIELDS = Set.of("onSiteShare");
    private static final Set<String> ON_SITE_FIELDS = Set.of("meetsCoronaMeasures");

    private final Map<String, BigDecimal> decimals = new HashMap<>();

    private CaseReader(Language language) {
        super(language);
    }

    /**
     * The case the tree describes, every problem of its shape, and the exact decimal of each number the case holds,
     * by path.
     */
    public record Result(Case aCase, List<Problem> problems, Map<String, BigDecimal> decimals) {
    }

    public static Result read(Object root) {
        return read(root, Language.NL);
    }

    /** As {@link #read(Object)}, with the problems worded in the given language. */
    public static Result read(Object root, Language language) {
        CaseReader reader = new CaseReader(language);
        Case aCase = reader.readCase(root);
        return new Result(aCase, reader.problems, reader.decimals);
    }

    private Case readCase(Object root) {
        Map<String, Object> fields = object(root, "");
        if (fields == null) {
            return null;
        }
        unknown(fields, CASE_FIELDS, "");
        String caseId = string(fields.get("caseId"), "caseId");
        LocalDate referenceDate = date(fields.get("referenceDate"), "referenceDate");
        Job job = job(fields.get("job"));
        Worker worker = worker(fields.get("worker"));
        OnSiteWorkplace onSite = onSite(fields.get("onSiteWorkplace"));
        String policy = present(fields.get("employerPolicy")) ? string(fields.get("employerPolicy"), "employerPolicy")
                : null;
        return new Case(caseId, referenceDate, job, worker, onSite, policy);
    }

    private Job job(Object value) {
        Map<String, Object> fields = object(value, "job");
        if (fields == null) {
            return null;
        }
        unknown(fields, JOB_FIELDS, "job");
        String title = string(fields.get("title"), "job.title");
        List<Task> tasks = null;
        Object rawTasks = fields.get("tasks");
        if (present(rawTasks)) {
            if (rawTasks instanceof List<?> list) {
                tasks = new ArrayList<>(list.size());
                for (int i = 0; i < list.size(); i++) {
                    tasks.add(task(list.get(i), "job.tasks[" + i + "]"));
                }
            } else if (!reported(rawTasks)) {
                problem("job.tasks", "problem.tasksArray");
            }
        }
        return new Job(title, tasks);
    }

    private Task task(Object value, String path) {
        Map<String, Object> fields = object(value, path);
        if (fields == null) {
            return null;
        }
        unknown(fields, TASK_FIELDS, path);
        String name = string(fields.get("name"), path + ".name");
        double hours = number(fields.get("hoursPerWeek"), path + ".hoursPerWeek");
        Set<Need> needs = needs(fields.get("needs"), path + ".needs");
        return new Task(name, hours, needs);
    }

    private Set<Need> needs(Object value, String path) {
        if (!present(value)) {
            return null;
        }
        if (reported(value)) {
            return Set.of();
        }
        if (!(value instanceof List<?> list)) {
            problem(path, "problem.needsArray", names(Need.values()));
            return Set.of();
        }
        Set<Need> needs = EnumSet.noneOf(Need.class);
        for (int i = 0; i < list.size(); i++) {
            Need need = constant(list.get(i), path + "[" + i + "]", Need.values());
            if (need != null && !needs.add(need)) {
                problem(path + "[" + i + "]", "problem.repeats", need);
            }
        }
        return needs;
    }

    private Worker worker(Object value) {
        if (!present(value)) {
            return null;
        }
        Map<String, Object> fields = object(value, "worker");
        if (fields == null) {
            return null;
        }
        unknown(fields, WORKER_FIELDS, "worker");
        OccupationalPhysicianAdvice advice = null;
        Object rawAdvice = fields.get("occupationalPhysicianAdvice");
        if (present(rawAdvice)) {
            Map<String, Object> adviceFields = object(rawAdvice, "worker.occupationalPhysicianAdvice");
            if (adviceFields != null) {
                unknown(adviceFields, ADVICE_FIELDS, "worker.occupationalPhysicianAdvice");
                advice = new OccupationalPhysicianAdvice(
                        number(adviceFields.get("onSiteShare"), "worker.occupationalPhysicianAdvice.onSiteShare"));
            }
        }
        HomeWorkplace home = present(fields.get("homeWorkplace"))
                ? constant(fields.get("homeWorkplace"), "worker.homeWorkplace", HomeWorkplace.values())
                : null;
        return new Worker(advice, home);
    }

    private OnSiteWorkplace onSite(Object value) {
        if (!present(value)) {
            return null;
        }
        Map<String, Object> fields = object(value, "onSiteWorkplace");
        if (fields == null) {
            return null;
        }
        unknown(fields, ON_SITE_FIELDS, "onSiteWorkplace");
        return new OnSiteWorkplace(bool(fields.get("meetsCoronaMeasures"), "onSiteWorkplace.meetsCoronaMeasures"));
    }

    // --- shapes -------------------------------------------------------------------------------------------

    private double number(Object value, String path) {
        if (!present(value)) {
            problem(path, "problem.required");
            return Double.NaN;
        }
        if (reported(value)) {
            return Double.NaN;
        }
        if (value instanceof BigDecimal d) {
            double nearest = d.doubleValue();
            if (d.signum() > 0 && nearest == 0.0) {
                problem(path, "problem.tooSmall");
                return Double.NaN;
            }
            decimals.put(path, d);
            return nearest;
        }
        problem(path, "problem.number");
        return Double.NaN;
    }
}
