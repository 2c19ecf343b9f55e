package nl.thuiswerk.internal.facts;

import org.kie.api.definition.rule.Rule;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules found for one case: the global {@code verdict} of every rule package. One per decision,
 * never shared between threads.
 */
public final class Verdict {

    /** A reason as a rule reported it. */
    public record Found(Rule rule, Ground ground) {
    }

    private final List<Found> reasons = new ArrayList<>(4);
    private final List<Rule> conditions = new ArrayList<>(2);
    private ShareInForce inForce;

    public void reason(Rule rule, Ground ground) {
        reasons.add(new Found(rule, ground));
    }

    public void condition(Rule rule) {
        conditions.add(rule);
    }

    /** Records the share in force and hands it back, so a rule can insert it for the rules that depend on it. */
    public ShareInForce inForce(ShareInForce share) {
        if (inForce != null) {
            throw new IllegalStateException("two rules set the share in force: a rule set must have exactly one");
        }
        inForce = share;
        return share;
    }

    public List<Found> reasons() {
        return reasons;
    }

    public List<Rule> conditions() {
        return conditions;
    }

    public ShareInForce inForce() {
        return inForce;
    }
}
