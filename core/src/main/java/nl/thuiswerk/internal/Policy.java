package nl.thuiswerk.internal;

import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Need;
import nl.thuiswerk.Outcome;
import nl.thuiswerk.PolicyException;
import nl.thuiswerk.PolicyInfo;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.facts.NationalAdvice;
import org.kie.api.definition.KiePackage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * One employer's policy, read from its artefact (a jar given by path, or the class path) as the library's own rules
 * are read: its versions are {@link RuleSetVersion}s of a domain of their own, found in its {@code versions}
 * directory, each with a kind of the policy's own rules, parameters with sources, codes with quotes, evidence and a
 * fingerprint; they decide with the library's shared criteria, outcome and delegation packages and the policy's own
 * kind, compiled to the executable model when the policy was built. The policy's rules are guarded
 * ({@link PolicyGuard}): they may conclude floors and caps only.
 *
 * <p>The artefact's files are under {@code nl/thuiswerk/policies/<id with _ for ->/}: {@code policy.json} (its id,
 * title, the periods before its first version), {@code versions/<version>.json}, {@code kinds/<kind>/} (DRL,
 * {@code kind.json}), {@code texts_nl.properties} and {@code texts_en.properties}.
 */
final class Policy {

    static final String POLICIES = "nl/thuiswerk/policies/";
    static final String ANCHOR = "policy.json";
    static final String DELEGATION = "nl.thuiswerk.rules.policy";
    /** The packages a policy version decides with besides its kind's: the library's, in this order. */
    static final Domain DOMAIN = new Domain("versions", ANCHOR, "trace.json",
            List.of("nl.thuiswerk.rules.criteria", "nl.thuiswerk.rules.outcome", DELEGATION), "kinds", "texts", "",
            "policy");
    /** The code the shared outcome rules carry in a policy's run: the delegation to the employer. */
    static final Map<String, RuleSetVersion.Param> FIXED = Map.of("phaseCode",
            new RuleSetVersion.Param("DELEGATED_TO_EMPLOYER", "KST-25883-419"));

    private final String id;
    private final String title;
    private final String origin;
    private final Timeline timeline;
    private final Texts texts;
    private final String fingerprint;
    private final Map<RuleSetVersion, PolicyInfo> infos = new LinkedHashMap<>();
    private final Resources resources;
    private final Resources shared;

    private Policy(String id, String title, String origin, Timeline timeline, Texts texts, String fingerprint,
                   Resources resources, Resources shared) {
        this.resources = resources;
        this.shared = shared;
        this.id = id;
        this.title = title;
        this.origin = origin;
        this.timeline = timeline;
        this.texts = texts;
        this.fingerprint = fingerprint;
        for (RuleSetVersion v : timeline.versions()) {
            RuleSetInfo i = v.info();
            infos.put(v, new PolicyInfo(id, i.id(), i.title(), i.validFrom(), i.validTo(), i.sources(), i.fingerprint()));
        }
    }

