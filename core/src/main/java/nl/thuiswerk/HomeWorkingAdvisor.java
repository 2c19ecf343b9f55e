package nl.thuiswerk;

import nl.thuiswerk.internal.CaseJson;
import nl.thuiswerk.internal.CaseValidator;
import nl.thuiswerk.internal.Engine;
import nl.thuiswerk.internal.Language;
import nl.thuiswerk.internal.Verifier;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The entry point: decides cases under the rule-set version in force on their reference date.
 *
 * <p>Build one and share it between all threads; it is immutable and thread-safe. The rules were compiled to
 * Drools' executable model when the library was built, so nothing is compiled per call; a version's rules
 * are loaded the first time a case needs them (or at once, with {@link Builder#loadAllVersionsAtStart()}).
 *
 * <pre>{@code
 * HomeWorkingAdvisor advisor = HomeWorkingAdvisor.create();
 * Decision d = advisor.decide(aCase, Locale.ENGLISH);
 * }</pre>
 */
public final class HomeWorkingAdvisor {

    /**
     * The id that pins the catalogue, beside the versions' own ids: {@code builder().pin(CATALOGUE, fingerprint)},
     * or {@code --pin catalogue=sha256:…} on the command line.
     */
    public static final String CATALOGUE = "catalogue";

    private final Engine engine;

    private HomeWorkingAdvisor(Engine engine) {
        this.engine = engine;
    }

    /** An advisor over every rule-set version of the library. */
    public static HomeWorkingAdvisor create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Decides a case with texts, and errors, in Dutch. */
    public Decision decide(Case aCase) {
        return decide(aCase, Locale.forLanguageTag("nl"));
    }

    /**
     * Decides a case.
     *
     * @param locale the language of the texts and of an error's message and problems: Dutch ({@code nl}) or English
     *               ({@code en})
     * @throws DecisionException        {@code INVALID_INPUT} listing every problem of the case, or
     *                                  {@code NO_RULESET_IN_FORCE} when no version covers its reference date, worded
     *                                  in the language of the locale
     * @throws IllegalArgumentException for a language other than Dutch or English
     */
    public Decision decide(Case aCase, Locale locale) {
        Language language = Language.of(locale);
        List<Problem> problems = problems(aCase, language);
        if (!problems.isEmpty()) {
            throw CaseJson.invalid(aCase == null ? null : aCase.caseId(), problems, language);
        }
        return engine.decide(aCase, language);
    }

    /**
     * Assesses a request to change the place of work under article 2 (and, from 2022-08-02, 2a) of the Wet flexibel
     * werken (docs/requests.md) under the version in force on the day it was submitted, with texts in Dutch.
     *
     * @throws DecisionException {@code INVALID_INPUT} listing every problem of the request, or
     *                           {@code NO_RULESET_IN_FORCE} when it was submitted before 2016-01-01, worded in Dutch
     */
    public Assessment assess(WorkplaceRequest request) {
        return assess(request, Locale.forLanguageTag("nl"));
    }

    /**
     * As {@link #assess(WorkplaceRequest)}, with texts and errors (an {@code INVALID_INPUT}'s message and problems, a
     * {@code NO_RULESET_IN_FORCE} message) in the language of the locale: Dutch ({@code nl}) or English ({@code en}). The same request assessed again gives the same
     * assessment; its {@code whatWouldChange} dates are found by running the version's rules on candidate dates.
     *
     * @throws IllegalArgumentException for a language other than Dutch or English
     */
    public Assessment assess(WorkplaceRequest request, Locale locale) {
        Language language = Language.of(locale);
        List<Problem> problems = nl.thuiswerk.internal.RequestValidator.validate(request, language);
        if (!problems.isEmpty()) {
            throw nl.thuiswerk.internal.RequestJson.invalid(request == null ? null : request.requestId(), problems,
                    language);
        }
        return engine.requests().assess(request, language);
    }

    /**
     * Assesses a request and explains the assessment in plain words: the status, the deadline, each finding with the
     * article, paragraph and words of the law it rests on, the defects, the dates that matter, the assumptions.
     *
     * @throws DecisionException as {@link #assess(WorkplaceRequest, Locale)}
     */
    public String explain(WorkplaceRequest request, Locale locale) {
        return nl.thuiswerk.internal.RequestExplainer.explain(assess(request, locale), Language.of(locale));
    }

    /**
     * Assesses the request of an assessment again, once, in the assessment's {@code lang}, and compares: the receipt's
     * input hash with the request, the version and its fingerprint, the status and deadline, every other field.
     *
     * @throws DecisionException {@code INVALID_INPUT} when the request itself breaks the contract, worded in the
     *                           language of the locale
     */
    public Verification verify(String assessmentJson, WorkplaceRequest request, Locale locale) {
        Language words = Language.of(locale);
        List<Problem> problems = nl.thuiswerk.internal.RequestValidator.validate(request, words);
        if (!problems.isEmpty()) {
            throw nl.thuiswerk.internal.RequestJson.invalid(request == null ? null : request.requestId(), problems,
                    words);
        }
        return nl.thuiswerk.internal.RequestExplainer.verify(assessmentJson, request,
                (r, lang) -> engine.requests().assess(r, Language.of(Locale.forLanguageTag(lang))), words);
    }

    /** Every problem of a request, each with its JSON path, in Dutch (as a case's); empty when it can be assessed. */
    public List<Problem> validate(WorkplaceRequest request) {
        return validate(request, Locale.forLanguageTag("nl"));
    }

    /**
     * Every problem of a request, each with its JSON path, worded in the language of the locale; empty when it can be
     * assessed.
     *
     * @throws IllegalArgumentException for a language other than Dutch or English
     */
    public List<Problem> validate(WorkplaceRequest request, Locale locale) {
        return nl.thuiswerk.internal.RequestValidator.validate(request, Language.of(locale));
    }

    /** Every rule-set version of requests under the Wet flexibel werken, oldest first; the last has no validTo. */
    public List<RuleSetInfo> requestRuleSets() {
        return engine.requests().ruleSets();
    }

    /** The periods without a version of requests: before 2016-01-01, the Wet aanpassing arbeidsduur. */
    public List<NoRuleSetPeriod> requestPeriodsWithoutRuleSet() {
        return engine.requests().periodsWithoutRuleSet();
    }

    /**
     * The fingerprint of the catalogue of requests (its periods, its trace, its versions' fingerprints), pinned as
     * {@link #REQUESTS_CATALOGUE}.
     */
    public String requestCatalogueFingerprint() {
        return engine.requests().catalogueFingerprint();
    }

    /** The id that pins the catalogue of requests: {@code --pin wfw-catalogue=sha256:…}. */
    public static final String REQUESTS_CATALOGUE = "wfw-catalogue";

    /**
     * Decides a case as if it were dated on the first day of the given version, whatever its own reference date:
     * what an auditor asks when comparing versions over a population.
     *
     * @throws IllegalArgumentException when there is no version with that id
     * @throws DecisionException        {@code INVALID_INPUT} as {@link #decide(Case, Locale)}
     */
    public Decision decideUnder(String ruleSetId, Case aCase, Locale locale) {
        return decide(aCase == null ? null : dated(aCase, ruleSetId), locale);
    }

    /**
     * How the decision of a case changes from one version to another, each deciding it as of its first day.
     *
     * @return empty when both versions support the same outcome, share and codes
     */
    public java.util.Optional<DecisionChange> compare(Case aCase, String fromRuleSetId, String toRuleSetId) {
        // a comparison is for auditors and has no texts of its own: its refusal is in English, as its report is
        List<Problem> problems = problems(aCase, Language.EN);
        if (!problems.isEmpty()) {
            throw CaseJson.invalid(aCase == null ? null : aCase.caseId(), problems, Language.EN);
        }
        // a change is outcome, share and codes: the alternatives of each side would be computed for nothing
        return DecisionChange.between(engine.decideWithoutAlternatives(dated(aCase, fromRuleSetId)),
                engine.decideWithoutAlternatives(dated(aCase, toRuleSetId)));
    }

    /** The contract's problems of the case and, where it names a policy this advisor does not have, that one. */
    private List<Problem> problems(Case aCase, Language language) {
        List<Problem> problems = CaseValidator.validate(aCase, language);
        List<Problem> policy = engine.policyProblems(aCase, language);
        if (policy.isEmpty() || problems.stream().anyMatch(p -> p.path().equals("employerPolicy"))) {
            return problems;
        }
        List<Problem> all = new java.util.ArrayList<>(problems);
        all.addAll(policy);
        return all;
    }

    /**
     * The case dated on the first day of the version: a national version decides it by the national rules alone
     * (under the case's own policy, if it names one); a policy version under that policy.
     */
    private Case dated(Case aCase, String ruleSetId) {
        PolicyInfo policy = engine.policyVersion(ruleSetId);
        if (policy != null) {
            return new Case(aCase.caseId(), policy.validFrom(), aCase.job(), aCase.worker(), aCase.onSiteWorkplace(),
                    policy.id());
        }
        return new Case(aCase.caseId(), engine.ruleSet(ruleSetId).validFrom(), aCase.job(), aCase.worker(),
                aCase.onSiteWorkplace(), aCase.employerPolicy());
    }

    /** The version of this library, as every decision's receipt names it ({@code libraryVersion}). */
    public static String libraryVersion() {
        return nl.thuiswerk.internal.Library.VERSION;
    }

    /** Every problem of a case, each with its JSON path, in Dutch; empty when the case can be decided. */
    public List<Problem> validate(Case aCase) {
        return validate(aCase, Locale.forLanguageTag("nl"));
    }

    /**
     * Every problem of a case, each with its JSON path, worded in the language of the locale (Dutch or English); empty
     * when the case can be decided.
     */
    public List<Problem> validate(Case aCase, Locale locale) {
        return CaseValidator.validate(aCase, Language.of(locale));
    }

    /** Every rule-set version, oldest first. */
    public List<RuleSetInfo> ruleSets() {
        return engine.ruleSets();
    }

    /** Every version of every employer's policy this advisor was built with, per policy oldest first. */
    public List<PolicyInfo> policies() {
        return engine.policies();
    }

    /**
     * The fingerprint of each policy as a whole, by policy id: its {@code policy.json} and every version's id and
     * fingerprint, as the catalogue's covers the national versions. Pinned with the policy's id.
     */
    public Map<String, String> policyFingerprints() {
        return engine.policyFingerprints();
    }

    /**
     * The fingerprint of the catalogue, {@code sha256:} and 64 hex digits: over which versions there are, the
     * periods without one and their reasons ({@code rulesets.json}), the trace ({@code trace.json}) and every
     * version's fingerprint, so pinning it with {@link Builder#pin(String, String)} and {@link #CATALOGUE} pins
     * every file the library reads from the rules artefact. docs/security.md says exactly what it covers.
     */
    public String catalogueFingerprint() {
        return engine.catalogueFingerprint();
    }

    /**
     * Decides a case and explains the decision in plain language for a worker or a manager: the outcome and share,
     * each reason with its quoted source, the conditions, the assumptions, what would change the outcome, and that
     * the advice supports the conversation between employer and employee and decides nothing by itself.
     *
     * @throws DecisionException as {@link #decide(Case, Locale)}
     */
    public String explain(Case aCase, Locale locale) {
        return engine.explain(decide(aCase, locale), Language.of(locale));
    }

    /**
     * Decides the case of a decision again and compares: the receipt's input hash with the case, the receipt's
     * rule-set fingerprint with the rules this library has, and the decision with the one the rules give now.
     *
     * @param decisionJson a decision as the contract writes it, with its receipt
     * @param aCase        the case it claims to be the decision of
     * @throws DecisionException {@code INVALID_INPUT} when the case itself breaks the contract
     */
    public Verification verify(String decisionJson, Case aCase) {
        return verify(decisionJson, aCase, Locale.forLanguageTag("nl"));
    }

    /**
     * As {@link #verify(String, Case)}, with the differences, the notes and a refusal of the case worded in the language
     * of the locale (Dutch or English), whatever the language of the decision.
     */
    public Verification verify(String decisionJson, Case aCase, Locale locale) {
        Language words = Language.of(locale);
        List<Problem> problems = problems(aCase, words);
        if (!problems.isEmpty()) {
            throw CaseJson.invalid(aCase == null ? null : aCase.caseId(), problems, words);
        }
        return Verifier.verify(decisionJson, aCase,
                (c, language) -> engine.decide(c, Language.of(Locale.forLanguageTag(language))), words);
    }

    /**
     * For auditors: each code of a version with the quoted text it encodes, its DRL rules and its scenario tests.
     *
     * @throws IllegalArgumentException when there is no version with that id
     */
    public RuleSetTrace trace(String ruleSetId) {
        if (engine.requests().has(ruleSetId)) {
            return engine.requests().trace(ruleSetId);
        }
        return engine.trace(ruleSetId);
    }

    /** The periods for which there is deliberately no rule set: before the criteria, gaps, and the lapse. */
    public List<NoRuleSetPeriod> periodsWithoutRuleSet() {
        return engine.periodsWithoutRuleSet();
    }

    /**
     * The version in force on a date.
     *
     * @throws DecisionException {@code NO_RULESET_IN_FORCE}, naming the date and the nearest versions or the lapse,
     *                           in Dutch
     */
    public RuleSetInfo ruleSetFor(LocalDate date) {
        return ruleSetFor(date, Locale.forLanguageTag("nl"));
    }

    /**
     * The version in force on a date.
     *
     * @throws DecisionException {@code NO_RULESET_IN_FORCE}, naming the date and the nearest versions or the lapse,
     *                           in the language of the locale (Dutch or English)
     */
    public RuleSetInfo ruleSetFor(LocalDate date, Locale locale) {
        return engine.ruleSetFor(date, Language.of(locale));
    }

    /** Options for an advisor. */
    public static final class Builder {

        private final Map<String, String> pins = new LinkedHashMap<>();
        private final List<Engine.PolicySource> policies = new java.util.ArrayList<>();
        private boolean eager;

        private Builder() {
        }

        /**
         * Pins a version to a fingerprint, as {@link RuleSetInfo#fingerprint()} gives it: {@link #build()} refuses
         * to start when the version's rules (DRL, metadata and the classes compiled from them) or texts do not give
         * that fingerprint, or when the version does not exist. With {@link #CATALOGUE} as the id, pins the
         * {@linkplain #catalogueFingerprint() catalogue}: every version, every period without one, every file.
         */
        public Builder pin(String ruleSetId, String fingerprint) {
            pins.put(ruleSetId, fingerprint);
            return this;
        }

        /**
         * Adds an employer's policy from its jar (built as docs/policies.md says), loaded by a class loader of its own
         * from this path only. A case names it with {@code employerPolicy}, the policy's id. Its versions are pinned
         * with {@link #pin(String, String)} like national versions (and the policy as a whole by its id).
         */
        public Builder policy(java.nio.file.Path jar) {
            policies.add(new Engine.PolicySource(java.util.Objects.requireNonNull(jar, "jar"), null));
            return this;
        }

        /** Adds the employer's policy with the given id whose artefact is on the class path (a dependency). */
        public Builder policyOnClassPath(String policyId) {
            policies.add(new Engine.PolicySource(null, java.util.Objects.requireNonNull(policyId, "policyId")));
            return this;
        }

        /** Loads every version's rules in {@link #build()}, so the first decision of each is as fast as the rest. */
        public Builder loadAllVersionsAtStart() {
            this.eager = true;
            return this;
        }

        /**
         * @throws RuleSetIntegrityException when a pinned version or the pinned catalogue does not match (naming
         *                                   every one that does not), or the rules cannot be read to check it
         * @throws PolicyException           when a policy is refused: two with one id, one that is not a policy, whose
         *                                   rules fail to load or conclude anything but a floor or a cap
         */
        public HomeWorkingAdvisor build() {
            return new HomeWorkingAdvisor(Engine.load(HomeWorkingAdvisor.class.getClassLoader(), pins, eager, policies));
        }
    }
}
