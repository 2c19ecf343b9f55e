package nl.thuiswerk.rules;

import nl.thuiswerk.Case;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Job;
import nl.thuiswerk.OccupationalPhysicianAdvice;
import nl.thuiswerk.OnSiteWorkplace;
import nl.thuiswerk.Task;
import nl.thuiswerk.Worker;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.CaseGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library remembers what the rules and the search for alternatives concluded by a case's signature (its version
 * and complete rule input). A remembered answer must be the one deciding afresh gives: for a case that shares a
 * signature with one decided before (other id, other names: those are never remembered), and for a case that differs
 * from one decided before in a single rule input (which must never be answered from the other's memory).
 *
 * <p>Each pair is decided in both orders by two advisors, so each case is decided once afresh and once after its
 * pair has filled the memory; the bytes must be the same.
 */
class SignatureMemoTest {

    private static final int CASES = 800;

    private static String answer(HomeWorkingAdvisor advisor, Case c) {
        try {
            return ThuiswerkJson.write(advisor.decide(c, Locale.ENGLISH));
        } catch (DecisionException e) {
            return ThuiswerkJson.write(e);
        }
    }

    /** Each case and its pair, decided as {@code first, second} by one advisor and {@code second, first} by another. */
    private static void bothOrdersAgree(List<Case> cases, UnaryOperator<Case> pairOf) {
        HomeWorkingAdvisor a = HomeWorkingAdvisor.create();
        HomeWorkingAdvisor b = HomeWorkingAdvisor.create();
        int pairs = 0;
        for (Case c : cases) {
            Case pair = pairOf.apply(c);
            if (pair == null) {
                continue;
            }
            String caseInA = answer(a, c);
            String pairInA = answer(a, pair);
            String pairInB = answer(b, pair);
            String caseInB = answer(b, c);
            assertThat(caseInB).as("case %s decided after its pair", c.caseId()).isEqualTo(caseInA);
            assertThat(pairInA).as("pair of %s decided after the case", c.caseId()).isEqualTo(pairInB);
            pairs++;
        }
        assertThat(pairs).isGreaterThan(CASES / 3);
    }

    private static List<Case> generated(long seed) {
        CaseGenerator generator = new CaseGenerator(seed);
        List<Case> cases = new ArrayList<>(CASES);
        for (int i = 0; i < CASES; i++) {
            cases.add(generator.next());
        }
        return cases;
    }

    @Test
    void a_case_with_another_id_and_other_task_names_but_the_same_facts_gets_its_own_id_and_names_from_memory() {
        // given generated cases, each with a twin of the same rule input: another id, every task renamed
        bothOrdersAgree(generated(17L), c -> {
            List<Task> renamed = new ArrayList<>();
            for (Task t : c.job().tasks()) {
                renamed.add(new Task("twin " + t.name(), t.hoursPerWeek(), t.needs()));
            }
            return new Case("twin-" + c.caseId(), c.referenceDate(), new Job(c.job().title(), renamed), c.worker(),
                    c.onSiteWorkplace());
        });
        // then (in bothOrdersAgree) each is the same bytes whether decided first or from its twin's memory
    }

    @Test
    void a_case_that_differs_in_one_rule_input_is_never_answered_from_the_others_memory() {
        // given generated cases, each with a neighbour that differs in one fact the rules read: a task's hours by a
        // hundredth, a task's needs, the company doctor's share, the home workplace or the corona measures
        Random random = new Random(20210218L);
        bothOrdersAgree(generated(18L), c -> neighbour(c, random.nextInt(5)));
    }

    private static Case neighbour(Case c, int which) {
        List<Task> tasks = new ArrayList<>(c.job().tasks());
        Worker w = c.worker() == null ? new Worker(null, null) : c.worker();
        switch (which) {
            case 0 -> {
                Task t = tasks.get(0);
                double hours = t.hoursPerWeek() >= 1 ? t.hoursPerWeek() - 0.01 : t.hoursPerWeek() + 0.01;
                tasks.set(0, new Task(t.name(), hours, t.needs()));
            }
            case 1 -> {
                Task t = tasks.get(tasks.size() - 1);
                boolean none = t.needs() == null || t.needs().isEmpty();
                tasks.set(tasks.size() - 1, new Task(t.name(), t.hoursPerWeek(),
                        none ? java.util.Set.of(nl.thuiswerk.Need.LOCATION_BOUND_EQUIPMENT) : java.util.Set.of()));
            }
            case 2 -> {
                double share = w.occupationalPhysicianAdvice() == null ? 0.3
                        : Math.min(1.0, w.occupationalPhysicianAdvice().onSiteShare() + 0.05);
                if (w.occupationalPhysicianAdvice() != null && share == w.occupationalPhysicianAdvice().onSiteShare()) {
                    share = 0.95;
                }
                w = new Worker(new OccupationalPhysicianAdvice(share), w.homeWorkplace());
            }
            case 3 -> w = new Worker(w.occupationalPhysicianAdvice(),
                    w.homeWorkplace() == HomeWorkplace.INADEQUATE_NOT_REMEDIABLE ? HomeWorkplace.ADEQUATE
                            : HomeWorkplace.INADEQUATE_NOT_REMEDIABLE);
            default -> {
                Boolean meets = c.onSiteWorkplace() == null ? null : c.onSiteWorkplace().meetsCoronaMeasures();
                return new Case(c.caseId(), c.referenceDate(), c.job(), c.worker(),
                        new OnSiteWorkplace(meets == null ? Boolean.FALSE : !meets));
            }
        }
        return new Case(c.caseId(), c.referenceDate(), new Job(c.job().title(), tasks), w, c.onSiteWorkplace());
    }
}