    /** The policy in a jar, read by a class loader of its own whose parent is the library's. */
    static Policy fromJar(Path jar, ClassLoader library, Resources shared, ModelIndex sharedModels,
                          Fingerprints sharedPrints, Texts sharedTexts) {
        String origin = jar.toString();
        if (!Files.isRegularFile(jar)) {
            throw new PolicyException("policy " + origin + " cannot be read: there is no such file");
        }
        String root = null;
        String index = null;
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (name.startsWith(POLICIES) && name.endsWith("/" + ANCHOR)
                        && name.indexOf('/', POLICIES.length()) == name.length() - ANCHOR.length() - 1) {
                    if (root != null) {
                        throw new PolicyException("policy " + origin + " holds more than one policy: "
                                + root + " and " + name);
                    }
                    root = name.substring(0, name.length() - ANCHOR.length());
                } else if (name.startsWith("META-INF/kie/") && name.endsWith("/drools-model")) {
                    index = name;
                }
            }
        } catch (IOException e) {
            throw new PolicyException("policy " + origin + " cannot be read as a jar: " + e.getMessage(), e);
        }
        if (root == null) {
            throw new PolicyException("policy " + origin + " is not a thuiswerk policy: it has no " + POLICIES
                    + "<id>/" + ANCHOR);
        }
        if (index == null) {
            throw new PolicyException("policy " + origin + " has no executable model (META-INF/kie/…/drools-model): "
                    + "build it with the kie-maven-plugin, as docs/policies.md says");
        }
        ClassLoader loader;
        try {
            loader = new PolicyLoader(jar.toUri().toURL(), library, root);
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
        return load(new Resources(loader, root, ANCHOR, index), origin, shared, sharedModels, sharedPrints, sharedTexts);
    }

    /** The policy with the given id on the class path (its artefact a dependency of the application). */
    static Policy fromClassPath(String policyId, ClassLoader loader, Resources shared, ModelIndex sharedModels,
                                Fingerprints sharedPrints, Texts sharedTexts) {
        String root = rootOf(policyId);
        Resources probe = new Resources(loader, root, ANCHOR, null);
        if (!probe.has(ANCHOR)) {
            throw new PolicyException("policy " + policyId + " is not on the class path: no " + root + ANCHOR);
        }
        List<String> indexes = probe.kieFiles().stream().filter(f -> f.endsWith("/drools-model")).toList();
        if (indexes.size() != 1) {
            throw new PolicyException("policy " + policyId + " on the class path has " + indexes.size()
                    + " executable-model indexes under META-INF/kie, and needs exactly one");
        }
        return load(probe.withIndex(indexes.get(0)), "class path " + root, shared, sharedModels, sharedPrints,
                sharedTexts);
    }

    static String rootOf(String policyId) {
        return POLICIES + policyId.replace('-', '_') + "/";
    }

    @SuppressWarnings("unchecked")
    private static Policy load(Resources resources, String origin, Resources shared, ModelIndex sharedModels,
                               Fingerprints sharedPrints, Texts sharedTexts) {
        String id = "?";
        try {
            Map<String, Object> meta = (Map<String, Object>) JsonTree.parse(resources.text(ANCHOR)).root();
            if (!(meta.get("id") instanceof String i) || !(meta.get("title") instanceof String title)) {
                throw new IllegalStateException(ANCHOR + ": 'id' and 'title' are required, both text");
            }
            id = i;
            if (!resources.root().equals(rootOf(id))) {
                throw new IllegalStateException(ANCHOR + " says id " + id + ", and its directory " + resources.root()
                        + " is not " + rootOf(id));
            }
            ModelIndex models = new ModelIndex(resources).with(sharedModels);
            Fingerprints fingerprints = new Fingerprints(resources, sharedPrints, DOMAIN.sharedPackages());
            Map<String, Kind> kinds = new HashMap<>();
            Map<List<String>, CompiledRules> rules = new HashMap<>();
            List<RuleSetVersion> versions = new ArrayList<>();
            for (String file : resources.filesUnder(DOMAIN.versions())) {
                if (file.endsWith(".json") && file.lastIndexOf('/') == DOMAIN.versions().length()) {
                    versions.add(new RuleSetVersion(file, DOMAIN, resources, shared, FIXED, kinds, rules, models,
                            fingerprints));
                }
            }
            for (RuleSetVersion v : versions) {
                if (!v.info().id().startsWith(id + "-")) {
                    throw new IllegalStateException("version " + v.info().id() + " must be named after the policy: "
                            + id + "-<first day>");
                }
            }
            Timeline timeline = new Timeline(versions, meta);
            String fingerprint = fingerprints.catalogue(List.of(ANCHOR),
                    timeline.versions().stream().map(RuleSetVersion::info).toList());
            return new Policy(id, title, origin, timeline, new Texts(resources, sharedTexts), fingerprint, resources,
                    shared);
        } catch (PolicyException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PolicyException("policy " + id + " (" + origin + ") cannot be loaded: " + e.getMessage(), e);
        }
    }

    /**
     * Compiles every version's rules and runs each on a probe population, with and without national advice, so that
     * rules that fail to load, declare a global (a policy reports nothing itself) or conclude anything but a floor or
     * a cap are refused now, not on the first real case.
     */
    void check() {
        for (RuleSetVersion v : timeline.versions()) {
            String version = v.info().id();
            try {
                v.load();
                for (KiePackage pkg : v.rules().get().kieBase().getKiePackages()) {
                    if (v.guarded().contains(pkg.getName()) && !pkg.getGlobalVariables().isEmpty()) {
                        throw new IllegalStateException("its rules declare the global " + pkg.getGlobalVariables()
                                + "; a policy's rules report nothing themselves, they insert PolicyFloor and PolicyCap");
                    }
                }
                for (List<Object> facts : PROBES) {
                    v.run(facts);
                }
            } catch (RuntimeException | LinkageError e) {
                // a class file that cannot be loaded is a LinkageError: the policy's rules fail to load all the same
                throw new PolicyException("policy " + id + " (" + origin + ") is refused: version " + version + ": "
                        + e, e);
            }
        }
    }

    /** Cases of every shape the criteria tell apart, under every kind of national state. */
    private static final List<List<Object>> PROBES = probes();

    private static List<List<Object>> probes() {
        List<List<CaseFacts.TaskFacts>> jobs = List.of(
                List.of(new CaseFacts.TaskFacts(BigDecimal.valueOf(36), Set.of())),
                List.of(new CaseFacts.TaskFacts(BigDecimal.valueOf(24), Set.of(Need.PHYSICAL_PRESENCE)),
                        new CaseFacts.TaskFacts(BigDecimal.valueOf(12), Set.of())),
                List.of(new CaseFacts.TaskFacts(BigDecimal.valueOf(32), Set.of(Need.values()))));
        List<NationalAdvice> national = new ArrayList<>();
        national.add(null);
        national.add(new NationalAdvice("probe", Outcome.PARTLY_ON_SITE, BigDecimal.ZERO, null));
        national.add(new NationalAdvice("probe", Outcome.HOME, BigDecimal.ZERO, BigDecimal.ZERO));
        national.add(new NationalAdvice("probe", Outcome.PARTLY_ON_SITE, new BigDecimal("0.5"), new BigDecimal("0.5")));
        national.add(new NationalAdvice("probe", Outcome.ON_SITE, BigDecimal.ONE, BigDecimal.ONE));
        List<List<Object>> probes = new ArrayList<>();
        for (List<CaseFacts.TaskFacts> job : jobs) {
            for (BigDecimal advice : List.of(BigDecimal.ZERO, new BigDecimal("0.3"))) {
                for (HomeWorkplace home : HomeWorkplace.values()) {
                    for (NationalAdvice n : national) {
                        List<Object> facts = new ArrayList<>(new CaseFacts(job, advice, home, true).rulesInput());
                        if (n != null) {
                            facts.add(n);
                        }
                        probes.add(List.copyOf(facts));
                    }
                }
            }
        }
        return List.copyOf(probes);
    }

    String id() {
        return id;
    }

    /**
     * The auditor's view of a version, from the version itself: each code of the delegation and of the policy with
     * its quote and the DRL rules that carry it (the file relative to its artefact's root). The scenarios are in the
     * policy's own module, not in its jar, so none are named here.
     */
    nl.thuiswerk.RuleSetTrace trace(RuleSetVersion version) {
        Map<String, List<nl.thuiswerk.RuleSetTrace.Rule>> rules = new LinkedHashMap<>();
        for (KiePackage pkg : version.rules().get().kieBase().getKiePackages()) {
            boolean own = version.guarded().contains(pkg.getName());
            if (!own && !pkg.getName().equals(DELEGATION)) {
                continue;
            }
            Resources from = own ? resources : shared;
            String directory = from.packageDirectory(pkg.getName());
            String drl = from.filesUnder(directory).stream().filter(f -> f.endsWith(".drl")).findFirst()
                    .orElse(directory);
            for (org.kie.api.definition.rule.Rule r : pkg.getRules()) {
                RuleSetVersion.RuleInfo info = version.rule(r);
                rules.computeIfAbsent(info.code(), c -> new ArrayList<>())
                        .add(new nl.thuiswerk.RuleSetTrace.Rule(drl, info.name()));
            }
        }
        List<nl.thuiswerk.RuleSetTrace.Entry> entries = new ArrayList<>();
        for (Catalog.Code code : version.catalog().codes()) {
            List<nl.thuiswerk.RuleSetTrace.Rule> carrying = rules.get(code.code());
            if (carrying != null) {
                carrying.sort(java.util.Comparator.comparing(nl.thuiswerk.RuleSetTrace.Rule::name));
                entries.add(new nl.thuiswerk.RuleSetTrace.Entry(code.code(), code.kind().name(), code.blocking(),
                        version.catalog().citation(code.sourceId(), code.code()), carrying, List.of()));
            }
        }
        return new nl.thuiswerk.RuleSetTrace(version.info(), entries);
    }

    String title() {
        return title;
    }

    /** Where it was loaded from, for messages. */
    String origin() {
        return origin;
    }

    Timeline timeline() {
        return timeline;
    }

    Texts texts() {
        return texts;
    }

    /** The fingerprint of the policy as a whole: its policy.json and every version's id and fingerprint. */
    String fingerprint() {
        return fingerprint;
    }

    PolicyInfo info(RuleSetVersion version) {
        return infos.get(version);
    }

    List<PolicyInfo> infos() {
        return List.copyOf(infos.values());
    }

    /** The version in force on the date, or {@code NO_RULESET_IN_FORCE} naming the policy. */
    RuleSetVersion versionFor(String caseId, LocalDate date, Language language) {
        RuleSetVersion v = timeline.find(date);
        if (v != null) {
            return v;
        }
        RuleSetVersion first = timeline.versions().get(0);
        String message = date.isBefore(first.info().validFrom())
                ? Messages.LIBRARY.get(language, "noRuleSet.policyBefore", id, title, date, first.info().id(),
                first.info().validFrom())
                : Messages.LIBRARY.get(language, "noRuleSet.policy", id, title, date);
        throw new DecisionException(ErrorCode.NO_RULESET_IN_FORCE, caseId, message, List.of());
    }

    /**
     * Serves the policy's own files and classes from its jar only (never a copy elsewhere on the class path), and
     * everything else, the library and Drools, from the library's loader: the policy's rules read the very fact
     * classes the engine gives them.
     */
    private static final class PolicyLoader extends URLClassLoader {

        private final String root;

        PolicyLoader(URL jar, ClassLoader parent, String root) {
            super(new URL[] {jar}, parent);
            this.root = root;
        }

        private boolean ours(String resource) {
            return resource.startsWith(root) || resource.startsWith("META-INF/kie/");
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && ours(name.replace('.', '/'))) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException notInTheJar) {
                        // the parent's
                    }
                }
                if (c == null) {
                    return super.loadClass(name, resolve);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            return ours(name) ? findResource(name) : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return ours(name) ? findResources(name) : super.getResources(name);
        }
    }
}
