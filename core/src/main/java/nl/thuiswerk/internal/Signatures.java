package nl.thuiswerk.internal;

import java.util.List;

/**
 * What the rules and the search for alternatives conclude for a case, remembered by the case's signature: its version
 * and its complete rule input, {@link CaseFacts} (each task's hours and needs by place, the advice, the home workplace,
 * the corona measures, exact decimals normalised). The rule run and the search are functions of exactly that (ADR 5:
 * deterministic, stratified rules that read nothing but their facts and the version's parameters), so a case whose
 * signature was seen before gets the same verdict and alternatives as deciding it afresh would give, whatever a
 * present or future rule reads: the key is everything the rules are given, never a selection of it.
 *
 * <p>What is not in the signature (the case's id, date within the version, task names, language) is never in what is
 * remembered: the assembler puts it in afterwards, for each case. Bounded and thread-safe ({@link Memo}); a
 * remembered verdict is only read after its rule run, never changed.
 */
final class Signatures {

    /** About 1.5 KB a signature (its verdict, its alternatives and its key): 8,192 of them stay near 12 MB. */
    static final int MAX_REMEMBERED = 8_192;

    /** The verdict of the case's own rule run and its alternatives before they are put in words. */
    record Findings(Verdict verdict, List<Counterfactuals.Found> alternatives) {
    }

    private record Signature(RuleSetVersion version, CaseFacts facts) {
    }

    private final Counterfactuals counterfactuals = new Counterfactuals();
    private final Memo<Signature, Findings> findings = new Memo<>(MAX_REMEMBERED);

    /** The findings of a case with these facts under this version, remembered. */
    Findings of(RuleSetVersion version, CaseFacts facts) {
        return findings.get(new Signature(version, facts), key -> {
            Verdict verdict = version.run(facts.rulesInput());
            List<Counterfactuals.Found> alternatives = counterfactuals.search(version, facts,
                    new Counterfactuals.Result(verdict.outcome(), verdict.bounds().ceiling(),
                            Assembler.conditionCodes(version, verdict)));
            return new Findings(verdict, alternatives);
        });
    }

    /** The search for alternatives, whose rule runs are remembered for every kind of case (policy cases too). */
    Counterfactuals counterfactuals() {
        return counterfactuals;
    }

    int size() {
        return findings.size();
    }
}
