package nl.thuiswerk.internal;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.NoRuleSetPeriod;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.RuleSetTrace;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The library's decisions, one part after the other: choose the version in force, give its rules the case's facts,
 * let them conclude, find the alternatives by running them again, and assemble the decision. Reading, validating and
 * writing JSON happen before and after, in the API. Thread-safe; built once per advisor.
 */
public final class Engine {

    private final Catalogue catalogue;
    private final Texts texts;
    private final Traces traces;
    private final Assembler assembler;
    private final Signatures signatures = new Signatures();
    /** The employers' policies by id, in the order given. */
    private final Map<String, Policy> policies;
    /** Set at start, or on first use when nothing is pinned and nothing loaded eagerly (see {@link #load}). */
    private volatile RequestAssessor requests;
    private java.util.function.Supplier<RequestAssessor> requestsLater;

    private Engine(Catalogue catalogue, Texts texts, Traces traces, Map<String, Policy> policies) {
        this.catalogue = catalogue;
        this.texts = texts;
        this.traces = traces;
        this.assembler = new Assembler(texts);
        this.policies = policies;
    }

    /**
     * Where an employer's policy is: a jar, read by a class loader of its own, or an id whose artefact is on the
     * library's class path.
     */
    public record PolicySource(java.nio.file.Path jar, String classPathId) {
    }

