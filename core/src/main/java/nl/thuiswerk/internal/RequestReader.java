package nl.thuiswerk.internal;

import nl.thuiswerk.DecisionOutcome;
import nl.thuiswerk.Problem;
import nl.thuiswerk.WorkplaceRequest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a parsed JSON tree onto a {@link WorkplaceRequest}, reporting what the shape of the JSON breaks: unknown
 * fields, wrong types, values outside an enumeration, numbers that are not whole, impossible dates. What the values
 * mean (required fields, lengths, the order of dates) is {@link RequestValidator}'s job, so that the Java API and
 * the JSON contract share one set of rules.
 *
 * <p>Where a field cannot be read it becomes null and its path is reported, so validation does not report it a
 * second time as missing. No message repeats a value: the circumstances of art. 2a are personal data.
 */
public final class RequestReader extends TreeReader {

    private static final Set<String> REQUEST_FIELDS = Set.of("requestId", "submittedOn", "inWriting", "intendedStart",
            "until", "desiredWorkplace", "unforeseenCircumstances", "employee", "employer", "previousDecisionOn",
            "decision", "asOf");
    private static final Set<String> EMPLOYEE_FIELDS = Set.of("employment", "parentOfChildUnder8", "caregiver");
    private static final Set<String> PERIOD_FIELDS = Set.of("from", "to");
    private static final Set<String> EMPLOYER_FIELDS = Set.of("employees", "deviatingArrangement");
    private static final Set<String> DECISION_FIELDS = Set.of("decidedOn", "inWriting", "outcome", "reasonsGiven",
            "consulted");

    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal MIN_INT = BigDecimal.valueOf(Integer.MIN_VALUE);


    private RequestReader(Language language) {
        super(language);
    }

    /** The request the tree describes (null when the tree is not an object) and every problem of its shape. */
    public record Result(WorkplaceRequest request, List<Problem> problems) {
    }

    /** As {@link #read(Object, Language)}, the problems worded in Dutch, as a case's are by default. */
    public static Result read(Object root) {
        return read(root, Language.NL);
    }

    /** The request the tree describes and every problem of its shape, worded in the given language. */
    public static Result read(Object root, Language language) {
        RequestReader reader = new RequestReader(language);
        WorkplaceRequest request = reader.request(root);
        return new Result(request, reader.problems);
    }

    private WorkplaceRequest request(Object root) {
        Map<String, Object> fields = object(root, "");
        if (fields == null) {
            return null;
        }
        unknown(fields, REQUEST_FIELDS, "");
        return new WorkplaceRequest(
                string(fields.get("requestId"), "requestId"),
                date(fields.get("submittedOn"), "submittedOn"),
                bool(fields.get("inWriting"), "inWriting"),
                date(fields.get("intendedStart"), "intendedStart"),
                date(fields.get("until"), "until"),
                string(fields.get("desiredWorkplace"), "desiredWorkplace"),
                bool(fields.get("unforeseenCircumstances"), "unforeseenCircumstances"),
                employee(fields.get("employee")),
                employer(fields.get("employer")),
                date(fields.get("previousDecisionOn"), "previousDecisionOn"),
                decision(fields.get("decision")),
                date(fields.get("asOf"), "asOf"));
    }

    private WorkplaceRequest.Employee employee(Object value) {
        Map<String, Object> fields = object(value, "employee");
        if (fields == null) {
            return null;
        }
        unknown(fields, EMPLOYEE_FIELDS, "employee");
        List<WorkplaceRequest.EmploymentPeriod> periods = null;
        Object raw = fields.get("employment");
        if (present(raw) && !reported(raw)) {
            if (raw instanceof List<?> list) {
                periods = new ArrayList<>(list.size());
                for (int i = 0; i < list.size(); i++) {
                    periods.add(period(list.get(i), "employee.employment[" + i + "]"));
                }
            } else {
                problem("employee.employment", "request.problem.employmentArray");
            }
        }
        return new WorkplaceRequest.Employee(periods,
                bool(fields.get("parentOfChildUnder8"), "employee.parentOfChildUnder8"),
                bool(fields.get("caregiver"), "employee.caregiver"));
    }

    private WorkplaceRequest.EmploymentPeriod period(Object value, String path) {
        if (reported(value)) {
            return null;
        }
        if (!(value instanceof Map<?, ?>)) {
            problem(path, "request.problem.employmentPeriod");
            return null;
        }
        Map<String, Object> fields = object(value, path);
        unknown(fields, PERIOD_FIELDS, path);
        return new WorkplaceRequest.EmploymentPeriod(date(fields.get("from"), path + ".from"),
                date(fields.get("to"), path + ".to"));
    }

    private WorkplaceRequest.Employer employer(Object value) {
        Map<String, Object> fields = object(value, "employer");
        if (fields == null) {
            return null;
        }
        unknown(fields, EMPLOYER_FIELDS, "employer");
        return new WorkplaceRequest.Employer(wholeNumber(fields.get("employees"), "employer.employees"),
                bool(fields.get("deviatingArrangement"), "employer.deviatingArrangement"));
    }

    private WorkplaceRequest.EmployerDecision decision(Object value) {
        Map<String, Object> fields = object(value, "decision");
        if (fields == null) {
            return null;
        }
        unknown(fields, DECISION_FIELDS, "decision");
        Object outcome = fields.get("outcome");
        return new WorkplaceRequest.EmployerDecision(
                date(fields.get("decidedOn"), "decision.decidedOn"),
                bool(fields.get("inWriting"), "decision.inWriting"),
                present(outcome) ? constant(outcome, "decision.outcome", DecisionOutcome.values()) : null,
                bool(fields.get("reasonsGiven"), "decision.reasonsGiven"),
                bool(fields.get("consulted"), "decision.consulted"));
    }

    // --- shapes -------------------------------------------------------------------------------------------

    /**
     * A whole number that an {@code int} holds. 40.0 is the whole number 40, as JSON Schema's {@code integer} has it;
     * the range is compared on the decimal as written, so that no huge exponent is ever expanded.
     */
    private Integer wholeNumber(Object value, String path) {
        if (!present(value) || reported(value)) {
            return null;
        }
        if (!(value instanceof BigDecimal d)) {
            problem(path, "request.problem.wholeNumber");
            return null;
        }
        if (d.compareTo(MAX_INT) > 0 || d.compareTo(MIN_INT) < 0) {
            problem(path, "request.problem.wholeNumberRange", Integer.MAX_VALUE);
            return null;
        }
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            problem(path, "request.problem.wholeNumber");
            return null;
        }
        return d.intValue();
    }

}
