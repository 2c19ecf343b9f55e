package nl.thuiswerk.internal;

import nl.thuiswerk.Evidence;
import nl.thuiswerk.EvidenceLevel;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.Source;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import nl.thuiswerk.internal.facts.JustifiedShare;
import nl.thuiswerk.internal.facts.ShareInForce;
import nl.thuiswerk.internal.facts.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule-set version: its metadata and fingerprint at once, its KieBase the first time a case needs it.
 */
final class RuleSetVersion {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetVersion.class);

    /** What a rule's metadata says about it. */
    record RuleInfo(String name, String code, String sourceId) {
    }

    /** The compiled rules of the version, ready to decide. */
    record Compiled(KieBase kieBase, KieSessionsPool sessions, Map<Rule, RuleInfo> rules) {
    }

    private final String folder;
    private final List<String> packages;
    private final Catalog catalog;
    private final RuleSetInfo info;
    private final ModelIndex models;
    private volatile Compiled compiled;
    /** The phase rules are a function of the justified share alone; counterfactuals ask for few distinct shares. */
    private final java.util.concurrent.ConcurrentHashMap<BigDecimal, ShareInForce> phases =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED_PHASES = 10_000;
    private final java.util.concurrent.ConcurrentHashMap<Counterfactuals.ConditionFacts, List<String>> conditions =
            new java.util.concurrent.ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    RuleSetVersion(String folder, Resources resources, ModelIndex models, Fingerprints fingerprints) {
        this.folder = folder;
        this.models = models;
        String metaPath = folder + "/ruleset.json";
        Map<String, Object> meta = (Map<String, Object>) JsonTree.parse(resources.text(metaPath)).root();
        this.packages = List.copyOf((List<String>) meta.get("packages"));
        List<String> files = (List<String>) meta.get("files");
        this.catalog = new Catalog();
        for (String file : files) {
            if (file.endsWith(".json")) {
                catalog.add(file, (Map<String, Object>) JsonTree.parse(resources.text(file)).root());
            }
        }
        List<Source> cited = new ArrayList<>();
        for (Object id : (List<Object>) meta.get("cites")) {
            cited.add(catalog.document((String) id));
        }
        this.info = new RuleSetInfo((String) meta.get("id"), (String) meta.get("title"),
                LocalDate.parse((String) meta.get("validFrom")), LocalDate.parse((String) meta.get("validTo")),
                (String) meta.get("phaseCode"), cited, fingerprints.version(metaPath, files, packages),
                evidence(metaPath, meta, cited));
    }

    /**
     * The evidence for the version's first day and wording. Each names a source the version cites, so that what
     * an auditor is told the version rests on is among the sources listed with it.
     */
    private static Evidence evidence(String metaPath, Map<String, Object> meta, List<Source> cited) {
        if (!(meta.get("evidence") instanceof Map<?, ?> evidence)) {
            throw new IllegalStateException(metaPath + ": 'evidence' is missing");
        }
        EvidenceLevel[] levels = new EvidenceLevel[2];
        String[] sources = new String[2];
        String[] claims = {"date", "wording"};
        for (int i = 0; i < claims.length; i++) {
            String where = metaPath + ": evidence." + claims[i];
            if (!(evidence.get(claims[i]) instanceof Map<?, ?> claim)) {
                throw new IllegalStateException(where + " is missing");
            }
            Object level = claim.get("level");
            if (!"PRIMARY".equals(level) && !"SECONDARY".equals(level)) {
                throw new IllegalStateException(where + ".level must be PRIMARY or SECONDARY");
            }
            Object source = claim.get("source");
            if (!(source instanceof String id) || cited.stream().noneMatch(s -> s.id().equals(id))) {
                throw new IllegalStateException(where + ".source must be one of the sources the version cites, "
                        + cited.stream().map(Source::id).toList());
            }
            levels[i] = EvidenceLevel.valueOf((String) level);
            sources[i] = (String) source;
        }
        return new Evidence(levels[0], levels[1], sources[0], sources[1]);
    }

    RuleSetInfo info() {
        return info;
    }

    Catalog catalog() {
        return catalog;
    }

    String folder() {
        return folder;
    }

    Compiled compiled() {
        Compiled c = compiled;
        if (c == null) {
            synchronized (this) {
                c = compiled;
                if (c == null) {
                    c = compile();
                    compiled = c;
                }
            }
        }
        return c;
    }

    private Compiled compile() {
        long start = System.nanoTime();
        List<Model> rules = models.forPackages(packages);
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(rules);
        Map<Rule, RuleInfo> infos = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                infos.put(rule, ruleInfo(rule));
            }
        }
        KieSessionsPool pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        LOG.info("rule set {} ready: {} rules from the executable model in {} ms", info.id(), infos.size(),
                (System.nanoTime() - start) / 1_000_000);
        return new Compiled(kieBase, pool, infos);
    }

    /**
     * What the version's phase rules make of a justified share: only they fire, as only a {@link JustifiedShare}
     * is inserted (the criteria and the conditions need the case's facts).
     */
    ShareInForce phase(BigDecimal share) {
        // equal shares of another scale (0.5, 0.50) are one entry
        BigDecimal justified = share.signum() == 0 ? BigDecimal.ZERO : share.stripTrailingZeros();
        ShareInForce known = phases.get(justified);
        if (known != null) {
            return known;
        }
        Verdict verdict = new Verdict();
        KieSession session = compiled().sessions().newKieSession();
        try {
            session.setGlobal("verdict", verdict);
            session.insert(JustifiedShare.strongestOf(justified));
            session.fireAllRules(Engine.MAX_FIRINGS);
        } finally {
            session.dispose();
        }
        if (verdict.inForce() == null) {
            throw new IllegalStateException("the phase rules of rule set " + info.id() + " set no share in force");
        }
        if (phases.size() >= MAX_REMEMBERED_PHASES) {
            phases.clear();
        }
        phases.put(justified, verdict.inForce());
        return verdict.inForce();
    }

    /** The version's conditions for what its conditions rules read; the rules judge each combination once. */
    List<String> conditions(Counterfactuals.ConditionFacts key, java.util.function.Supplier<List<String>> judge) {
        return conditions.computeIfAbsent(key, k -> List.copyOf(judge.get()));
    }

    private RuleInfo ruleInfo(Rule rule) {
        String code = Metadata.string(rule.getMetaData().get("code"));
        String source = Metadata.string(rule.getMetaData().get("source"));
        if (code == null || source == null) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" of rule set " + info.id()
                    + " lacks @code or @source");
        }
        if (!catalog.hasCode(code)) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" has @code " + code
                    + ", which rule set " + info.id() + " does not define");
        }
        catalog.sourceRef(source);
        if (!catalog.code(code).sourceId().equals(source)) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" cites " + source + " for " + code
                    + ", whose quote in rule set " + info.id() + " comes from " + catalog.code(code).sourceId());
        }
        return new RuleInfo(rule.getName(), code, source);
    }
}
