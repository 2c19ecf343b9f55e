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
 */
public record Case(String caseId, LocalDate referenceDate, Job job, Worker worker, OnSiteWorkplace onSiteWorkplace) {
}
