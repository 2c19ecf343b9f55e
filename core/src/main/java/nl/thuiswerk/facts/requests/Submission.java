package nl.thuiswerk.facts.requests;

import java.time.LocalDate;

/**
 * The request as submitted, and the day the assessment is about. An input fact: one per assessment.
 *
 * @param submittedOn             the day the request reached the employer
 * @param inWriting               whether it was made in writing (lid 3)
 * @param intendedStart           the day the change is to start
 * @param until                   the last day of a change for a limited period; null when it has no end
 * @param unforeseenCircumstances whether it rests on unforeseen circumstances (false when not stated)
 * @param previousDecisionOn      the day the employer granted or refused the employee's previous request under
 *                                article 2; null when there was none
 * @param asOf                    the day the assessment is about
 */
public record Submission(LocalDate submittedOn, boolean inWriting, LocalDate intendedStart, LocalDate until,
                         boolean unforeseenCircumstances, LocalDate previousDecisionOn, LocalDate asOf) {

    public Submission {
        java.util.Objects.requireNonNull(submittedOn, "submittedOn");
        java.util.Objects.requireNonNull(intendedStart, "intendedStart");
        java.util.Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * Nothing of the request: a rule engine that logs its facts at TRACE must not show an employee's dates or
     * circumstances, which are personal data.
     */
    @Override
    public String toString() {
        return "Submission[<not shown>]";
    }
}
