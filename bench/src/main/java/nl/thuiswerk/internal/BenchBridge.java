package nl.thuiswerk.internal;

import nl.thuiswerk.Assumption;
import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Receipt;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.Source;
import nl.thuiswerk.WhatIf;
import nl.thuiswerk.internal.facts.Circumstances;
import nl.thuiswerk.internal.facts.ShareInForce;
import nl.thuiswerk.internal.facts.Verdict;
import nl.thuiswerk.internal.facts.WorkTask;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The bench's door into the library's package-private output-building pieces: the texts, the versions'
 * metadata and citations, the counterfactual search and the assumptions. It lives in the library's own package
 * (a split package, which works on the class path only) so that the full oracle builds its decisions with the
 * very code the library builds them with, and only the deciding differs.
 *
 * <p>It also reproduces {@code Engine.decide} with a choice of session (pooled as the library does, a new
 * stateful session per decision, or a stateless session per decision), to measure what the pool gains. Nothing
 * here is API; if the library's internals change, this class is the one to follow them.
 */
public final class BenchBridge {

    /** How the Drools path gets its session for one decision. */
    public enum SessionMode { POOLED, NEW_STATEFUL, STATELESS }

    /** What the conditions rules read, as the counterfactual search asks it. */
    @FunctionalInterface
    public interface ConditionJudge {
        List<String> conditions(boolean onSite, boolean someWorkAtHome, HomeWorkplace home, Boolean corona);
    }

    private final Engine engine;
    private final Resources resources;
    private final Texts texts;
    private final List<Version> versions;

    private BenchBridge(Engine engine, Resources resources) {
        this.engine = engine;
        this.resources = resources;
        this.texts = engine.texts();
        this.versions = engine.timeline().versions().stream().map(v -> new Version(v, resources)).toList();
    }

    /** Reads every version's metadata and texts, as the library does; compiles no rules. */
    public static BenchBridge load(ClassLoader loader) {
        return new BenchBridge(Engine.load(loader, Map.of(), false), new Resources(loader));
    }

    public List<Version> versions() {
        return versions;
    }

    /** The text of a file of the rules artefact, relative to its root package. */
    public String resource(String relativePath) {
        return resources.text(relativePath);
    }

    // --- the output-building pieces -------------------------------------------------------------------------

    public String fill(Language language, String key, List<String> tasks, BigDecimal hours, BigDecimal total,
                       BigDecimal share, BigDecimal justified) {
        return texts.fill(language, key, tasks, hours, total, share, justified);
    }

    public String template(Language language, String key) {
        return texts.template(language, key);
    }

    /** Shares rounded to 4 decimals, half up, as the decision shows them. */
    public static Double share(BigDecimal share) {
        return Engine.share(share);
    }

    /** What would change the decision, searched and put in words exactly as the library does it. */
    public List<WhatIf> whatWouldChange(Language language, Case aCase, List<WorkTask> tasks, Circumstances facts,
                                        ShareInForce inForce, List<String> conditionCodes,
                                        Function<BigDecimal, ShareInForce> phase, ConditionJudge judge) {
        List<Counterfactuals.Found> found = Counterfactuals.of(aCase, tasks, facts, inForce, conditionCodes, phase,
                (key, changed) -> judge.conditions(key.onSite(), key.someWorkAtHome(), key.home(), key.corona()));
        return engine.whatIfs(found, aCase, language);
    }

    /** The defaults applied for facts the case did not state, as the library lists them. */
    public List<Assumption> assumptions(Case aCase, Language language) {
        return engine.assumptions(aCase, language);
    }

    public static Receipt receipt(Case aCase, RuleSetInfo info) {
        return Engine.receipt(aCase, info);
    }

    // --- the Drools path with a choice of session -----------------------------------------------------------

    /**
     * {@code Engine.decide} for a validated case in force, with the session of the given mode for the main run.
     * The counterfactuals' phase and condition look-ups use the version's cached, pooled path as the library does.
     */
    public Decision decideWithDrools(Case aCase, Language language, SessionMode mode) {
        Version version = versionFor(aCase);
        RuleSetVersion v = version.version;
        Verdict verdict = new Verdict();
        List<WorkTask> tasks = new ArrayList<>(aCase.job().tasks().size());
        Circumstances circumstances = Engine.facts(aCase, tasks);
        runRules(v, mode, verdict, tasks, circumstances);
        if (verdict.inForce() == null) {
            throw new IllegalStateException("rule set " + v.info().id() + " set no share in force");
        }
        return engine.decision(aCase, v, new Engine.Run(verdict, circumstances, tasks), language, true);
    }

    /** Only the rule run of a decision: facts inserted, rules fired, session given back; for the session benchmarks. */
    public Verdict runRulesOnly(Case aCase, SessionMode mode) {
        Version version = versionFor(aCase);
        Verdict verdict = new Verdict();
        List<WorkTask> tasks = new ArrayList<>(aCase.job().tasks().size());
        Circumstances circumstances = Engine.facts(aCase, tasks);
        runRules(version.version, mode, verdict, tasks, circumstances);
        return verdict;
    }

    public Version versionFor(Case aCase) {
        for (Version v : versions) {
            if (v.info().covers(aCase.referenceDate())) {
                return v;
            }
        }
        throw new IllegalArgumentException("no version covers " + aCase.referenceDate());
    }

    private static void runRules(RuleSetVersion v, SessionMode mode, Verdict verdict, List<WorkTask> tasks,
                                 Circumstances circumstances) {
        switch (mode) {
            case POOLED, NEW_STATEFUL -> {
                KieSession session = mode == SessionMode.POOLED ? v.compiled().sessions().newKieSession()
                        : v.compiled().kieBase().newKieSession();
                try {
                    session.setGlobal("verdict", verdict);
                    Engine.insert(session, tasks, circumstances);
                    int fired = session.fireAllRules(Engine.MAX_FIRINGS);
                    if (fired >= Engine.MAX_FIRINGS) {
                        throw new IllegalStateException("rule loop");
                    }
                } finally {
                    session.dispose();
                }
            }
            case STATELESS -> {
                StatelessKieSession session = v.compiled().kieBase().newStatelessKieSession();
                session.setGlobal("verdict", verdict);
                session.execute(Engine.matched(tasks, circumstances));
            }
        }
    }

    /** One rule-set version as the bench sees it: metadata without Drools, and its compiled rules on demand. */
    public static final class Version {

        private final RuleSetVersion version;
        private final Resources resources;

        private Version(RuleSetVersion version, Resources resources) {
            this.version = version;
            this.resources = resources;
        }

        public RuleSetInfo info() {
            return version.info();
        }

        public String folder() {
            return version.folder();
        }

        /** The source as a rule of the given code cites it, built as the library builds it for every reason. */
        public Source citation(String sourceId, String code) {
            return version.catalog().citation(sourceId, code);
        }

        public boolean blocking(String code) {
            return version.catalog().code(code).blocking();
        }

        /** The place of a code in the version's metadata: the order of reasons and conditions in a decision. */
        public int order(String code) {
            return version.catalog().code(code).order();
        }

        /** The DRL files of the version, as text (the rule names and their codes are read from them). */
        @SuppressWarnings("unchecked")
        public List<String> drl() {
            Map<String, Object> meta = (Map<String, Object>) JsonTree.parse(
                    resources.text(version.folder() + "/ruleset.json")).root();
            return ((List<String>) meta.get("files")).stream().filter(f -> f.endsWith(".drl")).map(resources::text)
                    .toList();
        }

        /** The version's KieBase from the executable model (compiled on first use). */
        public KieBase kieBase() {
            return version.compiled().kieBase();
        }
    }
}
