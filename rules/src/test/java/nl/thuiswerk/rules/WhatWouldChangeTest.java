package nl.thuiswerk.rules;

import nl.thuiswerk.Case;
import nl.thuiswerk.Condition;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Job;
import nl.thuiswerk.Need;
import nl.thuiswerk.OnSiteWorkplace;
import nl.thuiswerk.Outcome;
import nl.thuiswerk.Task;
import nl.thuiswerk.WhatIf;
import nl.thuiswerk.Worker;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.CaseGenerator;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * whatWouldChange is exact: it equals what a brute-force search finds when it decides, with all the rules,
 * every combination of the discrete facts (each task on site or not, the company doctor's advice kept or taken
 * away, each home workplace, each corona answer).
 */
class WhatWouldChangeTest {

    private static final HomeWorkingAdvisor ADVISOR = HomeWorkingAdvisor.create();

    /** An alternative as a comparable string: its changes (path → value), the outcome and share, what it lifts. */
    private static String key(List<String> changes, Outcome outcome, java.util.OptionalDouble share, List<String> lifted) {
        return new TreeSet<>(changes) + " → " + outcome + " " + share + " lifts " + new TreeSet<>(lifted);
    }

    private static Set<String> reported(Decision d) {
        Set<String> keys = new TreeSet<>();
        for (WhatIf w : d.whatWouldChange()) {
            keys.add(key(w.changes().stream().map(c -> c.path() + "=" + c.to()).toList(), w.outcome(),
                    w.maxOnSiteShare(), w.conditionsLifted()));
        }
        return keys;
    }

    private record Tried(List<String> changes, Outcome outcome, java.util.OptionalDouble share, List<String> conditions) {
    }

    /** Decides every combination of the discrete facts and keeps the smallest that change the decision. */
    private static Set<String> bruteForce(Case c, Decision d) {
        return bruteForce(c, d, x -> ADVISOR.decide(x, Locale.ENGLISH));
    }

    private static Set<String> bruteForce(Case c, Decision d, java.util.function.Function<Case, Decision> decide) {
        List<Task> tasks = c.job().tasks();
        HomeWorkplace home = c.worker() == null || c.worker().homeWorkplace() == null
                ? HomeWorkplace.ADEQUATE : c.worker().homeWorkplace();
        boolean advice = c.worker() != null && c.worker().occupationalPhysicianAdvice() != null;
        Boolean corona = c.onSiteWorkplace() == null ? null : c.onSiteWorkplace().meetsCoronaMeasures();
        List<Tried> tried = new ArrayList<>();
        for (int mask = 0; mask < (1 << tasks.size()); mask++) {
            for (boolean dropAdvice : advice ? List.of(false, true) : List.of(false)) {
                for (HomeWorkplace h : HomeWorkplace.values()) {
                    for (Boolean meets : java.util.Arrays.asList(null, true, false)) {
                        List<String> changes = new ArrayList<>();
                        List<Task> changed = new ArrayList<>();
                        for (int i = 0; i < tasks.size(); i++) {
                            Task t = tasks.get(i);
                            if ((mask & (1 << i)) == 0) {
                                changed.add(t);
                            } else {
                                boolean onSite = !t.needsOrNone().isEmpty();
                                changed.add(new Task(t.name(), t.hoursPerWeek(), onSite ? Set.of() : Set.of(Need.ESSENTIAL_PROCESS)));
                                changes.add("job.tasks[" + i + "].needs=" + (onSite ? "NONE" : "ANY"));
                            }
                        }
                        if (dropAdvice) {
                            changes.add("worker.occupationalPhysicianAdvice=NONE");
                        }
                        if (h != home) {
                            changes.add("worker.homeWorkplace=" + h);
                        }
                        if (!Objects.equals(meets, corona)) {
                            changes.add("onSiteWorkplace.meetsCoronaMeasures=" + (meets == null ? "NOT_STATED" : meets));
                        }
                        if (changes.isEmpty()) {
                            continue;
                        }
                        Case alt = new Case(c.caseId(), c.referenceDate(), new Job(c.job().title(), changed),
                                new Worker(advice && !dropAdvice ? c.worker().occupationalPhysicianAdvice() : null, h),
                                new OnSiteWorkplace(meets));
                        Decision ad = decide.apply(alt);
                        tried.add(new Tried(changes, ad.outcome(), ad.maxOnSiteShare(),
                                ad.conditions().stream().map(Condition::code).toList()));
                    }
                }
            }
        }
        Set<String> expected = new TreeSet<>();
        for (Outcome o : Outcome.values()) {
            if (o == d.outcome()) {
                continue;
            }
            int min = tried.stream().filter(t -> t.outcome() == o).mapToInt(t -> t.changes().size()).min().orElse(-1);
            tried.stream().filter(t -> t.outcome() == o && t.changes().size() == min)
                    .forEach(t -> expected.add(key(t.changes(), o, t.share(), List.of())));
        }
        List<String> current = d.conditions().stream().map(Condition::code).toList();
        Map<String, Integer> smallestLift = new HashMap<>();
        List<Tried> lifting = tried.stream()
                .filter(t -> t.outcome() == d.outcome() && Objects.equals(t.share(), d.maxOnSiteShare()))
                .filter(t -> current.containsAll(t.conditions()) && t.conditions().size() < current.size())
                .toList();
        for (String condition : current) {
            lifting.stream().filter(t -> !t.conditions().contains(condition))
                    .mapToInt(t -> t.changes().size()).min().ifPresent(min -> smallestLift.put(condition, min));
        }
        for (Tried t : lifting) {
            List<String> lifted = current.stream().filter(c2 -> !t.conditions().contains(c2)).toList();
            if (lifted.stream().anyMatch(c2 -> smallestLift.get(c2) == t.changes().size())) {
                expected.add(key(t.changes(), d.outcome(), d.maxOnSiteShare(), lifted));
            }
        }
        return expected;
    }

