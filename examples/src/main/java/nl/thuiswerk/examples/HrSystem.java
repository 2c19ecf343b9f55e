package nl.thuiswerk.examples;

import nl.thuiswerk.Case;
import nl.thuiswerk.Condition;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Job;
import nl.thuiswerk.Need;
import nl.thuiswerk.OccupationalPhysicianAdvice;
import nl.thuiswerk.OnSiteWorkplace;
import nl.thuiswerk.Problem;
import nl.thuiswerk.Reason;
import nl.thuiswerk.Task;
import nl.thuiswerk.Worker;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An HR system that keeps its own employee records and asks thuiswerk, in-process, what the national advice
 * supported for each of them on a given day. The advisor is built once and shared; each record becomes a
 * {@link Case}; a record the contract refuses is reported, not fatal.
 */
public final class HrSystem {

    /** How this HR system stores an employee; thuiswerk never sees it, only the case built from it. */
    record Employee(String personnelNumber, String name, String jobTitle, List<Task> tasks,
                    Double companyDoctorOnSiteShare, HomeWorkplace homeWorkplace, Boolean officeCoronaProof) {
    }

    private final HomeWorkingAdvisor advisor;

    HrSystem(HomeWorkingAdvisor advisor) {
        this.advisor = advisor;
    }

    static List<Employee> employees() {
        return List.of(
                new Employee("E-1001", "A. de Vries", "Nurse",
                        List.of(Task.needing("Patient care", 32, Need.PHYSICAL_PRESENCE)), null, null, true),
                new Employee("E-1002", "B. Jansen", "Teacher",
                        List.of(Task.needing("Teaching in class", 24, Need.PHYSICAL_PRESENCE),
                                Task.atHome("Preparing lessons", 12)), null, HomeWorkplace.ADEQUATE, null),
                new Employee("E-1003", "C. Bakker", "Data analyst",
                        List.of(Task.atHome("Analysis", 36)), 0.4, HomeWorkplace.INADEQUATE_REMEDIABLE, true),
                new Employee("E-1004", "D. Visser", "Translator",
                        List.of(Task.atHome("Translating", 24)), null, HomeWorkplace.INADEQUATE_REMEDIABLE, null),
                new Employee("E-1005", "E. Smit", "Planner",
                        List.of(Task.atHome("Planning", 90)), null, null, null));
    }

    void report(List<Employee> employees, LocalDate day, Locale locale, PrintStream out) {
        out.println("Home-working advice on " + day);
        for (Employee e : employees) {
            Case aCase = new Case(e.personnelNumber(), day, new Job(e.jobTitle(), e.tasks()),
                    new Worker(e.companyDoctorOnSiteShare() == null ? null
                            : new OccupationalPhysicianAdvice(e.companyDoctorOnSiteShare()), e.homeWorkplace()),
                    e.officeCoronaProof() == null ? null : new OnSiteWorkplace(e.officeCoronaProof()));
            try {
                Decision d = advisor.decide(aCase, locale);
                out.printf("%s %s: %s, at most %s on site (rule set %s)%n", e.personnelNumber(), e.name(), d.outcome(),
                        d.maxOnSiteShare().isEmpty() ? "no national limit"
                                : Math.round(d.maxOnSiteShare().getAsDouble() * 100) + "%",
                        d.ruleSet().id());
                for (Reason r : d.reasons()) {
                    out.println("  because " + r.code() + ": " + r.text());
                }
                for (Condition c : d.conditions()) {
                    out.println("  " + (c.blocking() ? "BLOCKING " : "") + "condition " + c.code() + ": " + c.text());
                }
            } catch (DecisionException refused) {
                out.printf("%s %s: not decided, %s%n", e.personnelNumber(), e.name(), refused.code());
                for (Problem p : refused.problems()) {
                    out.println("  fix " + p.path() + ": " + p.message());
                }
            }
        }
    }

    public static void main(String[] args) {
        LocalDate day = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.of(2021, 3, 15);
        new HrSystem(HomeWorkingAdvisor.create()).report(employees(), day, Locale.ENGLISH, System.out);
    }
}
