package nl.thuiswerk.internal;

import nl.thuiswerk.Outcome;
import nl.thuiswerk.facts.Bounds;
import nl.thuiswerk.facts.Ground;
import org.kie.api.definition.rule.Rule;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules found for one set of facts: the global {@code verdict} of the library's own rule packages, which
 * report their reasons, conditions and the outcome to it. One per rule run, never shared between threads.
 *
 * <p>Public only because the compiled rules of the thuiswerk-rules artefact call it; it is not API. It holds KIE
 * types, which is why it is not in the published {@code nl.thuiswerk.facts}.
 */
public final class Verdict {

    /** A reason as a rule reported it. */
    public record Found(Rule rule, Ground ground) {
    }

    private final List<Found> reasons = new ArrayList<>(4);
    private final List<Rule> conditions = new ArrayList<>(2);
    private Outcome outcome;
    private Bounds bounds;

    public void reason(Rule rule, Ground ground) {
        reasons.add(new Found(rule, ground));
    }

    public void condition(Rule rule) {
        conditions.add(rule);
    }

    /** The outcome the rules concluded from the bounds; a rule set concludes exactly one. */
    public void outcome(Outcome concluded, Bounds from) {
        if (outcome != null) {
            throw new IllegalStateException("two rules concluded an outcome: a rule set must conclude exactly one");
        }
        outcome = concluded;
        bounds = from;
    }

    public List<Found> reasons() {
        return reasons;
    }

    public List<Rule> conditions() {
        return conditions;
    }

    /** The outcome, or null when no rule concluded one. */
    public Outcome outcome() {
        return outcome;
    }

    /** The bounds the outcome was concluded from. */
    public Bounds bounds() {
        return bounds;
    }
}
