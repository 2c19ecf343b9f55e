package nl.thuiswerk;

import java.time.LocalDate;

/**
 * One worker's case: the input of a decision.
 *
 * @param caseId          1..128 characters, echoed in the decision
 * @param referenceDate   the day the decision is about; it selects the rule-set version in force
 * @param job             the job and its tasks
 * @param worker          the worker's personal situation, or null
 * @param onSiteWorkplace the workplace on site, or null
 * @param employerPolicy  the id of the employer's policy that decides on top of the national rules (see
 *                        {@link HomeWorkingAdvisor.Builder#policy(java.nio.file.Path)}), or null for the national
 *                        rules alone
 */
public record Case(String caseId, LocalDate referenceDate, Job job, Worker worker, OnSiteWorkplace onSiteWorkplace,
                   String employerPolicy) {

    /** A case decided by the national rules alone. */
    public Case(String caseId, LocalDate referenceDate, Job job, Worker worker, OnSiteWorkplace onSiteWorkplace) {
        this(caseId, referenceDate, job, worker, onSiteWorkplace, null);
    }

    /** The same case, decided under the given employer's policy (null: the national rules alone). */
    public Case withEmployerPolicy(String policyId) {
        return new Case(caseId, referenceDate, job, worker, onSiteWorkplace, policyId);
    }
}