    @Test
    void every_public_example_gets_exactly_what_brute_force_finds() throws Exception {
        int compared = 0;
        for (String line : Files.readAllLines(Path.of("../examples/cases/cases.jsonl"))) {
            // given
            Case c = ThuiswerkJson.readCase(line);
            Decision d;
            try {
                d = ADVISOR.decide(c, Locale.ENGLISH);
            } catch (DecisionException e) {
                continue;
            }
            // when / then
            assertThat(reported(d)).as(c.caseId()).isEqualTo(bruteForce(c, d));
            compared++;
        }
        assertThat(compared).isEqualTo(9);
    }

    @Test
    void a_seeded_population_gets_exactly_what_brute_force_finds() {
        CaseGenerator generator = new CaseGenerator(20211113L);
        int compared = 0;
        while (compared < 400) {
            Case c = generator.next();
            if (c.job().tasks().size() > 4) {
                continue;
            }
            Decision d;
            try {
                d = ADVISOR.decide(c, Locale.ENGLISH);
            } catch (DecisionException e) {
                continue;
            }
            assertThat(reported(d)).as(c.toString()).isEqualTo(bruteForce(c, d));
            compared++;
        }
    }

    @Test
    void the_lab_technician_is_told_that_without_the_sequencer_the_advice_is_home() {
        // given the public example of the lab technician, dated in «werk thuis, tenzij» of November 2021
        Case lab = new Case("ex-lab", java.time.LocalDate.of(2021, 12, 1),
                Job.of("Lab technician", Task.needing("Sequencer runs", 16, Need.LOCATION_BOUND_EQUIPMENT),
                        new Task("Reporting", 16, null)),
                null, new OnSiteWorkplace(false));

        // when
        Decision d = ADVISOR.decide(lab, Locale.ENGLISH);

        // then
        assertThat(d.whatWouldChange()).anySatisfy(w -> {
            assertThat(w.outcome()).isEqualTo(Outcome.HOME);
            assertThat(w.changes()).singleElement().satisfies(c -> {
                assertThat(c.path()).isEqualTo("job.tasks[0].needs");
                assertThat(c.from()).isEqualTo("LOCATION_BOUND_EQUIPMENT");
                assertThat(c.to()).isEqualTo("NONE");
            });
            assertThat(w.text()).isEqualTo("If “Sequencer runs” could be done from home, the outcome would be work from home.");
        });
        assertThat(d.whatWouldChange()).anySatisfy(w -> {
            assertThat(w.conditionsLifted()).containsExactly("ON_SITE_WORKPLACE_NOT_CORONA_PROOF");
            assertThat(w.outcome()).isEqualTo(Outcome.PARTLY_ON_SITE);
            assertThat(w.maxOnSiteShare()).hasValue(0.5);
            assertThat(w.text()).startsWith("If the on-site workplace met the corona measures, the ban on work on site");
        });
    }

