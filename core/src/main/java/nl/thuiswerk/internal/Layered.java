package nl.thuiswerk.internal;

import nl.thuiswerk.facts.NationalAdvice;

import java.util.ArrayList;
import java.util.List;

/**
 * An employer's policy version on top of the national version in force (null: no national advice on the day): what
 * decides a case that names a policy. The national rules run first, unchanged; their result is given to the policy's
 * run as the published {@link NationalAdvice}, where the library's delegation rules combine it with the policy's
 * floors and caps. Equal when both versions are the same, so it stands for both in the memory of alternatives.
 *
 * @param national the national version in force, or null
 * @param policy   the policy's version in force
 */
record Layered(RuleSetVersion national, RuleSetVersion policy) implements Counterfactuals.Rules {

    /** What each layer's rules found. */
    record Run(Verdict national, Verdict policy) {
    }

    Run run(List<Object> facts) {
        Verdict nationally = national == null ? null : national.run(facts);
        List<Object> policyFacts = new ArrayList<>(facts.size() + 1);
        policyFacts.addAll(facts);
        if (nationally != null) {
            policyFacts.add(new NationalAdvice(national.info().id(), nationally.outcome(),
                    nationally.bounds().floor(), nationally.bounds().ceiling()));
        }
        return new Run(nationally, policy.run(policyFacts));
    }

    /** Outcome and ceiling from the combined bounds; the conditions are the national ones. */
    Counterfactuals.Result result(Run run) {
        List<String> conditions = national == null ? List.of() : Assembler.conditionCodes(national, run.national());
        return new Counterfactuals.Result(run.policy().outcome(), run.policy().bounds().ceiling(), conditions);
    }

    @Override
    public Counterfactuals.Result conclude(List<Object> facts) {
        return result(run(facts));
    }
}
