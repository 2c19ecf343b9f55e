package nl.thuiswerk.internal;

import nl.thuiswerk.Problem;
import nl.thuiswerk.WorkplaceRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The contract's rules for the values of a request (the field table of docs/requests.md), applied before any rule
 * runs. One set of rules for the Java API and the JSON contract. A rule between two fields is checked only when
 * both could be read, so that one wrong date is reported once. Messages name paths and other fields, never a value:
 * the circumstances of art. 2a are personal data.
 */
public final class RequestValidator {

    public static final int MAX_REQUEST_ID = CaseValidator.MAX_CASE_ID;
    public static final int MAX_WORKPLACE = 200;
    public static final int MAX_PERIODS = 20;
    private static final String NOT_UNICODE = "must be Unicode text: it holds half of a surrogate pair (an escape "
            + "\\uD800 to \\uDFFF) without the other half, which no UTF-8 can hold";
    private static final String RUN_ON_START = "the last period of employment must run on intendedStart";

    private final Set<String> alreadyReported;
    private final List<Problem> problems = new ArrayList<>();

    private RequestValidator(Set<String> alreadyReported) {
        this.alreadyReported = alreadyReported;
    }

    /** Every problem of the request, in the order of the contract's fields. */
    public static List<Problem> validate(WorkplaceRequest request) {
        return validate(request, Set.of());
    }

    /**
     * Every problem of the request, except at paths already reported by the JSON reader (a field of the wrong type
     * is read as absent and must not be reported again as missing).
     */
    public static List<Problem> validate(WorkplaceRequest request, Collection<String> alreadyReported) {
        RequestValidator validator = new RequestValidator(Set.copyOf(alreadyReported));
        if (request == null) {
            validator.add("", "a request is required");
        } else {
            validator.check(request);
        }
        return validator.problems;
    }

    private void check(WorkplaceRequest r) {
        text("requestId", r.requestId(), MAX_REQUEST_ID);
        LocalDate submitted = r.submittedOn();
        required("submittedOn", submitted);
        required("inWriting", r.inWriting());
        required("intendedStart", r.intendedStart());
        notBefore("intendedStart", r.intendedStart(), "submittedOn", submitted);
        if (r.until() != null && r.intendedStart() != null && !r.until().isAfter(r.intendedStart())) {
            add("until", "must be after intendedStart");
        }
        text("desiredWorkplace", r.desiredWorkplace(), MAX_WORKPLACE);
        checkEmployee(r.employee(), r.intendedStart());
        checkEmployer(r.employer());
        if (r.previousDecisionOn() != null && submitted != null && r.previousDecisionOn().isAfter(submitted)) {
            add("previousDecisionOn", "must not be after submittedOn");
        }
        if (r.decision() != null) {
            checkDecision(r.decision(), submitted);
        }
        required("asOf", r.asOf());
        notBefore("asOf", r.asOf(), "submittedOn", submitted);
    }

    private void checkEmployee(WorkplaceRequest.Employee employee, LocalDate intendedStart) {
        if (employee == null) {
            add("employee", "is required");
            return;
        }
        List<WorkplaceRequest.EmploymentPeriod> periods = employee.employment();
        String path = "employee.employment";
        if (periods == null) {
            add(path, "is required");
            return;
        }
        if (periods.isEmpty() || periods.size() > MAX_PERIODS) {
            add(path, "must hold 1 to " + MAX_PERIODS + " employment periods");
        }
        for (int i = 0; i < periods.size(); i++) {
            String at = path + "[" + i + "]";
            WorkplaceRequest.EmploymentPeriod p = periods.get(i);
            if (p == null) {
                add(at, "must be an employment period, an object with from and to");
                continue;
            }
            required(at + ".from", p.from());
            if (p.from() != null && p.to() != null && p.to().isBefore(p.from())) {
                add(at + ".to", "must not be before from");
            }
            WorkplaceRequest.EmploymentPeriod before = i == 0 ? null : periods.get(i - 1);
            if (before != null && before.to() == null && !alreadyReported.contains(path + "[" + (i - 1) + "].to")) {
                add(path + "[" + (i - 1) + "].to", "is required: only the last period may be without an end "
                        + "(still employed)");
            } else if (before != null && before.to() != null && p.from() != null && !p.from().isAfter(before.to())) {
                add(at + ".from", "must be after the end of the period before it: the periods are in date order and "
                        + "do not overlap");
            }
        }
        WorkplaceRequest.EmploymentPeriod last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        if (last != null && intendedStart != null) {
            String at = path + "[" + (periods.size() - 1) + "]";
            if (last.from() != null && last.from().isAfter(intendedStart)) {
                add(at + ".from", "must not be after intendedStart: " + RUN_ON_START);
            }
            if (last.to() != null && last.to().isBefore(intendedStart)) {
                add(at + ".to", "must be null or not before intendedStart: " + RUN_ON_START);
            }
        }
    }

    private void checkEmployer(WorkplaceRequest.Employer employer) {
        if (employer == null) {
            add("employer", "is required");
            return;
        }
        if (employer.employees() == null) {
            add("employer.employees", "is required");
        } else if (employer.employees() < 1) {
            add("employer.employees", "must be at least 1");
        }
    }

    private void checkDecision(WorkplaceRequest.EmployerDecision decision, LocalDate submitted) {
        required("decision.decidedOn", decision.decidedOn());
        notBefore("decision.decidedOn", decision.decidedOn(), "submittedOn", submitted);
        required("decision.inWriting", decision.inWriting());
        required("decision.outcome", decision.outcome());
        required("decision.reasonsGiven", decision.reasonsGiven());
        required("decision.consulted", decision.consulted());
    }

    private void text(String path, String value, int max) {
        if (value == null) {
            add(path, "is required");
        } else if (value.isEmpty() || value.length() > max) {
            add(path, "must be 1 to " + max + " characters");
        } else if (!Unicode.isWellFormed(value)) {
            add(path, NOT_UNICODE);
        }
    }

    private void required(String path, Object value) {
        if (value == null) {
            add(path, "is required");
        }
    }

    private void notBefore(String path, LocalDate value, String otherPath, LocalDate other) {
        if (value != null && other != null && value.isBefore(other)) {
            add(path, "must not be before " + otherPath);
        }
    }

    private void add(String path, String message) {
        if (!alreadyReported.contains(path)) {
            problems.add(new Problem(path, message));
        }
    }
}