    @Test
    void the_company_doctors_advice_is_only_ever_taken_away_never_proposed() throws Exception {
        Case noAdvice = ThuiswerkJson.readCase(Files.readAllLines(Path.of("../examples/cases/cases.jsonl")).get(2));

        Decision d = ADVISOR.decide(noAdvice, Locale.ENGLISH);

        assertThat(d.whatWouldChange()).flatExtracting(WhatIf::changes)
                .noneMatch(c -> c.path().startsWith("worker.occupationalPhysicianAdvice"));
    }

    @Test
    void a_rule_that_lets_another_fact_decide_the_outcome_gets_the_alternatives_that_follow_from_it(
            @org.junit.jupiter.api.io.TempDir Path copy) throws Exception {
        // given a kind of the tests only, compiled here to the executable model, whose rules let the corona measures
        // decide the outcome (no work on site while the workplace does not meet them), and a version of it; no Java
        Path sources = Path.of("src/test/resources/test-rule");
        nl.thuiswerk.internal.Engine engine = new RulesCopy(copy)
                .withCompiledDrl("kinds/corona_decides/phase.drl",
                        Files.readString(sources.resolve("kinds/corona_decides/phase.drl")))
                .withFile(sources, "kinds/corona_decides/kind.json")
                .withFile(sources, "versions/2031-01-01.json")
                .engine();
        java.util.function.Function<Case, Decision> decide =
                x -> engine.decide(x, nl.thuiswerk.internal.Language.EN);

        // when a nurse whose workplace does not meet the corona measures is decided under it
        Case nurse = new Case("corona", java.time.LocalDate.of(2031, 6, 1),
                Job.of("Nurse", Task.needing("Patient care", 32, Need.PHYSICAL_PRESENCE), new Task("Notes", 4, Set.of())),
                null, new OnSiteWorkplace(false));
        Decision d = decide.apply(nurse);

        // then the outcome is home, and meeting the corona measures is an alternative that gives work on site
        assertThat(d.outcome()).isEqualTo(Outcome.HOME);
        assertThat(d.whatWouldChange()).anySatisfy(w -> {
            assertThat(w.changes()).singleElement().satisfies(c -> {
                assertThat(c.path()).isEqualTo("onSiteWorkplace.meetsCoronaMeasures");
                assertThat(c.to()).isIn("true", "NOT_STATED");
            });
            assertThat(w.outcome()).isEqualTo(Outcome.PARTLY_ON_SITE);
            assertThat(w.maxOnSiteShare()).hasValue(0.8889);
        });
        assertThat(reported(d)).isEqualTo(bruteForce(nurse, d, decide));

        // and brute force agrees on a seeded population dated under that version
        CaseGenerator generator = new CaseGenerator(2031L);
        int compared = 0;
        while (compared < 150) {
            Case g = generator.next();
            if (g.job().tasks().size() > 4) {
                continue;
            }
            Case dated = new Case(g.caseId(), java.time.LocalDate.of(2031, 3, 1 + compared % 28), g.job(), g.worker(),
                    g.onSiteWorkplace());
            Decision gd = decide.apply(dated);
            assertThat(reported(gd)).as(dated.toString()).isEqualTo(bruteForce(dated, gd, decide));
            compared++;
        }
    }
}
