package nl.thuiswerk.internal;

import nl.thuiswerk.facts.Ground;
import nl.thuiswerk.facts.PolicyCap;
import nl.thuiswerk.facts.PolicyFloor;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Watches one run of a policy version: a rule of the policy's own packages may insert a {@link PolicyFloor} or a
 * {@link PolicyCap} and nothing else, and may update or delete nothing. Each floor and cap becomes a reason with the
 * code and source of the rule that inserted it, so the policy's codes are reported by the engine, not by a global the
 * policy could misuse (a policy declares no global: {@link Policy} refuses one at start).
 *
 * <p>Why a listener and not an inspection of the executable model: the model's consequences are compiled lambdas,
 * whose inserts cannot be read from it soundly. The listener sees every insert as it happens, in every run; at start
 * each version is run on a probe population, so a policy that concludes anything else is refused before the first case.
 */
final class PolicyGuard implements RuleRuntimeEventListener {

    private final Set<String> guarded;
    private final Verdict verdict;
    private final List<String> violations = new ArrayList<>(1);

    PolicyGuard(Set<String> guarded, Verdict verdict) {
        this.guarded = guarded;
        this.verdict = verdict;
    }

    private boolean byPolicy(Rule rule) {
        return rule != null && guarded.contains(rule.getPackageName());
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Rule rule = event.getRule();
        if (!byPolicy(rule)) {
            return;
        }
        Object fact = event.getObject();
        if (fact instanceof PolicyFloor floor) {
            verdict.reason(rule, Ground.ofShare(floor.share()));
        } else if (fact instanceof PolicyCap cap) {
            verdict.reason(rule, Ground.ofShare(cap.share()));
        } else {
            violations.add("rule \"" + rule.getName() + "\" inserts a " + fact.getClass().getName()
                    + ", and a policy may conclude only a PolicyFloor or a PolicyCap");
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (byPolicy(event.getRule())) {
            violations.add("rule \"" + event.getRule().getName() + "\" updates a fact, and a policy may conclude only "
                    + "a PolicyFloor or a PolicyCap");
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        if (byPolicy(event.getRule())) {
            violations.add("rule \"" + event.getRule().getName() + "\" deletes a fact, and a policy may conclude only "
                    + "a PolicyFloor or a PolicyCap");
        }
    }

    /**
     * Refuses the run when a rule of the policy concluded anything else. A policy's rules cannot report to the
     * collector themselves (a policy with a global is refused at start); a condition from one would show here.
     */
    void check(String what) {
        for (Rule r : verdict.conditions()) {
            if (byPolicy(r)) {
                violations.add("rule \"" + r.getName() + "\" reports a condition, and a policy may conclude only a "
                        + "PolicyFloor or a PolicyCap");
            }
        }
        if (!violations.isEmpty()) {
            throw new PolicyViolation(what + ": " + String.join("; ", violations));
        }
    }

    /** A policy's rules concluded something other than a floor or a cap. */
    static final class PolicyViolation extends IllegalStateException {
        PolicyViolation(String message) {
            super(message);
        }
    }
}
