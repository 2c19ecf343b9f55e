package nl.thuiswerk.internal;

import nl.thuiswerk.Evidence;
import nl.thuiswerk.EvidenceLevel;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.Source;
import nl.thuiswerk.facts.Parameter;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule-set version, read from its metadata file: its dates and title, its kind and the parameters it gives the
 * kind's rules (each with its source), the codes and sources it cites, its evidence and its fingerprint. It decides
 * with the compiled rules of its packages, shared with the other versions of its kind.
 */
final class RuleSetVersion {

    /** A parameter as the metadata gives it: its value and the source that states it. */
    record Param(String value, String source) {
    }

    /** What a rule's metadata says about it, its placeholders filled in with the version's parameters. */
    record RuleInfo(String name, String code, String sourceId) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetVersion.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final String file;
    private final Kind kind;
    private final Catalog catalog;
    private final Map<String, Param> parameters;
    private final List<Parameter> parameterFacts;
    private final RuleSetInfo info;
    private final CompiledRules rules;
    private final Domain domain;
    /** The packages of an employer's policy, whose rules may conclude floors and caps only; empty nationally. */
    private final java.util.Set<String> guarded;
    private volatile Map<Rule, RuleInfo> ruleInfos;

    /**
     * @param file  the version's metadata, relative to the rules' root
     * @param kinds the kind a version names → the kind; read once per kind
     * @param rules the packages → their compiled rules; built once per set of packages
     */
    RuleSetVersion(String file, Domain domain, Resources resources, Map<String, Kind> kinds,
                   Map<List<String>, CompiledRules> rules, ModelIndex models, Fingerprints fingerprints) {
        this(file, domain, resources, resources, Map.of(), kinds, rules, models, fingerprints);
    }

    /**
     * A version whose shared packages come from another artefact: an employer's policy version, which decides with
     * the library's shared packages and its own kind's, and whose own rules are guarded (they may conclude floors and
     * caps only).
     *
     * @param shared the artefact of the domain's shared packages
     * @param fixed  parameters the domain gives every version (the code the shared outcome rules carry), with their
     *               sources, beside those the version gives
     */
    @SuppressWarnings("unchecked")
    RuleSetVersion(String file, Domain domain, Resources resources, Resources shared, Map<String, Param> fixed,
                   Map<String, Kind> kinds, Map<List<String>, CompiledRules> rules, ModelIndex models,
                   Fingerprints fingerprints) {
        this.file = file;
        Map<String, Object> meta = (Map<String, Object>) JsonTree.parse(resources.text(file)).root();
        String id = string(meta, "id");
        String expectedFile = domain.versions() + "/" + id + ".json";
        if (!file.equals(expectedFile)) {
            throw new IllegalStateException(file + ": a version's file is named after its id, " + expectedFile);
        }
        String kindName = string(meta, "kind");
        this.kind = kinds.computeIfAbsent(kindName, k -> Kind.read(resources, domain, k));
        List<String> packages = new ArrayList<>(domain.sharedPackages());
        packages.add(kind.rulePackage());
        this.catalog = new Catalog();
        for (String pkg : packages) {
            Resources from = domain.sharedPackages().contains(pkg) ? shared : resources;
            for (String metadata : from.metadataOf(pkg)) {
                catalog.add(metadata, (Map<String, Object>) JsonTree.parse(from.text(metadata)).root());
            }
        }
        catalog.add(file, meta);
        List<Source> cited = new ArrayList<>();
        if (!(meta.get("cites") instanceof List<?> cites)) {
            throw new IllegalStateException(file + ": 'cites' is missing");
        }
        for (Object source : cites) {
            cited.add(catalog.document((String) source));
        }
        Map<String, Param> given = parameters(meta, cited);
        Param phaseCode = given.get("phaseCode");
        if (!fixed.isEmpty()) {
            given = new LinkedHashMap<>(given);
            given.putAll(fixed);
        }
        this.parameters = given;
        List<Parameter> shares = new ArrayList<>();
        kind.parameters().forEach((name, type) -> {
            if (type == Kind.Type.SHARE) {
                shares.add(new Parameter(name, new BigDecimal(parameters.get(name).value())));
            }
        });
        this.parameterFacts = List.copyOf(shares);
        this.rules = rules.computeIfAbsent(List.copyOf(packages), p -> new CompiledRules(p, models));
        this.guarded = shared == resources ? java.util.Set.of() : java.util.Set.of(kind.rulePackage());
        // open-ended (validTo null): the last version of a law without an end date (the Wet flexibel werken), or a
        // policy's last version, which may also leave validTo out; the advice's versions all end
        Object validTo = meta.get("validTo");
        this.info = new RuleSetInfo(id, string(meta, "title"), LocalDate.parse(string(meta, "validFrom")),
                validTo == JsonTree.NULL || (validTo == null && !guarded.isEmpty()) ? null
                        : LocalDate.parse(string(meta, "validTo")),
                phaseCode == null ? null : phaseCode.value(), cited,
                fingerprints.version(file, packages, domain), evidence(file, meta, cited));
        this.domain = domain;
    }

