package nl.thuiswerk.internal;

import nl.thuiswerk.Assumption;
import nl.thuiswerk.Case;
import nl.thuiswerk.Condition;
import nl.thuiswerk.Decision;
import nl.thuiswerk.Facts;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Reason;
import nl.thuiswerk.Receipt;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.Source;
import nl.thuiswerk.Task;
import nl.thuiswerk.WhatIf;
import nl.thuiswerk.facts.Ground;
import org.kie.api.definition.rule.Rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Turns what the rules found into a {@link Decision}: each reason and condition with its code, its rule's name and
 * its source as the version names them, its text in the language asked for, in the order of the version's codes;
 * the assumptions, the alternatives in words and the receipt. Decides nothing: every conclusion is the rules'.
 */
final class Assembler {

    private final Texts texts;

    Assembler(Texts texts) {
        this.texts = texts;
    }

    Decision decision(Case aCase, RuleSetVersion version, Verdict verdict, List<Counterfactuals.Found> alternatives,
                      Language language) {
        List<Reason> reasons = reasons(aCase, version, verdict.reasons(), language, null);
        List<Condition> conditions = conditions(version, verdict, language);
        return new Decision(aCase.caseId(), aCase.referenceDate(), language.tag(), verdict.outcome(),
                limit(verdict.bounds().ceiling()), share(verdict.bounds().floor()), reasons, conditions,
                assumptions(aCase, language), whatIfs(aCase, alternatives, language), version.info(), null,
                receipt(aCase, version.info()));
    }

    /**
     * A decision of an employer's policy on top of the national version in force (or of none): the national reasons
     * and conditions as they are, then the reasons of the delegation and the policy's codes; outcome and bounds from
     * the policy's run, which combined them.
     *
     * @param period the period without national advice the day is in, for the reason that says so; null otherwise
     */
    Decision policyDecision(Case aCase, Policy policy, Layered layers, Layered.Run run,
                            List<Counterfactuals.Found> alternatives, Language language,
                            nl.thuiswerk.NoRuleSetPeriod period, boolean afterTheLast) {
        List<Reason> reasons = new ArrayList<>();
        List<Condition> conditions = List.of();
        if (layers.national() != null) {
            reasons.addAll(reasons(aCase, layers.national(), run.national().reasons(), language, null));
            conditions = conditions(layers.national(), run.national(), language);
        }
        RuleSetVersion version = layers.policy();
        List<Verdict.Found> own = new ArrayList<>();
        for (Verdict.Found f : run.policy().reasons()) {
            String pkg = f.rule().getPackageName();
            if (pkg.equals(Policy.DELEGATION) || version.guarded().contains(pkg)) {
                own.add(f);
            }
        }
        Source lapse = null;
        if (period != null && !afterTheLast) {
            // before the first national version: the period's own reason, not the lapse, says why there is no advice
            Source criteria = version.catalog().document("S2");
            lapse = new Source(criteria.id(), criteria.title(), criteria.url(), period.reason(java.util.Locale.forLanguageTag("nl")));
        }
        reasons.addAll(reasons(aCase, version, own, language, policy.texts(), period, lapse));
        Verdict verdict = run.policy();
        RuleSetInfo national = layers.national() == null ? null : layers.national().info();
        nl.thuiswerk.PolicyInfo info = policy.info(version);
        Receipt receipt = new Receipt(CanonicalCase.sha256(aCase), national == null ? null : national.fingerprint(),
                Library.VERSION, info.fingerprint());
        return new Decision(aCase.caseId(), aCase.referenceDate(), language.tag(), verdict.outcome(),
                limit(verdict.bounds().ceiling()), share(verdict.bounds().floor()), reasons, conditions,
                assumptions(aCase, language), whatIfs(aCase, alternatives, language, policy.texts()), national, info,
                receipt);
    }

    private List<Reason> reasons(Case aCase, RuleSetVersion version, List<Verdict.Found> found, Language language,
                                 Texts own) {
        return reasons(aCase, version, found, language, own, null, null);
    }

