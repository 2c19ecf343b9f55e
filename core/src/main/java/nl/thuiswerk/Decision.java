package nl.thuiswerk;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The advice for one case, with everything needed to explain and audit it.
 *
 * @param caseId         the case's id
 * @param referenceDate  the day the decision is about
 * @param lang           the language of its texts, {@code nl} or {@code en}: what {@code verify} decides it again in
 * @param outcome        what the advice in force supports
 * @param maxOnSiteShare the largest share of working time on site the advice supports, rounded to 4 decimals;
 *                       empty where the phase sets no national limit (the JSON's {@code null}): the ceiling
 * @param minOnSiteShare the share of working time that must be on site, rounded to 4 decimals: the floor. Nationally
 *                       the share the criteria justify (s); with an employer's policy its floor within the national
 *                       advice
 * @param reasons        why, in a fixed order
 * @param conditions     what must be arranged, in a fixed order
 * @param assumptions    the defaults applied for facts the case did not state
 * @param whatWouldChange the smallest sets of fact changes that would give another outcome or lift a condition
 * @param ruleSet        the national rule-set version that decided; null where an employer's policy decided on a day
 *                       without national advice (its reasons then say so, with code {@code NO_NATIONAL_ADVICE})
 * @param policy         the employer's policy version that decided; null for the national rules alone
 * @param receipt        what is needed to verify the decision later
 */
public record Decision(String caseId, LocalDate referenceDate, String lang, Outcome outcome, OptionalDouble maxOnSiteShare,
                       double minOnSiteShare, List<Reason> reasons, List<Condition> conditions,
                       List<Assumption> assumptions, List<WhatIf> whatWouldChange, RuleSetInfo ruleSet,
                       PolicyInfo policy, Receipt receipt) {

    public Decision {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(maxOnSiteShare, "maxOnSiteShare: OptionalDouble.empty() where there is no limit");
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
