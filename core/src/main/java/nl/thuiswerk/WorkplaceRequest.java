package nl.thuiswerk;

import java.time.LocalDate;
import java.util.List;

/**
 * An employee's request to change the place of work («arbeidsplaats»), for example to work from home on some days,
 * under article 2 of the Wet flexibel werken: the input of an assessment, mirroring the JSON of
 * {@code docs/requests.md} field by field. Fields the contract requires are objects rather than primitives, so that
 * one left out is reported as missing, with its path, as it is for JSON.
 *
 * <p>{@link Employee#parentOfChildUnder8()} and {@link Employee#caregiver()} are personal circumstances (art. 2a):
 * {@link #toString()} never shows them ({@link Employee#toString()} leaves them out), and no message of the library
 * repeats them.
 *
 * @param requestId               the caller's id of the request, 1..128 characters; echoed in the assessment
 * @param submittedOn             the day the request reached the employer; selects the rule-set version
 * @param inWriting               whether the request was made in writing (lid 3)
 * @param intendedStart           the day the change of workplace is to start; not before {@code submittedOn}
 * @param until                   the last day of a change for a limited period, after {@code intendedStart}; null
 *                                for a change without end
 * @param desiredWorkplace        the workplace asked for (lid 3 under b), 1..200 characters
 * @param unforeseenCircumstances whether the request rests on unforeseen circumstances («onvoorziene
 *                                omstandigheden»); null when not stated, taken as false
 * @param employee                the employee's employment and circumstances
 * @param employer                the employer's size and any deviating arrangement
 * @param previousDecisionOn      the day the employer granted or refused this employee's previous request under
 *                                article 2 (hours, workplace or working time); null when there was none; not
 *                                after {@code submittedOn}
 * @param decision                the employer's decision on this request; null when there is none (yet)
 * @param asOf                    the day the assessment is about (today, for a live system); not before
 *                                {@code submittedOn}
 */
public record WorkplaceRequest(String requestId, LocalDate submittedOn, Boolean inWriting, LocalDate intendedStart,
                               LocalDate until, String desiredWorkplace, Boolean unforeseenCircumstances,
                               Employee employee, Employer employer, LocalDate previousDecisionOn,
                               EmployerDecision decision, LocalDate asOf) {

    /**
     * The employee: the periods of employment that count towards the 26 weeks of lid 1, and the circumstances of
     * art. 2a lid 1 (from 2022-08-02).
     *
     * @param employment          1..20 periods with this employer, or with employers that succeed one another for
     *                            this work (lid 1), in date order and not overlapping; the last one runs on
     *                            {@code intendedStart}
     * @param parentOfChildUnder8 whether the employee is a parent of a child under eight (art. 2a lid 1 under a);
     *                            null when not stated, taken as false
     * @param caregiver           whether the employee cares for a person who is ill or in need of care (art. 2a
     *                            lid 1 under b or c); null when not stated, taken as false
     */
    public record Employee(List<EmploymentPeriod> employment, Boolean parentOfChildUnder8, Boolean caregiver) {

        public Employee {
            employment = employment == null ? null : java.util.Collections.unmodifiableList(
                    new java.util.ArrayList<>(employment));
        }

        /** The circumstances of art. 2a are personal data: a log or a stack trace never shows them. */
        @Override
        public String toString() {
            return "Employee[employment=" + employment + ", parentOfChildUnder8=<not shown>, caregiver=<not shown>]";
        }
    }

    /**
     * One period of employment.
     *
     * @param from the first day, inclusive
     * @param to   the last day, inclusive; null while the employee is still employed
     */
    public record EmploymentPeriod(LocalDate from, LocalDate to) {
    }

    /**
     * The employer.
     *
     * @param employees            the number of employees, at least 1; article 2 does not apply to fewer than 10
     *                             (lid 16, since 2022-08-02 lid 18), except for the employees of art. 2a
     * @param deviatingArrangement whether a collective agreement, a regulation of a competent public body or a
     *                             written agreement with the works council or staff representation deviates from
     *                             article 2 for the workplace (lid 15, since 2022-08-02 lid 17); null when not
     *                             stated, taken as false
     */
    public record Employer(Integer employees, Boolean deviatingArrangement) {
    }

    /**
     * The employer's decision on the request.
     *
     * @param decidedOn    the day the employer decided; not before {@code submittedOn}
     * @param inWriting    whether the decision was given in writing (lid 8, first sentence)
     * @param outcome      what was decided
     * @param reasonsGiven whether written reasons were given (lid 8, second sentence: owed when the outcome is not
     *                     {@link DecisionOutcome#GRANTED})
     * @param consulted    whether the employer consulted the employee (lid 4 and 6)
     */
    public record EmployerDecision(LocalDate decidedOn, Boolean inWriting, DecisionOutcome outcome,
                                   Boolean reasonsGiven, Boolean consulted) {
    }
}