    /** The sibling that assesses requests under the Wet flexibel werken, from the same rules artefact and pins. */
    public RequestAssessor requests() {
        RequestAssessor known = requests;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (requests == null) {
                requests = requestsLater.get();
                requestsLater = null;
            }
            return requests;
        }
    }

    /**
     * Reads the versions from the rules artefact on the class loader; compiles none of them yet, unless eager.
     *
     * @param pins version id (or {@link Fingerprints#CATALOGUE}) → expected fingerprint; when any does not match,
     *             the engine refuses to start, naming every one that does not
     */
    public static Engine load(ClassLoader loader, Map<String, String> pins, boolean eager) {
        return load(loader, pins, eager, List.of());
    }

    /**
     * As {@link #load(ClassLoader, Map, boolean)}, with employers' policies. A pin may name a policy version or a
     * policy (its whole fingerprint). Each policy is refused at start, naming it, when another has its id, when its
     * rules fail to load, or when they conclude anything but a floor or a cap on a probe population.
     */
    public static Engine load(ClassLoader loader, Map<String, String> pins, boolean eager, List<PolicySource> sources) {
        Resources resources = new Resources(loader);
        Texts texts = new Texts(resources);
        Map<String, Policy> policies = new java.util.LinkedHashMap<>();
        if (!sources.isEmpty()) {
            ModelIndex models = new ModelIndex(resources);
            Fingerprints prints = new Fingerprints(resources);
            for (PolicySource source : sources) {
                Policy p = source.jar() != null
                        ? Policy.fromJar(source.jar(), loader, resources, models, prints, texts)
                        : Policy.fromClassPath(source.classPathId(), loader, resources, models, prints, texts);
                Policy earlier = policies.putIfAbsent(p.id(), p);
                if (earlier != null) {
                    throw new nl.thuiswerk.PolicyException("two policies have the id " + p.id() + " (" + earlier.origin()
                            + " and " + p.origin() + "): a case names its policy by id, so each id is given once");
                }
            }
        }
        Map<String, String> national = new java.util.LinkedHashMap<>();
        Map<String, String> ofPolicies = new java.util.LinkedHashMap<>();
        pins.forEach((id, fingerprint) -> (policyPinned(policies, id) ? ofPolicies : national).put(id, fingerprint));
        // both domains are read at start when a pin may name a version of either, or when everything is loaded
        // eagerly; otherwise the requests' catalogue is read the first time a request is assessed (a command line
        // that decides one case reads, fingerprints and checks only the advice's versions)
        boolean bothNow = eager || !national.isEmpty();
        Map<Domain, Catalogue> catalogues = Catalogue.load(resources, bothNow ? Domain.ALL
                : List.of(Domain.HOME_WORKING), national);
        Catalogue catalogue = catalogues.get(Domain.HOME_WORKING);
        checkPolicyPins(policies, ofPolicies);
        for (Policy p : policies.values()) {
            for (RuleSetVersion v : p.timeline().versions()) {
                if (catalogue.timeline().versions().stream().anyMatch(n -> n.info().id().equals(v.info().id()))) {
                    throw new nl.thuiswerk.PolicyException("policy " + p.id() + " has a version " + v.info().id()
                            + ", which is the id of a national version");
                }
            }
            p.check();
        }
        if (eager) {
            catalogue.timeline().versions().forEach(RuleSetVersion::load);
        }
        Engine engine = new Engine(catalogue, texts, new Traces(resources, Domain.HOME_WORKING),
                java.util.Collections.unmodifiableMap(policies));
        if (bothNow) {
            engine.requests = new RequestAssessor(resources, catalogues.get(Domain.WORKPLACE_REQUESTS));
            if (eager) {
                engine.requests.load();
            }
        } else {
            engine.requestsLater = () -> new RequestAssessor(resources,
                    Catalogue.load(resources, Domain.WORKPLACE_REQUESTS, Map.of()));
        }
        return engine;
    }

    private static boolean policyPinned(Map<String, Policy> policies, String id) {
        return policies.containsKey(id) || policies.values().stream()
                .anyMatch(p -> p.timeline().versions().stream().anyMatch(v -> v.info().id().equals(id)));
    }

    /** Every policy pin that does not hold, in one refusal that names the policy, as a national pin's does. */
    private static void checkPolicyPins(Map<String, Policy> policies, Map<String, String> pins) {
        List<String> wrong = new java.util.ArrayList<>();
        pins.forEach((id, expected) -> {
            for (Policy p : policies.values()) {
                if (p.id().equals(id) && !p.fingerprint().equals(expected)) {
                    wrong.add("policy " + id + " (" + p.origin() + ") does not match its pinned fingerprint: expected "
                            + expected + ", found " + p.fingerprint() + "; its versions or files are not the ones pinned");
                }
                for (RuleSetVersion v : p.timeline().versions()) {
                    if (v.info().id().equals(id) && !v.info().fingerprint().equals(expected)) {
                        wrong.add("policy version " + id + " of policy " + p.id() + " (" + p.origin()
                                + ") does not match its pinned fingerprint: expected " + expected + ", found "
                                + v.info().fingerprint() + "; its rules, metadata or texts are not the ones pinned");
                    }
                }
            }
        });
        if (!wrong.isEmpty()) {
            throw new nl.thuiswerk.RuleSetIntegrityException(String.join("; and ", wrong));
        }
    }

    /** Decides a case that has passed validation. */
    public Decision decide(Case aCase, Language language) {
        return decide(aCase, language, true);
    }

    /** A validated case decided in English without its alternatives, for comparisons that never show them. */
    public Decision decideWithoutAlternatives(Case aCase) {
        return decide(aCase, Language.EN, false);
    }

    private Decision decide(Case aCase, Language language, boolean alternatives) {
        if (aCase.employerPolicy() != null) {
            return decideWithPolicy(aCase, language, alternatives);
        }
        RuleSetVersion version = catalogue.timeline().versionFor(aCase.caseId(), aCase.referenceDate(), language);
        CaseFacts facts = CaseFacts.of(aCase);
        if (!alternatives) {
            return assembler.decision(aCase, version, version.run(facts.rulesInput()), List.of(), language);
        }
        // the verdict and the alternatives are a function of the signature (version and facts), remembered by it
        Signatures.Findings found = signatures.of(version, facts);
        return assembler.decision(aCase, version, found.verdict(), found.alternatives(), language);
    }

    /**
     * A case that names a policy: the national version in force (or none) runs first, then the policy's version in
     * force on top of it, and the alternatives are found by running both on each candidate.
     */
    private Decision decideWithPolicy(Case aCase, Language language, boolean alternatives) {
        Policy policy = policies.get(aCase.employerPolicy());
        if (policy == null) {
            throw CaseJson.invalid(aCase.caseId(), policyProblems(aCase, language), language);
        }
        RuleSetVersion version = policy.versionFor(aCase.caseId(), aCase.referenceDate(), language);
        RuleSetVersion national = catalogue.timeline().find(aCase.referenceDate());
        Layered layers = new Layered(national, version);
        CaseFacts facts = CaseFacts.of(aCase);
        Layered.Run run = layers.run(facts.rulesInput());
        List<Counterfactuals.Found> found = !alternatives ? List.of()
                : signatures.counterfactuals().of(layers, facts, layers.result(run));
        NoRuleSetPeriod period = national == null ? catalogue.timeline().periodOf(aCase.referenceDate()) : null;
        List<RuleSetVersion> all = catalogue.timeline().versions();
        boolean afterTheLast = aCase.referenceDate().isAfter(all.get(all.size() - 1).info().validTo());
        return assembler.policyDecision(aCase, policy, layers, run, found, language, period, afterTheLast);
    }

    /** The problem of a case that names a policy this engine does not have: at {@code employerPolicy}. */
    public List<nl.thuiswerk.Problem> policyProblems(Case aCase, Language language) {
        if (aCase == null || aCase.employerPolicy() == null || policies.containsKey(aCase.employerPolicy())) {
            return List.of();
        }
        String message = policies.isEmpty() ? Messages.LIBRARY.get(language, "problem.noPolicies")
                : Messages.LIBRARY.get(language, "problem.unknownPolicy", String.join(", ", policies.keySet()));
        return List.of(new nl.thuiswerk.Problem("employerPolicy", message));
    }

    /** Every version of every policy, in the order the policies were given, each oldest first. */
    public List<nl.thuiswerk.PolicyInfo> policies() {
        return policies.values().stream().flatMap(p -> p.infos().stream()).toList();
    }

    /** The fingerprint of a policy as a whole (its policy.json and every version's fingerprint), by policy id. */
    public Map<String, String> policyFingerprints() {
        Map<String, String> prints = new java.util.LinkedHashMap<>();
        policies.values().forEach(p -> prints.put(p.id(), p.fingerprint()));
        return prints;
    }

    /** The policy version with the given id, or null. */
    public nl.thuiswerk.PolicyInfo policyVersion(String id) {
        return policies().stream().filter(p -> p.version().equals(id)).findFirst().orElse(null);
    }

    /** The fingerprint of the catalogue: the periods, the trace, every version's id and fingerprint. */
    public String catalogueFingerprint() {
        return catalogue.fingerprint();
    }

    public List<RuleSetInfo> ruleSets() {
        return catalogue.infos();
    }

    public List<NoRuleSetPeriod> periodsWithoutRuleSet() {
        return catalogue.timeline().periods();
    }

    /** The trace of a version: its codes with their sources, rules and scenario tests (trace.json, built with the rules). */
    public RuleSetTrace trace(String id) {
        for (Policy p : policies.values()) {
            for (RuleSetVersion v : p.timeline().versions()) {
                if (v.info().id().equals(id)) {
                    return p.trace(v);
                }
            }
        }
        return traces.trace(catalogue.timeline().byId(id));
    }

    /** A decision in plain language, with headings in the given language (its own texts stay as they are). */
    public String explain(Decision decision, Language language) {
        return new PlainLanguage(texts).explain(decision, language);
    }

    /** The version with the given id. */
    public RuleSetInfo ruleSet(String id) {
        return catalogue.timeline().byId(id).info();
    }

    /** The version in force on a date, or {@code NO_RULESET_IN_FORCE} in the given language. */
    public RuleSetInfo ruleSetFor(LocalDate date, Language language) {
        return catalogue.timeline().versionFor(null, date, language).info();
    }
}