    private List<Reason> reasons(Case aCase, RuleSetVersion version, List<Verdict.Found> found, Language language,
                                 Texts own, nl.thuiswerk.NoRuleSetPeriod period, Source periodSource) {
        Texts texts = own == null ? this.texts : own;
        Catalog catalog = version.catalog();
        List<Reason> reasons = new ArrayList<>(found.size());
        for (Verdict.Found f : sorted(found, Verdict.Found::rule, version)) {
            RuleSetVersion.RuleInfo rule = version.rule(f.rule());
            Ground g = f.ground();
            List<String> taskNames = g.tasks() == null ? null : names(aCase, g.tasks());
            String text = texts.fill(language, rule.code(), taskNames, g.hours(), g.totalHours(), g.share(),
                    g.justifiedShare());
            Source source = catalog.citation(rule.sourceId(), rule.code());
            if (period != null && rule.code().equals("NO_NATIONAL_ADVICE")) {
                text = text.replace("{period}", period.reason(java.util.Locale.forLanguageTag(language.tag())));
                if (periodSource != null) {
                    source = periodSource;
                }
            }
            Facts facts = new Facts(taskNames, toDouble(g.hours()), toDouble(g.totalHours()), share(g.share()),
                    share(g.justifiedShare()), g.homeWorkplace());
            reasons.add(new Reason(rule.code(), rule.name(), text, source, facts));
        }
        return reasons;
    }

    private List<Condition> conditions(RuleSetVersion version, Verdict verdict, Language language) {
        Catalog catalog = version.catalog();
        List<Condition> conditions = new ArrayList<>(verdict.conditions().size());
        for (Rule r : sorted(verdict.conditions(), x -> x, version)) {
            RuleSetVersion.RuleInfo rule = version.rule(r);
            conditions.add(new Condition(rule.code(), rule.name(), texts.template(language, rule.code()),
                    catalog.code(rule.code()).blocking(), catalog.citation(rule.sourceId(), rule.code())));
        }
        return conditions;
    }

    private List<WhatIf> whatIfs(Case aCase, List<Counterfactuals.Found> alternatives, Language language) {
        return whatIfs(aCase, alternatives, language, texts);
    }

    private static List<WhatIf> whatIfs(Case aCase, List<Counterfactuals.Found> alternatives, Language language,
                                        Texts texts) {
        List<WhatIf> whatIfs = new ArrayList<>(alternatives.size());
        for (Counterfactuals.Found f : alternatives) {
            whatIfs.add(new WhatIf(f.changes(), f.outcome(), limit(f.share()), f.conditionsLifted(),
                    texts.whatIf(language, f.changes(), aCase, f.outcome(), f.share(), f.conditionsLifted())));
        }
        return whatIfs;
    }

    /** The condition codes of what the rules found, in the order a decision lists them. */
    static List<String> conditionCodes(RuleSetVersion version, Verdict verdict) {
        return sorted(verdict.conditions(), x -> x, version).stream().map(r -> version.rule(r).code()).toList();
    }

    private static List<String> names(Case aCase, List<Integer> tasks) {
        List<Task> input = aCase.job().tasks();
        List<String> names = new ArrayList<>(tasks.size());
        for (int i : tasks) {
            names.add(input.get(i).name());
        }
        return names;
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

    /** What anyone needs to check the decision later: the case's canonical hash, the rules' fingerprint, the library. */
    static Receipt receipt(Case aCase, RuleSetInfo info) {
        return new Receipt(CanonicalCase.sha256(aCase), info.fingerprint(), Library.VERSION);
    }

    /** The rules' findings in the order of the codes in the version's metadata, then by rule name. */
    private static <T> List<T> sorted(List<T> found, Function<T, Rule> rule, RuleSetVersion version) {
        if (found.size() < 2) {
            return found;
        }
        Catalog catalog = version.catalog();
        List<T> copy = new ArrayList<>(found);
        copy.sort(Comparator.<T>comparingInt(t -> catalog.code(version.rule(rule.apply(t)).code()).order())
                .thenComparing(t -> version.rule(rule.apply(t)).name()));
        return copy;
    }

    /** Shares are shown rounded to 4 decimals, half up. */
    static Double share(BigDecimal share) {
        return share == null ? null : round(share);
    }

    private static double round(BigDecimal share) {
        return share.setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    /** A share in force as the API gives it: rounded as {@link #share}, empty where nothing limits it. */
    static java.util.OptionalDouble limit(BigDecimal share) {
        return share == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(share(share));
    }

    private static Double toDouble(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
