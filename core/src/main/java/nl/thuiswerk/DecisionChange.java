package nl.thuiswerk;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * How the decision of one case changes from one rule-set version to another: what an auditor or a payroll
 * provider needs to know when the advice changes. Texts, sources and rule names are not compared: only what
 * the advice supports.
 *
 * @param caseId the case
 * @param kinds  what changed; never empty
 * @param from   the decision under the first version
 * @param to     the decision under the second version
 */
public record DecisionChange(String caseId, Set<Kind> kinds, Summary from, Summary to) {

    /** The kinds of change, in the order they are reported. */
    public enum Kind { OUTCOME, SHARE, REASONS, CONDITIONS }

    /**
     * What a decision supports, without its explanation.
     *
     * @param ruleSet        the version that decided
     * @param outcome        the outcome
     * @param maxOnSiteShare the share, empty for no national limit
     * @param reasons        the reason codes, in the decision's order
     * @param conditions     the condition codes, in the decision's order
     */
    public record Summary(String ruleSet, Outcome outcome, OptionalDouble maxOnSiteShare, List<String> reasons,
                          List<String> conditions) {

        public Summary {
            reasons = List.copyOf(reasons);
            conditions = List.copyOf(conditions);
        }

        public static Summary of(Decision d) {
            // a policy's decision is named by its policy version; the national version is in its reasons' codes
            return new Summary(d.policy() != null ? d.policy().version() : d.ruleSet().id(), d.outcome(),
                    d.maxOnSiteShare(),
                    d.reasons().stream().map(Reason::code).toList(),
                    d.conditions().stream().map(Condition::code).toList());
        }
    }

    public DecisionChange {
        kinds = Set.copyOf(kinds);
    }

    /** The change between two decisions of the same case, or empty when they support the same. */
    public static Optional<DecisionChange> between(Decision from, Decision to) {
        Summary a = Summary.of(from);
        Summary b = Summary.of(to);
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        if (a.outcome() != b.outcome()) {
            kinds.add(Kind.OUTCOME);
        }
        if (!java.util.Objects.equals(a.maxOnSiteShare(), b.maxOnSiteShare())) {
            kinds.add(Kind.SHARE);
        }
        if (!sorted(a.reasons()).equals(sorted(b.reasons()))) {
            kinds.add(Kind.REASONS);
        }
        if (!sorted(a.conditions()).equals(sorted(b.conditions()))) {
            kinds.add(Kind.CONDITIONS);
        }
        return kinds.isEmpty() ? Optional.empty() : Optional.of(new DecisionChange(from.caseId(), kinds, a, b));
    }

    /** The kinds in their reporting order. */
    public List<Kind> orderedKinds() {
        List<Kind> ordered = new ArrayList<>(kinds);
        ordered.sort(null);
        return ordered;
    }

    private static List<String> sorted(List<String> codes) {
        return codes.stream().sorted().toList();
    }
}
