package nl.thuiswerk.facts.requests;

import nl.thuiswerk.DecisionOutcome;

import java.time.LocalDate;

/**
 * The employer's decision on the request. An input fact, inserted only when the request states a decision; its
 * absence is final when the rules fire.
 *
 * @param decidedOn    the day the employer decided
 * @param inWriting    whether the decision was given in writing (lid 8, first sentence)
 * @param outcome      what was decided
 * @param reasonsGiven whether written reasons were given (lid 8, second sentence)
 * @param consulted    whether the employer consulted the employee (lid 4, 6)
 */
public record EmployerDecision(LocalDate decidedOn, boolean inWriting, DecisionOutcome outcome, boolean reasonsGiven,
                               boolean consulted) {

    public EmployerDecision {
        java.util.Objects.requireNonNull(decidedOn, "decidedOn");
        java.util.Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * Nothing of the request: a rule engine that logs its facts at TRACE must not show an employee's dates or
     * circumstances, which are personal data.
     */
    @Override
    public String toString() {
        return "EmployerDecision[<not shown>]";
    }
}