    /** The packages whose rules may conclude floors and caps only: a policy's own; empty for a national version. */
    java.util.Set<String> guarded() {
        return guarded;
    }

    private String string(Map<String, Object> meta, String key) {
        if (!(meta.get(key) instanceof String value)) {
            throw new IllegalStateException(file + ": '" + key + "' is missing or not a string");
        }
        return value;
    }

    /**
     * The parameters the kind asks for, each given once with a value and a source the version cites: a share is an
     * exact decimal from 0 to 1, a code one of the version's codes quoted from that same source.
     */
    private Map<String, Param> parameters(Map<String, Object> meta, List<Source> cited) {
        if (!(meta.get("parameters") instanceof Map<?, ?> given)) {
            throw new IllegalStateException(file + ": 'parameters' is missing; kind " + kind.name() + " needs "
                    + kind.parameters().keySet());
        }
        Map<String, Param> read = new LinkedHashMap<>();
        for (Map.Entry<?, ?> p : given.entrySet()) {
            String name = (String) p.getKey();
            String where = file + ": parameters." + name;
            Kind.Type type = kind.parameters().get(name);
            if (type == null) {
                throw new IllegalStateException(where + " is not a parameter of kind " + kind.name() + ", whose are "
                        + kind.parameters().keySet());
            }
            if (!(p.getValue() instanceof Map<?, ?> param) || !(param.get("value") instanceof String value)
                    || !(param.get("source") instanceof String source)) {
                throw new IllegalStateException(where + " must give a 'value' and a 'source', both text");
            }
            if (cited.stream().noneMatch(s -> s.id().equals(source))) {
                throw new IllegalStateException(where + ".source must be one of the sources the version cites, "
                        + cited.stream().map(Source::id).toList());
            }
            switch (type) {
                case SHARE -> {
                    BigDecimal share;
                    try {
                        share = new BigDecimal(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalStateException(where + ".value must be a decimal, such as \"0.5\"");
                    }
                    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                        throw new IllegalStateException(where + ".value must be a share from 0 to 1");
                    }
                }
                case CODE -> {
                    if (!catalog.hasCode(value) || !catalog.code(value).sourceId().equals(source)) {
                        throw new IllegalStateException(where + " must be a code the version quotes from " + source);
                    }
                }
                case TEXT -> {
                    if (value.isBlank()) {
                        throw new IllegalStateException(where + ".value must not be blank");
                    }
                }
            }
            read.put(name, new Param(value, source));
        }
        for (String needed : kind.parameters().keySet()) {
            if (!read.containsKey(needed)) {
                throw new IllegalStateException(file + ": parameters." + needed + " is missing; kind " + kind.name()
                        + " needs " + kind.parameters().keySet());
            }
        }
        return read;
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

    Domain domain() {
        return domain;
    }

    Catalog catalog() {
        return catalog;
    }

    /** The metadata file, relative to the rules' root. */
    String file() {
        return file;
    }

    CompiledRules rules() {
        return rules;
    }

    /** The version's shares, as the facts its kind's rules read. */
    List<Parameter> parameterFacts() {
        return parameterFacts;
    }

    /** What the national rules concluded for the facts: every rule of the version run, its parameters given. */
    Verdict run(List<?> facts) {
        Verdict verdict = fire(facts, new Verdict());
        if (verdict.outcome() == null) {
            throw new IllegalStateException("rule set " + info.id() + " concluded no outcome");
        }
        return verdict;
    }

    /**
     * Every rule of the version run on the facts, its parameters given, reporting to the collector given as the
     * global {@code verdict}: what a domain whose rules conclude something else than an outcome calls.
     */
    <V> V fire(List<?> facts, V collector) {
        ruleInfos(); // the first run compiles the rules and checks every rule's metadata, before any decision uses them
        if (guarded.isEmpty()) {
            RuleRun.fire(rules, collector, facts, parameterFacts, "rule set " + info.id());
        } else {
            PolicyGuard guard = new PolicyGuard(guarded, (Verdict) collector);
            String what = "policy version " + info.id();
            try {
                RuleRun.fire(rules, collector, facts, parameterFacts, what, guard);
            } catch (RuntimeException e) {
                // what a policy concluded beyond a floor or a cap is the cause of what failed after it (a second
                // outcome from bounds it inserted itself): say that, naming its rule
                guard.check(what);
                throw e;
            }
            guard.check(what);
        }
        return collector;
    }

    /** A rule of the version's KieBase as the version names it. */
    RuleInfo rule(Rule rule) {
        return ruleInfos().get(rule);
    }

    private Map<Rule, RuleInfo> ruleInfos() {
        Map<Rule, RuleInfo> infos = ruleInfos;
        if (infos == null) {
            synchronized (this) {
                infos = ruleInfos;
                if (infos == null) {
                    long start = System.nanoTime();
                    infos = new HashMap<>();
                    for (KiePackage pkg : rules.get().kieBase().getKiePackages()) {
                        for (Rule r : pkg.getRules()) {
                            infos.put(r, ruleInfo(r));
                        }
                    }
                    ruleInfos = infos;
                    LOG.info("rule set {} ready: {} rules of kind {} from the executable model in {} ms", info.id(),
                            infos.size(), kind.name(), (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        return infos;
    }

    /** Compiles the version's rules now (shared with its kind) and checks every rule's metadata against it. */
    void load() {
        ruleInfos();
    }

    private RuleInfo ruleInfo(Rule rule) {
        String code = resolve(rule, Metadata.string(rule.getMetaData().get("code")), false);
        String source = resolve(rule, Metadata.string(rule.getMetaData().get("source")), true);
        String name = resolve(rule, rule.getName(), false);
        if (code == null || source == null) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" of rule set " + info.id()
                    + " lacks @code or @source");
        }
        if (!catalog.hasCode(code)) {
            throw new IllegalStateException("rule \"" + name + "\" has @code " + code
                    + ", which rule set " + info.id() + " does not define");
        }
        catalog.sourceRef(source);
        if (!catalog.code(code).sourceId().equals(source)) {
            throw new IllegalStateException("rule \"" + name + "\" cites " + source + " for " + code
                    + ", whose quote in rule set " + info.id() + " comes from " + catalog.code(code).sourceId());
        }
        return new RuleInfo(name, code, source);
    }

    /**
     * The text with each {@code {parameter}} replaced by the version's value of it. In a rule's {@code @source} the
     * placeholder stands for the parameter's source: a rule that carries the version's phase code cites the source
     * that code is quoted from.
     */
    private String resolve(Rule rule, String text, boolean source) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Param p = parameters.get(m.group(1));
            if (p == null) {
                throw new IllegalStateException("rule \"" + rule.getName() + "\" names {" + m.group(1)
                        + "}, which rule set " + info.id() + " does not give (" + file + ", parameters)");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(source ? p.source() : p.value()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
