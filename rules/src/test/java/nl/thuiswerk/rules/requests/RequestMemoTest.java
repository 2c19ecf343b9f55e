package nl.thuiswerk.rules.requests;

import nl.thuiswerk.DecisionException;
import nl.thuiswerk.DecisionOutcome;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.WorkplaceRequest;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.RequestGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library remembers what the rules and the search for key dates concluded for a request by its signature (its
 * version and complete rule input). A remembered answer must be the one assessing afresh gives: for a request that
 * shares a signature with one assessed before (other id, other workplace asked for, other language: never
 * remembered), and for a request that differs from one assessed before in a single rule input (which must never be
 * answered from the other's memory).
 *
 * <p>Each pair is assessed in both orders by two advisors, so each request is assessed once afresh and once after
 * its pair has filled the memory; the bytes must be the same.
 */
class RequestMemoTest {

    private static final int REQUESTS = 400;

    private static String answer(HomeWorkingAdvisor advisor, WorkplaceRequest r, Locale locale) {
        try {
            return ThuiswerkJson.write(advisor.assess(r, locale));
        } catch (DecisionException e) {
            return "refused " + e.code() + " " + e.problems();
        }
    }

    private static List<WorkplaceRequest> requests(long seed) {
        RequestGenerator generator = new RequestGenerator(seed);
        List<WorkplaceRequest> requests = new ArrayList<>(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            requests.add(generator.next());
        }
        return requests;
    }

    /** Each request and its pair, as {@code first, second} by one advisor and {@code second, first} by another. */
    private static int bothOrdersAgree(List<WorkplaceRequest> requests, UnaryOperator<WorkplaceRequest> pairOf) {
        HomeWorkingAdvisor a = HomeWorkingAdvisor.create();
        HomeWorkingAdvisor b = HomeWorkingAdvisor.create();
        int pairs = 0;
        for (int i = 0; i < requests.size(); i++) {
            WorkplaceRequest r = requests.get(i);
            WorkplaceRequest pair = pairOf.apply(r);
            if (pair == null) {
                continue;
            }
            Locale first = i % 2 == 0 ? Locale.ENGLISH : Locale.forLanguageTag("nl");
            Locale second = i % 3 == 0 ? first : i % 2 == 0 ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
            String requestInA = answer(a, r, first);
            String pairInA = answer(a, pair, second);
            String pairInB = answer(b, pair, second);
            String requestInB = answer(b, r, first);
            assertThat(requestInB).as("request %s assessed after its pair", r.requestId()).isEqualTo(requestInA);
            assertThat(pairInA).as("pair of %s assessed after the request", r.requestId()).isEqualTo(pairInB);
            pairs++;
        }
        return pairs;
    }

    private static WorkplaceRequest with(WorkplaceRequest r, String id, String workplace, java.time.LocalDate asOf,
                                         WorkplaceRequest.Employer employer, WorkplaceRequest.Employee employee,
                                         WorkplaceRequest.EmployerDecision decision) {
        return new WorkplaceRequest(id, r.submittedOn(), r.inWriting(), r.intendedStart(), r.until(), workplace,
                r.unforeseenCircumstances(), employee, employer, r.previousDecisionOn(), decision, asOf);
    }

    @Test
    void a_request_under_another_id_and_workplace_gets_what_assessing_it_afresh_gives() {
        int pairs = bothOrdersAgree(requests(41), r -> with(r, r.requestId() + "-again", "The office, Fridays",
                r.asOf(), r.employer(), r.employee(), r.decision()));
        assertThat(pairs).isEqualTo(REQUESTS);
    }

    @Test
    void a_request_assessed_a_day_later_is_never_answered_from_the_memory_of_the_day_before() {
        // asOf moves the status from PENDING to GRANTED_BY_LAW on the day after the deadline
        int pairs = bothOrdersAgree(requests(42), r -> with(r, r.requestId(), r.desiredWorkplace(),
                r.asOf().plusDays(1), r.employer(), r.employee(), r.decision()));
        assertThat(pairs).isEqualTo(REQUESTS);
    }

    @Test
    void a_request_that_differs_in_the_employer_the_circumstances_or_the_decision_is_assessed_afresh() {
        List<WorkplaceRequest> requests = requests(43);
        // 9 and 10 employees, a deviating arrangement stated or not
        bothOrdersAgree(requests, r -> with(r, r.requestId(), r.desiredWorkplace(), r.asOf(),
                new WorkplaceRequest.Employer(r.employer().employees() < 10 ? 10 : 9,
                        r.employer().deviatingArrangement()), r.employee(), r.decision()));
        bothOrdersAgree(requests, r -> with(r, r.requestId(), r.desiredWorkplace(), r.asOf(),
                new WorkplaceRequest.Employer(r.employer().employees(),
                        !Boolean.TRUE.equals(r.employer().deviatingArrangement())), r.employee(), r.decision()));
        // a carer or not (art. 2a from 2022-08-02)
        bothOrdersAgree(requests, r -> with(r, r.requestId(), r.desiredWorkplace(), r.asOf(), r.employer(),
                new WorkplaceRequest.Employee(r.employee().employment(), r.employee().parentOfChildUnder8(),
                        !Boolean.TRUE.equals(r.employee().caregiver())), r.decision()));
        // the decision taken away, or given with the other outcome
        bothOrdersAgree(requests, r -> r.decision() == null ? null : with(r, r.requestId(), r.desiredWorkplace(),
                r.asOf(), r.employer(), r.employee(), null));
        int pairs = bothOrdersAgree(requests, r -> r.decision() == null ? null : with(r, r.requestId(),
                r.desiredWorkplace(), r.asOf(), r.employer(), r.employee(), new WorkplaceRequest.EmployerDecision(
                        r.decision().decidedOn(), r.decision().inWriting(),
                        r.decision().outcome() == DecisionOutcome.GRANTED ? DecisionOutcome.REFUSED
                                : DecisionOutcome.GRANTED, r.decision().reasonsGiven(), r.decision().consulted())));
        assertThat(pairs).isGreaterThan(REQUESTS / 4);
    }
}
