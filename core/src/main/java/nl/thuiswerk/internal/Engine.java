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
    private final Counterfactuals counterfactuals = new Counterfactuals();
    private RequestAssessor requests;

    private Engine(Catalogue catalogue, Texts texts, Traces traces) {
        this.catalogue = catalogue;
        this.texts = texts;
        this.traces = traces;
        this.assembler = new Assembler(texts);
    }

    /** The sibling that assesses requests under the Wet flexibel werken, from the same rules artefact and pins. */
    public RequestAssessor requests() {
        return requests;
    }

    /**
     * Reads the versions from the rules artefact on the class loader; compiles none of them yet, unless eager.
     *
     * @param pins version id (or {@link Fingerprints#CATALOGUE}) → expected fingerprint; when any does not match,
     *             the engine refuses to start, naming every one that does not
     */
    public static Engine load(ClassLoader loader, Map<String, String> pins, boolean eager) {
        Resources resources = new Resources(loader);
        // both domains are read and the pins checked against both at once: a pin may name a version of either
        Map<Domain, Catalogue> catalogues = Catalogue.load(resources, Domain.ALL, pins);
        Catalogue catalogue = catalogues.get(Domain.HOME_WORKING);
        if (eager) {
            catalogue.timeline().versions().forEach(RuleSetVersion::load);
        }
        Engine engine = new Engine(catalogue, new Texts(resources), new Traces(resources, Domain.HOME_WORKING));
        engine.requests = new RequestAssessor(resources, catalogues.get(Domain.WORKPLACE_REQUESTS));
        if (eager) {
            engine.requests.load();
        }
        return engine;
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
        RuleSetVersion version = catalogue.timeline().versionFor(aCase.caseId(), aCase.referenceDate(), language);
        CaseFacts facts = CaseFacts.of(aCase);
        Verdict verdict = version.run(facts.rulesInput());
        List<Counterfactuals.Found> found = !alternatives ? List.of() : counterfactuals.of(version, facts,
                new Counterfactuals.Result(verdict.outcome(), verdict.bounds().ceiling(),
                        Assembler.conditionCodes(version, verdict)));
        return assembler.decision(aCase, version, verdict, found, language);
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
