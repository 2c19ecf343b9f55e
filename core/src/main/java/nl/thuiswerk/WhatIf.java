package nl.thuiswerk;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A smallest set of fact changes that would give another outcome, or lift a condition, under the same rule-set
 * version: what a worker or manager can do, or what would have to be different, for another advice.
 *
 * @param changes          the facts that would have to be different, all together; no smaller set does it
 * @param outcome          the outcome it would give
 * @param maxOnSiteShare   the share it would give, rounded to 4 decimals; empty for no national limit
 * @param conditionsLifted the conditions of the decision that would no longer apply (outcome and share unchanged);
 *                         empty for a change of outcome
 * @param text             the same in words, in the language asked for
 */
public record WhatIf(List<FactChange> changes, Outcome outcome, OptionalDouble maxOnSiteShare, List<String> conditionsLifted,
                     String text) {

    public WhatIf {
        Objects.requireNonNull(maxOnSiteShare, "maxOnSiteShare: OptionalDouble.empty() where there is no limit");
        changes = List.copyOf(changes);
        conditionsLifted = List.copyOf(conditionsLifted);
    }
}
