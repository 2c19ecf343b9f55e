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

    private Engine(Catalogue catalogue, Texts texts, Traces traces) {
        this.catalogue = catalogue;
        this.texts = texts;
        this.traces = traces;
        this.assembler = new Assembler(texts);
    }

    /**
     * Reads the versions from the rules artefact on the class loader; compiles none of them yet, unless eager.
     *
     * @param pins version id (or {@link Fingerprints#CATALOGUE}) → expected fingerprint; when any does not match,
     *             the engine refuses to start, naming every one that does not
     */
    public static Engine load(ClassLoader loader, Map<String, String> pins, boolean eager) {
        Resources resources = new Resources(loader);
        Catalogue catalogue = Catalogue.load(resources, Domain.HOME_WORKING, pins);
        if (eager) {
            catalogue.timeline().versions().forEach(RuleSetVersion::load);
        }
        return new Engine(catalogue, new Texts(resources), new Traces(resources, Domain.HOME_WORKING));
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
        if (!alternatives) {
            return assembler.decision(aCase, version, version.run(facts.rulesInput()), List.of(), language);
        }
        // the verdict and the alternatives are a function of the signature (version and facts), remembered by it
        Signatures.Findings found = signatures.of(version, facts);
        return assembler.decision(aCase, version, found.verdict(), found.alternatives(), language);
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
