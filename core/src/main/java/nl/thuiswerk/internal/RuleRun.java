package nl.thuiswerk.internal;

import org.kie.api.runtime.KieSession;

import java.util.List;

/**
 * One run of compiled rules: the facts in, the rules fired with a cap, the session back to its pool. What the rules
 * conclude goes to the collector given as the global {@code verdict}; this part knows nothing of what they decide.
 */
final class RuleRun {

    /** A run fires about a dozen rules; far more means two rules feed each other. */
    static final int MAX_FIRINGS = 200;

    private RuleRun() {
    }

    /**
     * @param what names the rules in the error of a loop, e.g. {@code rule set 2021-02-18}
     */
    static void fire(CompiledRules rules, Object verdict, List<?> facts, List<?> moreFacts, String what) {
        fire(rules, verdict, facts, moreFacts, what, null);
    }

    /** As above, with a listener that sees every fact the rules insert, update or delete (null: none). */
    static void fire(CompiledRules rules, Object verdict, List<?> facts, List<?> moreFacts, String what,
                     org.kie.api.event.rule.RuleRuntimeEventListener listener) {
        KieSession session = rules.get().sessions().newKieSession();
        if (listener != null) {
            session.addEventListener(listener);
        }
        try {
            session.setGlobal("verdict", verdict);
            for (Object fact : facts) {
                session.insert(fact);
            }
            for (Object fact : moreFacts) {
                session.insert(fact);
            }
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException(what + " fired " + fired + " rules for one case: two rules feed each other");
            }
        } finally {
            if (listener != null) {
                session.removeEventListener(listener);
            }
            session.dispose();
        }
    }
}
