package nl.thuiswerk;

import java.time.LocalDate;
import java.util.List;

/**
 * The advice for one case, with everything needed to explain and audit it.
 *
 * @param caseId         the case's id
 * @param referenceDate  the day the decision is about
 * @param outcome        what the advice in force supports
 * @param maxOnSiteShare the largest share of working time on site the advice supports, rounded to 4 decimals;
 *                       null where the phase sets no national limit
 * @param reasons        why, in a fixed order
 * @param conditions     what must be arranged, in a fixed order
 * @param assumptions    the defaults applied for facts the case did not state
 * @param whatWouldChange the smallest sets of fact changes that would give another outcome or lift a condition
 * @param ruleSet        the rule-set version that decided
 * @param receipt        what is needed to verify the decision later
 */
public record Decision(String caseId, LocalDate referenceDate, Outcome outcome, Double maxOnSiteShare,
                       List<Reason> reasons, List<Condition> conditions, List<Assumption> assumptions,
                       List<WhatIf> whatWouldChange, RuleSetInfo ruleSet, Receipt receipt) {

    public Decision {
        reasons = List.copyOf(reasons);
        conditions = List.copyOf(conditions);
        assumptions = List.copyOf(assumptions);
        whatWouldChange = List.copyOf(whatWouldChange);
    }

    /** Whether a condition forbids on-site work until it is met. */
    public boolean blocked() {
        return conditions.stream().anyMatch(Condition::blocking);
    }
}
