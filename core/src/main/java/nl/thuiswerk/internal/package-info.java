/**
 * Internal: the engine behind the public API, in parts with one job each (see docs/architecture.md): the rules
 * artefact's files ({@code Resources}), the versions of a domain and their periods ({@code Catalogue},
 * {@code Timeline}), one version's metadata ({@code RuleSetVersion}, {@code Kind}, {@code Catalog}), what a
 * fingerprint covers ({@code Fingerprints}), the compiled rules and one run of them ({@code CompiledRules},
 * {@code RuleRun}), a case as the rules' facts ({@code CaseFacts}), the alternatives ({@code Counterfactuals}), the
 * decision put together ({@code Assembler}, {@code Texts}), the trace ({@code Traces}); and reading, validating and
 * writing JSON.
 *
 * <p>Not API. Anything here may change in any release; depend on {@code nl.thuiswerk}, {@code nl.thuiswerk.json} and
 * {@code nl.thuiswerk.facts} only. A class here is public only where the API in another package needs it
 * ({@code Engine}, {@code Language}, {@code Library}, {@code Verifier}, the JSON pieces, the validator) or where the
 * library's own compiled rules call it ({@code Verdict}). Every KIE/Drools type the library touches stays here.
 */
package nl.thuiswerk.internal;
