package nl.thuiswerk.internal;

import nl.thuiswerk.FactChange;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Need;
import nl.thuiswerk.Outcome;
import org.kie.api.definition.rule.Rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What would change a decision: for each other outcome, every smallest set of changes that gives it; for each
 * condition, every smallest set of changes that lifts it and leaves the outcome and share as they are (and adds no
 * condition). Found by running the version's own rules, all of them, on each candidate: no formula of the policy is
 * repeated here.
 *
 * <p>A candidate is a change a person can make to the case, which is a statement about the case, not about the
 * policy: the tasks as they are, every task that needs to be on site done from home, every task needed on site, or
 * one task toggled; the company doctor's advice kept or taken away (never proposed: the product never proposes health
 * advice); each home workplace; each answer on the corona measures. Candidates are tried smallest first, and no larger
 * ones once every other outcome and every lift has its smallest found.
 *
 * <p>What the rules conclude for a candidate (outcome, share, conditions) is remembered per version by the
 * candidate's complete rule input: every fact the rules are given, exact decimals normalised, equal when and only
 * when the facts are. So any rule, reading any fact, is answered right by construction; a version's parameters are
 * the same for all of its candidates, so the version stands for them in the key. The alternatives of a whole case are
 * remembered likewise by its {@link CaseFacts}, from which every candidate is made ({@link Signatures}, with the
 * case's own verdict). Both memories are bounded.
 * {@code WhatWouldChangeTest} compares the result with brute force over every combination of the facts.
 */
final class Counterfactuals {

    /** An alternative before it is put in words. */
    record Found(List<FactChange> changes, Outcome outcome, BigDecimal share, List<String> conditionsLifted) {
    }

    /** What the rules concluded for one candidate, as far as alternatives compare it. */
    record Result(Outcome outcome, BigDecimal share, List<String> conditions) {
    }

    /** A task toggled on is given this need: «ANY» need, as no rule of the outcome tells one need from another. */
    static final Need ANY = Need.PHYSICAL_PRESENCE;
    static final int MAX_REMEMBERED_RESULTS = 16_384;

    private static final List<Boolean> CORONA_ANSWERS = Arrays.asList(true, false, null);

    /** Rules that conclude a result from a candidate's rule input other than one version's: a policy on a version. */
    interface Rules {
        Result conclude(List<Object> facts);
    }

    /** @param version a {@link RuleSetVersion}, or {@link Rules} (whose equality includes every version it runs) */
    private record RunKey(Object version, List<Object> facts) {
    }

    private record SearchKey(Rules rules, CaseFacts facts) {
    }

    /** A change a person can make to the case, and the case's facts after it. */
    private record Candidate(List<FactChange> changes, CaseFacts facts) {
    }

    private final Memo<RunKey, Result> results = new Memo<>(MAX_REMEMBERED_RESULTS);
    /** A national case's search is remembered with its verdict by {@link Signatures}; a policy case's here. */
    private final Memo<SearchKey, List<Found>> searches = new Memo<>(Signatures.MAX_REMEMBERED);

    /** The alternatives for a policy on a version, remembered: the key holds both versions and the case's facts. */
    List<Found> of(Rules rules, CaseFacts facts, Result current) {
        return searches.get(new SearchKey(rules, facts), key -> List.copyOf(search(rules, facts, current)));
    }

    private Result result(Object version, List<Object> facts) {
        if (version instanceof Rules rules) {
            return results.get(new RunKey(rules, facts), key -> rules.conclude(key.facts()));
        }
        return result((RuleSetVersion) version, facts);
    }

    /** What the version's rules conclude for a set of facts, remembered. */
    Result result(RuleSetVersion version, List<Object> facts) {
        return results.get(new RunKey(version, facts), key -> {
            Verdict verdict = version.run(key.facts());
            List<String> conditions = new ArrayList<>(verdict.conditions().size());
            for (Rule r : verdict.conditions()) {
                conditions.add(version.rule(r).code());
            }
            return new Result(verdict.outcome(), verdict.bounds().ceiling(), List.copyOf(conditions));
        });
    }

    /**
     * The alternatives of a case, not remembered here: {@link Signatures} remembers them with the case's verdict.
     *
     * @param current the decision's own outcome, share and condition codes (in the decision's order)
     */
    List<Found> search(RuleSetVersion version, CaseFacts facts, Result current) {
        return search((Object) version, facts, current);
    }

    private List<Found> search(Object version, CaseFacts facts, Result current) {
        List<Candidate> candidates = candidates(facts);
        candidates.sort(Comparator.comparingInt(c -> c.changes().size()));
        Outcome[] outcomes = Outcome.values();
        int[] smallest = new int[outcomes.length];
        Arrays.fill(smallest, Integer.MAX_VALUE);
        List<List<Found>> byOutcome = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            byOutcome.add(new ArrayList<>());
        }
        Map<String, Integer> smallestLift = new HashMap<>();
        List<Found> lifting = new ArrayList<>();
        Map<List<Object>, Result> tried = new HashMap<>();
        int size = 0;
        for (Candidate candidate : candidates) {
            int n = candidate.changes().size();
            if (n > size) {
                if (complete(current, smallest, smallestLift)) {
                    break;
                }
                size = n;
            }
            Result r = tried.computeIfAbsent(candidate.facts().rulesInput(), input -> result(version, input));
            if (r.outcome() != current.outcome()) {
                int o = r.outcome().ordinal();
                if (n <= smallest[o]) {
                    smallest[o] = n;
                    byOutcome.get(o).add(new Found(candidate.changes(), r.outcome(), r.share(), List.of()));
                }
            } else if (Objects.equals(r.share(), current.share()) && current.conditions().containsAll(r.conditions())
                    && r.conditions().size() < current.conditions().size()) {
                List<String> lifted = current.conditions().stream().filter(c -> !r.conditions().contains(c)).toList();
                lifted.forEach(c -> smallestLift.putIfAbsent(c, n));
                lifting.add(new Found(candidate.changes(), current.outcome(), current.share(), lifted));
            }
        }
        List<Found> found = new ArrayList<>();
        for (List<Found> alternatives : byOutcome) {
            alternatives.sort(Comparator.comparing(Counterfactuals::sortKey));
            found.addAll(alternatives);
        }
        for (Found lift : lifting) {
            int n = lift.changes().size();
            if (lift.conditionsLifted().stream().anyMatch(c -> smallestLift.get(c) == n)) {
                found.add(lift);
            }
        }
        return List.copyOf(found);
    }

    /** Whether every other outcome and every condition's lift has been found: no larger candidate can be smallest. */
    private static boolean complete(Result current, int[] smallest, Map<String, Integer> smallestLift) {
        for (Outcome o : Outcome.values()) {
            if (o != current.outcome() && smallest[o.ordinal()] == Integer.MAX_VALUE) {
                return false;
            }
        }
        return smallestLift.keySet().containsAll(current.conditions());
    }

    /** Alternatives of one outcome in a fixed order: by the paths and values they change. */
    private static String sortKey(Found f) {
        StringBuilder key = new StringBuilder(64);
        for (FactChange c : f.changes()) {
            key.append(';').append(c.path()).append('=').append(c.to());
        }
        return key.toString();
    }

    // --- the candidates -------------------------------------------------------------------------------------

    /** A way to set the tasks' needs: the changes it takes and the needs it leaves. */
    private record TaskSetting(List<FactChange> changes, List<Set<Need>> needs) {
    }

    /**
     * Every candidate except the case itself, each set of changes once, in a fixed order: by task setting, then the
     * advice, then the home workplace, then the corona measures, each with the case's own value first.
     */
    private static List<Candidate> candidates(CaseFacts facts) {
        List<CaseFacts.TaskFacts> tasks = facts.tasks();
        List<Set<Need>> asIs = tasks.stream().map(CaseFacts.TaskFacts::needs).toList();
        Map<List<FactChange>, TaskSetting> settings = new LinkedHashMap<>();
        settings.put(List.of(), new TaskSetting(List.of(), asIs));
        for (boolean onSite : new boolean[] {true, false}) {
            List<FactChange> changes = new ArrayList<>();
            List<Set<Need>> needs = new ArrayList<>(asIs);
            for (int i = 0; i < tasks.size(); i++) {
                if (!tasks.get(i).needs().isEmpty() == onSite) {
                    changes.add(toggle(i, tasks.get(i)));
                    needs.set(i, toggled(tasks.get(i)));
                }
            }
            if (!changes.isEmpty()) {
                settings.putIfAbsent(List.copyOf(changes), new TaskSetting(List.copyOf(changes), needs));
            }
        }
        for (int i = 0; i < tasks.size(); i++) {
            List<Set<Need>> needs = new ArrayList<>(asIs);
            needs.set(i, toggled(tasks.get(i)));
            List<FactChange> changes = List.of(toggle(i, tasks.get(i)));
            settings.putIfAbsent(changes, new TaskSetting(changes, needs));
        }
        List<List<FactChange>> adviceChanges = new ArrayList<>();
        adviceChanges.add(List.of());
        if (facts.advised().signum() > 0) {
            adviceChanges.add(List.of(new FactChange("worker.occupationalPhysicianAdvice", "GIVEN", "NONE")));
        }
        List<HomeWorkplace> homes = new ArrayList<>();
        homes.add(facts.home());
        for (HomeWorkplace h : HomeWorkplace.values()) {
            if (h != facts.home()) {
                homes.add(h);
            }
        }
        List<Boolean> coronas = new ArrayList<>();
        coronas.add(facts.corona());
        for (Boolean answer : CORONA_ANSWERS) {
            if (!Objects.equals(answer, facts.corona())) {
                coronas.add(answer);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (TaskSetting setting : settings.values()) {
            for (List<FactChange> advice : adviceChanges) {
                BigDecimal advised = advice.isEmpty() ? facts.advised() : BigDecimal.ZERO;
                for (HomeWorkplace home : homes) {
                    for (Boolean corona : coronas) {
                        List<FactChange> changes = new ArrayList<>(setting.changes());
                        changes.addAll(advice);
                        if (home != facts.home()) {
                            changes.add(new FactChange("worker.homeWorkplace", facts.home().name(), home.name()));
                        }
                        if (!Objects.equals(corona, facts.corona())) {
                            changes.add(new FactChange("onSiteWorkplace.meetsCoronaMeasures", corona(facts.corona()),
                                    corona(corona)));
                        }
                        if (!changes.isEmpty()) {
                            candidates.add(new Candidate(List.copyOf(changes),
                                    facts.with(setting.needs(), advised, home, corona)));
                        }
                    }
                }
            }
        }
        return candidates;
    }

    private static Set<Need> toggled(CaseFacts.TaskFacts task) {
        return task.needs().isEmpty() ? Set.of(ANY) : Set.of();
    }

    private static FactChange toggle(int index, CaseFacts.TaskFacts task) {
        String path = "job.tasks[" + index + "].needs";
        if (!task.needs().isEmpty()) {
            return new FactChange(path, String.join(",", task.needs().stream().map(Need::name).toList()), "NONE");
        }
        return new FactChange(path, "NONE", "ANY");
    }

    private static String corona(Boolean answer) {
        return answer == null ? "NOT_STATED" : answer.toString();
    }
}
