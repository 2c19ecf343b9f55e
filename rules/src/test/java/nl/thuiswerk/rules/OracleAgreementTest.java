package nl.thuiswerk.rules;

import nl.thuiswerk.Case;
import nl.thuiswerk.Condition;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Job;
import nl.thuiswerk.Need;
import nl.thuiswerk.OccupationalPhysicianAdvice;
import nl.thuiswerk.OnSiteWorkplace;
import nl.thuiswerk.Outcome;
import nl.thuiswerk.Reason;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.Task;
import nl.thuiswerk.Worker;
import nl.thuiswerk.oracle.CaseGenerator;
import nl.thuiswerk.oracle.Oracle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules and an independent plain-Java reading of the policy give the same outcome, share and codes. */
class OracleAgreementTest {

    private static final HomeWorkingAdvisor ADVISOR = HomeWorkingAdvisor.create();

    static Oracle.Answer byTheRules(Case c) {
        try {
            Decision d = ADVISOR.decide(c, Locale.ENGLISH);
            return new Oracle.Answer(d.outcome().name(), shareOf(d),
                    d.reasons().stream().map(Reason::code).sorted().toList(),
                    d.conditions().stream().map(Condition::code).sorted().toList(), null);
        } catch (DecisionException e) {
            return new Oracle.Answer(null, null, List.of(), List.of(), e.code().name());
        }
    }

    @Test
    void a_seeded_population_of_a_hundred_thousand_cases_gets_the_oracles_outcome_share_and_codes() {
        // given
        CaseGenerator generator = new CaseGenerator(20210218L);
        int decided = 0;
        List<String> disagreements = new ArrayList<>();
        java.util.Map<String, java.util.Set<LocalDate>> daysByVersion = new java.util.TreeMap<>();

        // when
        for (int i = 0; i < 100_000; i++) {
            Case c = generator.next();
            Oracle.Answer expected = Oracle.decide(c);
            Oracle.Answer actual = byTheRules(c);
            if (!actual.equals(expected) && disagreements.size() < 10) {
                disagreements.add(c + "\n  oracle: " + expected + "\n  rules:  " + actual);
            }
            if (actual.error() == null) {
                decided++;
                daysByVersion.computeIfAbsent(ADVISOR.ruleSetFor(c.referenceDate()).id(), k -> new java.util.TreeSet<>())
                        .add(c.referenceDate());
            }
        }

        // then
        assertThat(disagreements).isEmpty();
        assertThat(decided).as("most generated cases fall in a version").isGreaterThan(50_000);
        // and every version is met, on its first and its last day among others
        for (RuleSetInfo version : ADVISOR.ruleSets()) {
            assertThat(daysByVersion.get(version.id())).as(version.id())
                    .contains(version.validFrom(), version.validTo());
        }
    }

    @Test
    void every_combination_of_the_discrete_facts_gives_exactly_one_outcome_in_every_version() {
        List<Set<Need>> needSets = new ArrayList<>();
        for (int mask = 0; mask < 16; mask++) {
            Set<Need> needs = EnumSet.noneOf(Need.class);
            for (Need n : Need.values()) {
                if ((mask & (1 << n.ordinal())) != 0) {
                    needs.add(n);
                }
            }
            needSets.add(needs);
        }
        List<Double> advice = new ArrayList<>(List.of(0.0001, 0.4999, 0.5, 0.5001, 0.9999, 1.0));
        advice.add(null);
        List<HomeWorkplace> homes = new ArrayList<>(List.of(HomeWorkplace.values()));
        homes.add(null);
        List<OnSiteWorkplace> onSites = new ArrayList<>(List.of(new OnSiteWorkplace(true), new OnSiteWorkplace(false),
                new OnSiteWorkplace(null)));
        onSites.add(null);
        java.util.Map<String, java.util.Set<Outcome>> outcomes = new java.util.TreeMap<>();

        for (RuleSetInfo version : ADVISOR.ruleSets()) {
            for (LocalDate day : List.of(version.validFrom(), version.validTo())) {
                for (Set<Need> first : needSets) {
                    for (Set<Need> second : needSets) {
                        for (Double share : advice) {
                            for (HomeWorkplace home : homes) {
                                for (OnSiteWorkplace onSite : onSites) {
                                    // given
                                    Case c = new Case("x-" + version.id() + "-" + day, day,
                                            Job.of("J", new Task("a", 24, first), new Task("b", 12, second)),
                                            new Worker(share == null ? null : new OccupationalPhysicianAdvice(share), home),
                                            onSite);
                                    // when
                                    Oracle.Answer actual = byTheRules(c);
                                    // then
                                    assertThat(actual.error()).as(c.toString()).isNull();
                                    Outcome outcome = Outcome.valueOf(actual.outcome());
                                    Double s = actual.maxOnSiteShare();
                                    assertThat(s == null ? outcome == Outcome.PARTLY_ON_SITE
                                            : outcome == (s == 0 ? Outcome.HOME : s == 1 ? Outcome.ON_SITE : Outcome.PARTLY_ON_SITE))
                                            .as("outcome follows the share: " + actual).isTrue();
                                    assertThat(actual).as(c.toString()).isEqualTo(Oracle.decide(c));
                                    outcomes.computeIfAbsent(version.id(), k -> java.util.EnumSet.noneOf(Outcome.class))
                                            .add(outcome);
                                }
                            }
                        }
                    }
                }
            }
        }
        // and every version gave each outcome its kind of phase can give: «tenzij» all three, the others no «home»
        for (RuleSetInfo version : ADVISOR.ruleSets()) {
            boolean unless = version.phaseCode().equals("WORK_FROM_HOME_UNLESS");
            assertThat(outcomes.get(version.id())).as(version.id()).isEqualTo(unless ? java.util.EnumSet.allOf(Outcome.class)
                    : java.util.EnumSet.of(Outcome.PARTLY_ON_SITE, Outcome.ON_SITE));
        }
    }

    /** The share as the JSON has it: null where there is no national limit. */
    private static Double shareOf(Decision d) {
        return d.maxOnSiteShare().isPresent() ? d.maxOnSiteShare().getAsDouble() : null;
    }
}
