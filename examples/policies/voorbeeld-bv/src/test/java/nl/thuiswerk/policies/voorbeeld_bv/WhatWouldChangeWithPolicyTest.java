package nl.thuiswerk.policies.voorbeeld_bv;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.FactChange;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Job;
import nl.thuiswerk.Need;
import nl.thuiswerk.OnSiteWorkplace;
import nl.thuiswerk.Task;
import nl.thuiswerk.WhatIf;
import nl.thuiswerk.Worker;
import nl.thuiswerk.oracle.CaseGenerator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alternatives of a policy's decision are found by running the national rules and the policy's on each candidate:
 * every alternative, applied to the case and decided again with the policy, gives the outcome and share it states;
 * and the same case decided without the policy gets the national alternatives, not the policy's (the memory of
 * alternatives tells the two apart by the policy version).
 */
class WhatWouldChangeWithPolicyTest {

    private static final HomeWorkingAdvisor ADVISOR = HomeWorkingAdvisor.builder().policyOnClassPath("voorbeeld-bv").build();

    @Test
    void every_alternative_of_a_policy_decision_gives_what_it_says_when_applied() {
        CaseGenerator generator = new CaseGenerator(99);
        int checked = 0;
        for (int i = 0; i < 150; i++) {
            Case g = generator.next();
            LocalDate day = LocalDate.of(2021, 9, 25).plusDays(i * 11L);
            Case c = new Case(g.caseId(), day, g.job(), g.worker(), g.onSiteWorkplace(), "voorbeeld-bv");
            Decision d = ADVISOR.decide(c, Locale.ENGLISH);
            for (WhatIf w : d.whatWouldChange()) {
                Decision again = ADVISOR.decide(apply(c, w.changes()), Locale.ENGLISH);
                assertThat(again.outcome()).as(day + " " + w.changes()).isEqualTo(w.outcome());
                assertThat(again.maxOnSiteShare()).as(day + " " + w.changes()).isEqualTo(w.maxOnSiteShare());
                for (String lifted : w.conditionsLifted()) {
                    assertThat(again.conditions()).extracting(x -> x.code()).doesNotContain(lifted);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void the_same_case_without_the_policy_gets_the_national_alternatives() {
        // given a developer in 2021-10 (no national limit): nationally partly on site without a limit; with the
        // policy partly on site with a ceiling of all of the time
        Case national = new Case("d-1", LocalDate.of(2021, 10, 15),
                new Job("Developer", List.of(new Task("Programming", 36, Set.of()))), null, new OnSiteWorkplace(true));
        Case withPolicy = national.withEmployerPolicy("voorbeeld-bv");

        // when both are decided, the policy's first
        Decision p = ADVISOR.decide(withPolicy, Locale.ENGLISH);
        Decision n = ADVISOR.decide(national, Locale.ENGLISH);

        // then each has the alternatives of its own rules
        assertThat(n.whatWouldChange()).allSatisfy(w -> assertThat(w.maxOnSiteShare().isEmpty()
                || w.maxOnSiteShare().getAsDouble() == 1.0).isTrue());
        assertThat(p.whatWouldChange()).allSatisfy(w -> assertThat(w.maxOnSiteShare()).isPresent());
        assertThat(n.maxOnSiteShare()).isEmpty();
        assertThat(p.maxOnSiteShare()).hasValue(1.0);
    }

    /** The case with the alternative's changes made, as the contract's paths and values name them. */
    static Case apply(Case c, List<FactChange> changes) {
        List<Task> tasks = new ArrayList<>(c.job().tasks());
        Worker worker = c.worker() == null ? new Worker(null, null) : c.worker();
        OnSiteWorkplace onSite = c.onSiteWorkplace();
        for (FactChange change : changes) {
            String path = change.path();
            if (path.startsWith("job.tasks[")) {
                int i = Integer.parseInt(path.substring("job.tasks[".length(), path.indexOf(']')));
                Task t = tasks.get(i);
                tasks.set(i, new Task(t.name(), t.hoursPerWeek(),
                        change.to().equals("NONE") ? Set.of() : Set.of(Need.PHYSICAL_PRESENCE)));
            } else if (path.equals("worker.occupationalPhysicianAdvice")) {
                worker = new Worker(null, worker.homeWorkplace());
            } else if (path.equals("worker.homeWorkplace")) {
                worker = new Worker(worker.occupationalPhysicianAdvice(), HomeWorkplace.valueOf(change.to()));
            } else {
                onSite = new OnSiteWorkplace(change.to().equals("NOT_STATED") ? null : Boolean.valueOf(change.to()));
            }
        }
        return new Case(c.caseId(), c.referenceDate(), new Job(c.job().title(), tasks), worker, onSite,
                c.employerPolicy());
    }
}
