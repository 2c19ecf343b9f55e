package nl.thuiswerk.internal;

import nl.thuiswerk.Assumption;
import nl.thuiswerk.Case;
import nl.thuiswerk.Condition;
import nl.thuiswerk.Decision;
import nl.thuiswerk.Facts;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Need;
import nl.thuiswerk.NoRuleSetPeriod;
import nl.thuiswerk.Reason;
import nl.thuiswerk.Receipt;
import nl.thuiswerk.WhatIf;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.RuleSetTrace;
import nl.thuiswerk.RuleSetIntegrityException;
import nl.thuiswerk.Task;
import nl.thuiswerk.internal.facts.Circumstances;
import nl.thuiswerk.internal.facts.Ground;
import nl.thuiswerk.internal.facts.ShareInForce;
import nl.thuiswerk.internal.facts.TasksNeeding;
import nl.thuiswerk.internal.facts.Verdict;
import nl.thuiswerk.internal.facts.WorkTask;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Chooses the rule-set version for a date, runs its rules on a pooled session and turns what they found
 * into a {@link Decision}. Thread-safe; built once per advisor.
 */
public final class Engine {

    /** A case fires about a dozen rules; far more means two rules feed each other. */
    static final int MAX_FIRINGS = 200;

    private final Timeline timeline;
    private final Texts texts;
    private final Resources resources;
    private final String catalogue;

    private Engine(Timeline timeline, Texts texts, Resources resources, String catalogue) {
        this.timeline = timeline;
        this.texts = texts;
        this.resources = resources;
        this.catalogue = catalogue;
    }

    /**
     * Reads the versions from the rules artefact; compiles none of them yet.
     *
     * @param pins version id (or {@link Fingerprints#CATALOGUE}) → expected fingerprint; when any does not match,
     *             the engine refuses to start, naming every one that does not
     */
    public static Engine load(ClassLoader loader, Map<String, String> pins, boolean eager) {
        Resources resources = new Resources(loader);
        Read read;
        try {
            read = read(resources);
        } catch (RuleSetIntegrityException e) {
            throw e;
        } catch (RuntimeException e) {
            if (pins.isEmpty()) {
                throw e;
            }
            // genuine rules always load: rules that do not cannot be the pinned ones, an integrity failure
            throw new RuleSetIntegrityException("the rules artefact cannot be read (" + e.getMessage()
                    + "), so the pinned fingerprints of " + pins.keySet() + " cannot be checked", e);
        }
        check(pins, read.versions(), read.catalogue());
        // the periods are checked once the pins hold, so a pinned advisor reports a changed catalogue as such
        Timeline timeline = new Timeline(read.versions(), read.index());
        if (eager) {
            timeline.versions().forEach(RuleSetVersion::compiled);
        }
        return new Engine(timeline, new Texts(resources), resources, read.catalogue());
    }

    /** The versions as {@code rulesets.json} lists them, and the fingerprints, before anything is checked. */
    private record Read(Map<String, Object> index, List<RuleSetVersion> versions, String catalogue) {
    }

    @SuppressWarnings("unchecked")
    private static Read read(Resources resources) {
        ModelIndex models = new ModelIndex(resources);
        Fingerprints fingerprints = new Fingerprints(resources);
        Map<String, Object> index = (Map<String, Object>) JsonTree.parse(resources.text("rulesets.json")).root();
        List<RuleSetVersion> versions = new ArrayList<>();
        for (Object folder : (List<Object>) index.get("versions")) {
            versions.add(new RuleSetVersion((String) folder, resources, models, fingerprints));
        }
        return new Read(index, versions,
                fingerprints.catalogue(versions.stream().map(RuleSetVersion::info).toList()));
    }

