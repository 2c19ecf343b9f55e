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
    private final Set<String> alreadyReported;
    private final List<Problem> problems = new ArrayList<>();
    private final Language language;

    private RequestValidator(Set<String> alreadyReported, Language language) {
        this.alreadyReported = alreadyReported;
        this.language = language;
    }

    /** Every problem of the request, in the order of the contract's fields, in Dutch (as a case's by default). */
    public static List<Problem> validate(WorkplaceRequest request) {
        return validate(request, Language.NL);
    }

    /** Every problem of the request, in the order of the contract's fields, worded in the given language. */
    public static List<Problem> validate(WorkplaceRequest request, Language language) {
        return validate(request, Set.of(), language);
    }

    /**
     * Every problem of the request, except at paths already reported by the JSON reader (a field of the wrong type
     * is read as absent and must not be reported again as missing), worded in the given language.
     */
    public static List<Problem> validate(WorkplaceRequest request, Collection<String> alreadyReported,
                                         Language language) {
        RequestValidator validator = new RequestValidator(Set.copyOf(alreadyReported), language);
        if (request == null) {
            validator.add("", "problem.required");
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
            add("until", "request.problem.after", "intendedStart");
        }
        text("desiredWorkplace", r.desiredWorkplace(), MAX_WORKPLACE);
        checkEmployee(r.employee(), r.intendedStart());
        checkEmployer(r.employer());
        if (r.previousDecisionOn() != null && submitted != null && r.previousDecisionOn().isAfter(submitted)) {
            add("previousDecisionOn", "request.problem.notAfter", "submittedOn");
        }
        if (r.decision() != null) {
            checkDecision(r.decision(), submitted);
        }
        required("asOf", r.asOf());
        notBefore("asOf", r.asOf(), "submittedOn", submitted);
    }

    private void checkEmployee(WorkplaceRequest.Employee employee, LocalDate intendedStart) {
        if (employee == null) {
            add("employee", "problem.required");
            return;
        }
        List<WorkplaceRequest.EmploymentPeriod> periods = employee.employment();
        String path = "employee.employment";
        if (periods == null) {
            add(path, "problem.required");
            return;
        }
        if (periods.isEmpty() || periods.size() > MAX_PERIODS) {
            add(path, "request.problem.periodCount", MAX_PERIODS);
        }
        for (int i = 0; i < periods.size(); i++) {
            String at = path + "[" + i + "]";
            WorkplaceRequest.EmploymentPeriod p = periods.get(i);
            if (p == null) {
                add(at, "request.problem.employmentPeriod");
                continue;
            }
            required(at + ".from", p.from());
            if (p.from() != null && p.to() != null && p.to().isBefore(p.from())) {
                add(at + ".to", "request.problem.notBefore", "from");
            }
            WorkplaceRequest.EmploymentPeriod before = i == 0 ? null : periods.get(i - 1);
            if (before != null && before.to() == null && !alreadyReported.contains(path + "[" + (i - 1) + "].to")) {
                add(path + "[" + (i - 1) + "].to", "request.problem.onlyLastOpen");
            } else if (before != null && before.to() != null && p.from() != null && !p.from().isAfter(before.to())) {
                add(at + ".from", "request.problem.afterPeriodBefore");
            }
        }
        WorkplaceRequest.EmploymentPeriod last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        if (last != null && intendedStart != null) {
            String at = path + "[" + (periods.size() - 1) + "]";
            if (last.from() != null && last.from().isAfter(intendedStart)) {
                add(at + ".from", "request.problem.lastFrom");
            }
            if (last.to() != null && last.to().isBefore(intendedStart)) {
                add(at + ".to", "request.problem.lastTo");
            }
        }
    }

    private void checkEmployer(WorkplaceRequest.Employer employer) {
        if (employer == null) {
            add("employer", "problem.required");
            return;
        }
        if (employer.employees() == null) {
            add("employer.employees", "problem.required");
        } else if (employer.employees() < 1) {
            add("employer.employees", "request.problem.atLeast", 1);
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
            add(path, "problem.required");
        } else if (value.isEmpty() || value.length() > max) {
            add(path, "problem.length", max);
        } else if (!Unicode.isWellFormed(value)) {
            add(path, "problem.notUnicode");
        }
    }

    private void required(String path, Object value) {
        if (value == null) {
            add(path, "problem.required");
        }
    }

    private void notBefore(String path, LocalDate value, String otherPath, LocalDate other) {
        if (value != null && other != null && value.isBefore(other)) {
            add(path, "request.problem.notBefore", otherPath);
        }
    }

    private void add(String path, String key, Object... values) {
        if (!alreadyReported.contains(path)) {
            problems.add(new Problem(path, Messages.LIBRARY.get(language, key, values)));
        }
    }
}
