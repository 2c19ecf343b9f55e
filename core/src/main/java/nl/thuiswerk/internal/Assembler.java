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
        Catalog catalog = version.catalog();
        List<Reason> reasons = new ArrayList<>(verdict.reasons().size());
        for (Verdict.Found found : sorted(verdict.reasons(), Verdict.Found::rule, version)) {
            RuleSetVersion.RuleInfo rule = version.rule(found.rule());
            Ground g = found.ground();
            List<String> taskNames = g.tasks() == null ? null : names(aCase, g.tasks());
            String text = texts.fill(language, rule.code(), taskNames, g.hours(), g.totalHours(), g.share(),
                    g.justifiedShare());
            Facts facts = new Facts(taskNames, toDouble(g.hours()), toDouble(g.totalHours()), share(g.share()),
                    share(g.justifiedShare()), g.homeWorkplace());
            reasons.add(new Reason(rule.code(), rule.name(), text, catalog.citation(rule.sourceId(), rule.code()), facts));
        }
        List<Condition> conditions = new ArrayList<>(verdict.conditions().size());
        for (Rule r : sorted(verdict.conditions(), x -> x, version)) {
            RuleSetVersion.RuleInfo rule = version.rule(r);
            conditions.add(new Condition(rule.code(), rule.name(), texts.template(language, rule.code()),
                    catalog.code(rule.code()).blocking(), catalog.citation(rule.sourceId(), rule.code())));
        }
        List<WhatIf> whatIfs = new ArrayList<>(alternatives.size());
        for (Counterfactuals.Found f : alternatives) {
            whatIfs.add(new WhatIf(f.changes(), f.outcome(), limit(f.share()), f.conditionsLifted(),
                    texts.whatIf(language, f.changes(), aCase, f.outcome(), f.share(), f.conditionsLifted())));
        }
        return new Decision(aCase.caseId(), aCase.referenceDate(), language.tag(), verdict.outcome(),
                limit(verdict.bounds().ceiling()), reasons, conditions, assumptions(aCase, language), whatIfs,
                version.info(), receipt(aCase, version.info()));
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
        return share == null ? null : share.setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    /** A share in force as the API gives it: rounded as {@link #share}, empty where nothing limits it. */
    static java.util.OptionalDouble limit(BigDecimal share) {
        return share == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(share(share));
    }

    private static Double toDouble(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