    /** Every pin that does not hold, in the order given, in one refusal. */
    private static void check(Map<String, String> pins, List<RuleSetVersion> versions, String catalogue) {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> pin : pins.entrySet()) {
            if (pin.getKey().equals(Fingerprints.CATALOGUE)) {
                if (!catalogue.equals(pin.getValue())) {
                    wrong.add("the catalogue of rule sets does not match its pinned fingerprint: expected "
                            + pin.getValue() + ", found " + catalogue + "; the versions, the periods without one, "
                            + "their reasons or the files of a version are not the ones pinned");
                }
                continue;
            }
            var info = versions.stream().map(RuleSetVersion::info)
                    .filter(v -> v.id().equals(pin.getKey())).findFirst();
            if (info.isEmpty()) {
                wrong.add("pinned rule set " + pin.getKey() + " does not exist; the rule sets are "
                        + versions.stream().map(v -> v.info().id()).toList() + " and the catalogue ("
                        + Fingerprints.CATALOGUE + ")");
            } else if (!info.get().fingerprint().equals(pin.getValue())) {
                wrong.add("rule set " + pin.getKey() + " does not match its pinned fingerprint: expected "
                        + pin.getValue() + ", found " + info.get().fingerprint()
                        + "; its rules, metadata or texts are not the ones pinned");
            }
        }
        if (!wrong.isEmpty()) {
            throw new RuleSetIntegrityException(String.join("; and ", wrong));
        }
    }

    /** The fingerprint of the catalogue: the versions, the periods without one, the trace, every version's files. */
    public String catalogueFingerprint() {
        return catalogue;
    }

    public List<RuleSetInfo> ruleSets() {
        return timeline.versions().stream().map(RuleSetVersion::info).toList();
    }

    public List<NoRuleSetPeriod> periodsWithoutRuleSet() {
        return timeline.periods();
    }

    /** The trace of a version: its codes with their sources, rules and scenario tests (trace.json, built with the rules). */
    @SuppressWarnings("unchecked")
    public RuleSetTrace trace(String id) {
        RuleSetVersion version = timeline.byId(id);
        Map<String, Object> trace = (Map<String, Object>) JsonTree.parse(resources.text("trace.json")).root();
        Map<String, Object> set = ((List<Map<String, Object>>) trace.get("ruleSets")).stream()
                .filter(s -> id.equals(s.get("id"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("trace.json has no entry for rule set " + id));
        List<RuleSetTrace.Entry> entries = new ArrayList<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) set.get("codes")) {
            Catalog.Code code = version.catalog().code((String) e.get("code"));
            List<RuleSetTrace.Rule> rules = ((List<Map<String, Object>>) e.get("rules")).stream()
                    .map(r -> new RuleSetTrace.Rule((String) r.get("file"), (String) r.get("name"))).toList();
            entries.add(new RuleSetTrace.Entry(code.code(), code.kind().name(), code.blocking(),
                    version.catalog().citation(code.sourceId(), code.code()), rules, (List<String>) (List<?>) e.get("scenarios")));
        }
        return new RuleSetTrace(version.info(), entries);
    }

    /** A decision in plain language, with headings in the given language (its own texts stay as they are). */
    public String explain(Decision decision, Language language) {
        return new PlainLanguage(texts).explain(decision, language);
    }

    /** The version with the given id. */
    public RuleSetInfo ruleSet(String id) {
        return timeline.byId(id).info();
    }

    /** The version in force on a date, or {@code NO_RULESET_IN_FORCE} in the given language. */
    public RuleSetInfo ruleSetFor(LocalDate date, Language language) {
        return timeline.versionFor(null, date, language).info();
    }

    /** What one run of a version's rules found for a case. */
    record Run(Verdict verdict, Circumstances circumstances, List<WorkTask> tasks) {
    }

    /** Decides a case that has passed validation. */
    public Decision decide(Case aCase, Language language) {
        RuleSetVersion version = timeline.versionFor(aCase.caseId(), aCase.referenceDate(), language);
        return decision(aCase, version, run(version, aCase), language, true);
    }

    /** A validated case decided in English without its alternatives, for comparisons that never show them. */
    public Decision decideWithoutAlternatives(Case aCase) {
        RuleSetVersion version = timeline.versionFor(aCase.caseId(), aCase.referenceDate());
        return decision(aCase, version, run(version, aCase), Language.EN, false);
    }

    static Run run(RuleSetVersion version, Case aCase) {
        Verdict verdict = new Verdict();
        KieSession session = version.compiled().sessions().newKieSession();
        try {
            session.setGlobal("verdict", verdict);
            List<WorkTask> tasks = new ArrayList<>(aCase.job().tasks().size());
            Circumstances circumstances = insertFacts(session, aCase, tasks);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("rule set " + version.info().id() + " fired " + fired
                        + " rules for one case: two rules feed each other");
            }
            if (verdict.inForce() == null) {
                throw new IllegalStateException("rule set " + version.info().id() + " set no share in force");
            }
            return new Run(verdict, circumstances, tasks);
        } finally {
            session.dispose();
        }
    }

    private static Circumstances insertFacts(KieSession session, Case aCase, List<WorkTask> tasks) {
        Circumstances circumstances = facts(aCase, tasks);
        insert(session, tasks, circumstances);
        return circumstances;
    }

    static void insert(KieSession session, List<WorkTask> tasks, Circumstances circumstances) {
        for (Object fact : matched(tasks, circumstances)) {
            session.insert(fact);
        }
    }

    /**
     * What the rules match: one {@link TasksNeeding} per need present (the tasks are grouped here, so no rule has
     * to gather them), then the {@link Circumstances}.
     */
    static List<Object> matched(List<WorkTask> tasks, Circumstances circumstances) {
        List<Object> facts = new ArrayList<>(5);
        for (Need need : Need.values()) {
            List<WorkTask> needing = null;
            BigDecimal hours = BigDecimal.ZERO;
            for (WorkTask t : tasks) {
                if (t.needs().contains(need)) {
                    if (needing == null) {
                        needing = new ArrayList<>(tasks.size());
                    }
                    needing.add(t);
                    hours = hours.add(t.hours());
                }
            }
            if (needing != null) {
                facts.add(new TasksNeeding(need, List.copyOf(needing), hours));
            }
        }
        facts.add(circumstances);
        return facts;
    }

    /** The case as the rules' facts, defaults applied: its tasks into {@code tasks}, the rest returned. */
    static Circumstances facts(Case aCase, List<WorkTask> tasks) {
        List<Task> input = aCase.job().tasks();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal onSite = BigDecimal.ZERO;
        for (int i = 0; i < input.size(); i++) {
            Task t = input.get(i);
            WorkTask fact = WorkTask.of(i, t.name(), t.hoursPerWeek(), t.needsOrNone());
            total = total.add(fact.hours());
            if (fact.needsToBeOnSite()) {
                onSite = onSite.add(fact.hours());
            }
            tasks.add(fact);
        }
        var worker = aCase.worker();
        BigDecimal advised = worker == null || worker.occupationalPhysicianAdvice() == null
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(worker.occupationalPhysicianAdvice().onSiteShare());
        HomeWorkplace home = worker == null || worker.homeWorkplace() == null
                ? HomeWorkplace.ADEQUATE
                : worker.homeWorkplace();
        Boolean meets = aCase.onSiteWorkplace() == null ? null : aCase.onSiteWorkplace().meetsCoronaMeasures();
        return new Circumstances(total, onSite, advised, home, meets);
    }

    Decision decision(Case aCase, RuleSetVersion version, Run run, Language language, boolean alternatives) {
        Verdict verdict = run.verdict();
        ShareInForce inForce = verdict.inForce();
        RuleSetVersion.Compiled compiled = version.compiled();
        Catalog catalog = version.catalog();
        List<Reason> reasons = new ArrayList<>(verdict.reasons().size());
        for (Verdict.Found found : sorted(verdict.reasons(), Verdict.Found::rule, compiled, catalog)) {
            RuleSetVersion.RuleInfo rule = compiled.rules().get(found.rule());
            Ground g = found.ground();
            List<String> taskNames = g.tasks() == null ? null : g.tasks().stream().map(WorkTask::name).toList();
            String text = texts.fill(language, rule.code(), taskNames, g.hours(), g.totalHours(), g.share(),
                    g.justifiedShare());
            Facts facts = new Facts(taskNames, toDouble(g.hours()), toDouble(g.totalHours()), share(g.share()),
                    share(g.justifiedShare()), g.homeWorkplace());
            reasons.add(new Reason(rule.code(), rule.name(), text, catalog.citation(rule.sourceId(), rule.code()), facts));
        }
        List<Condition> conditions = new ArrayList<>(verdict.conditions().size());
        for (Rule r : sorted(verdict.conditions(), x -> x, compiled, catalog)) {
            RuleSetVersion.RuleInfo rule = compiled.rules().get(r);
            conditions.add(new Condition(rule.code(), rule.name(), texts.template(language, rule.code()),
                    catalog.code(rule.code()).blocking(), catalog.citation(rule.sourceId(), rule.code())));
        }
        List<String> conditionCodes = conditions.stream().map(Condition::code).toList();
        List<Counterfactuals.Found> found = !alternatives ? List.of() : Counterfactuals.of(aCase, run.tasks(),
                run.circumstances(), inForce, conditionCodes, version::phase,
                (key, changed) -> version.conditions(key, () -> conditionsOf(version, changed)));
        List<WhatIf> whatIfs = whatIfs(found, aCase, language);
        Receipt receipt = receipt(aCase, version.info());
        return new Decision(aCase.caseId(), aCase.referenceDate(), inForce.outcome(), share(inForce.share()),
                reasons, conditions, assumptions(aCase, language), whatIfs, version.info(), receipt);
    }

    private static List<String> conditionsOf(RuleSetVersion version, Case changed) {
        RuleSetVersion.Compiled compiled = version.compiled();
        return run(version, changed).verdict().conditions().stream().map(r -> compiled.rules().get(r).code()).toList();
    }

    /** The alternatives in words. */
    List<WhatIf> whatIfs(List<Counterfactuals.Found> found, Case aCase, Language language) {
        List<WhatIf> whatIfs = new ArrayList<>(found.size());
        for (Counterfactuals.Found f : found) {
            whatIfs.add(new WhatIf(f.changes(), f.result().outcome(), share(f.result().share()), f.conditionsLifted(),
                    texts.whatIf(language, f.changes(), aCase, f.result().outcome(), f.result().share(),
                            f.conditionsLifted())));
        }
        return whatIfs;
    }

    static Receipt receipt(Case aCase, RuleSetInfo info) {
        return new Receipt(CanonicalCase.sha256(aCase), info.fingerprint(), Library.VERSION);
    }

    Texts texts() {
        return texts;
    }

    Timeline timeline() {
        return timeline;
    }

    /** The defaults applied for facts the case did not state, in the order of the contract's fields. */
    List<Assumption> assumptions(Case aCase, Language language) {
        List<Assumption> assumptions = new ArrayList<>(2);
        List<Task> tasks = aCase.job().tasks();
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).needs() == null) {
                assumptions.add(new Assumption("job.tasks[" + i + "].needs", "NONE",
                        texts.fill(language, "assumption.job.tasks.needs", List.of(tasks.get(i).name()), null, null,
                                null, null)));
            }
        }
        if (aCase.worker() == null || aCase.worker().occupationalPhysicianAdvice() == null) {
            assumptions.add(new Assumption("worker.occupationalPhysicianAdvice", "NONE",
                    texts.template(language, "assumption.worker.occupationalPhysicianAdvice")));
        }
        if (aCase.worker() == null || aCase.worker().homeWorkplace() == null) {
            assumptions.add(new Assumption("worker.homeWorkplace", HomeWorkplace.ADEQUATE.name(),
                    texts.template(language, "assumption.worker.homeWorkplace")));
        }
        return assumptions;
    }

    /** The rules' findings in the order of the codes in the version's metadata, then by rule name. */
    private static <T> List<T> sorted(List<T> found, java.util.function.Function<T, Rule> rule,
                                      RuleSetVersion.Compiled compiled, Catalog catalog) {
        if (found.size() < 2) {
            return found;
        }
        List<T> copy = new ArrayList<>(found);
        copy.sort(Comparator.<T>comparingInt(t -> catalog.code(compiled.rules().get(rule.apply(t)).code()).order())
                .thenComparing(t -> rule.apply(t).getName()));
        return copy;
    }

    /** Shares are shown rounded to 4 decimals, half up. */
    static Double share(BigDecimal share) {
        return share == null ? null : share.setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    private static Double toDouble(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
