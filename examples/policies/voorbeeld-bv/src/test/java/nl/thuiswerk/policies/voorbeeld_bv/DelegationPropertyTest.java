package nl.thuiswerk.policies.voorbeeld_bv;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.Outcome;
import nl.thuiswerk.Reason;
import nl.thuiswerk.oracle.CaseGenerator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The delegation rule, over generated cases on every day from 2021 to 2026: the ceiling never exceeds the national
 * ceiling where national advice is in force, the floor never exceeds the ceiling, the outcome follows from the two,
 * and a case without a policy is decided as the national rules alone decide it. Seeded, so a failure repeats.
 */
class DelegationPropertyTest {

    private static final HomeWorkingAdvisor ADVISOR = HomeWorkingAdvisor.builder().policyOnClassPath("voorbeeld-bv").build();
    private static final HomeWorkingAdvisor NATIONAL = HomeWorkingAdvisor.create();

    @Test
    void every_day_2021_to_2026_the_policy_stays_within_the_national_advice_and_the_outcome_follows_from_the_bounds() {
        CaseGenerator cases = new CaseGenerator(16);
        int withNational = 0;
        int without = 0;
        int limited = 0;
        for (LocalDate day = LocalDate.of(2021, 1, 1); !day.isAfter(LocalDate.of(2026, 12, 31)); day = day.plusDays(1)) {
            // given a generated case on the day
            Case generated = cases.next();
            Case nationally = new Case(generated.caseId(), day, generated.job(), generated.worker(),
                    generated.onSiteWorkplace());
            Case withPolicy = nationally.withEmployerPolicy("voorbeeld-bv");

            // when
            Decision national = decideOrNull(NATIONAL, nationally);
            Decision policy = decideOrNull(ADVISOR, withPolicy);
            Decision sameWithoutPolicy = decideOrNull(ADVISOR, nationally);

            // then a case without the policy is the national decision, to the byte
            if (national == null) {
                assertThat(sameWithoutPolicy).as(day + ": no national version").isNull();
            } else {
                assertThat(nl.thuiswerk.json.ThuiswerkJson.write(sameWithoutPolicy))
                        .isEqualTo(nl.thuiswerk.json.ThuiswerkJson.write(national));
                assertFollows(national, day);
                assertThat(national.minOnSiteShare()).as(day + " national floor").isLessThanOrEqualTo(
                        national.maxOnSiteShare().orElse(1.0));
            }
            if (day.isBefore(LocalDate.of(2021, 9, 25))) {
                assertThat(policy).as(day + ": before the policy's first version").isNull();
                continue;
            }
            assertThat(policy).as(day + ": the policy has a version").isNotNull();
            assertThat(policy.maxOnSiteShare()).as(day + ": a policy's ceiling is never open").isPresent();
            double ceiling = policy.maxOnSiteShare().getAsDouble();
            assertThat(policy.minOnSiteShare()).as(day + ": floor <= ceiling").isLessThanOrEqualTo(ceiling);
            assertFollows(policy, day);
            if (national != null) {
                withNational++;
                assertThat(policy.ruleSet().id()).isEqualTo(national.ruleSet().id());
                if (national.maxOnSiteShare().isPresent()) {
                    assertThat(ceiling).as(day + ": ceiling <= the national ceiling")
                            .isLessThanOrEqualTo(national.maxOnSiteShare().getAsDouble());
                }
                assertThat(policy.minOnSiteShare()).as(day + ": the floor is at least the national floor, or the ceiling")
                        .isGreaterThanOrEqualTo(Math.min(national.minOnSiteShare(), ceiling));
                assertThat(policy.conditions()).as(day + ": the national conditions stay")
                        .isEqualTo(national.conditions());
                assertThat(policy.reasons().stream().map(Reason::code))
                        .as(day + ": the national reasons stay").containsAll(national.reasons().stream().map(Reason::code).toList())
                        .doesNotContain("NO_NATIONAL_ADVICE");
                if (policy.reasons().stream().anyMatch(r -> r.code().equals("POLICY_LIMITED_BY_NATIONAL_ADVICE"))) {
                    limited++;
                }
            } else {
                without++;
                assertThat(policy.ruleSet()).isNull();
                assertThat(policy.conditions()).as(day + ": no national conditions").isEmpty();
                assertThat(policy.reasons()).extracting(Reason::code).contains("NO_NATIONAL_ADVICE", "TEAM_DAYS");
            }
        }
        // the population reached every layer
        assertThat(withNational).isGreaterThan(100);
        assertThat(without).isGreaterThan(1000);
        assertThat(limited).isGreaterThan(10);
    }

    /** ceiling 0 → HOME; floor 1 → ON_SITE; otherwise PARTLY_ON_SITE. */
    private static void assertFollows(Decision d, LocalDate day) {
        boolean noneOnSite = d.maxOnSiteShare().isPresent() && d.maxOnSiteShare().getAsDouble() == 0;
        Outcome expected = noneOnSite ? Outcome.HOME : d.minOnSiteShare() >= 1 ? Outcome.ON_SITE : Outcome.PARTLY_ON_SITE;
        assertThat(d.outcome()).as(day + ": the outcome follows from the bounds").isEqualTo(expected);
    }

    private static Decision decideOrNull(HomeWorkingAdvisor advisor, Case aCase) {
        DecisionException e = catchThrowableOfType(DecisionException.class, () -> advisor.decide(aCase, Locale.ENGLISH));
        if (e != null) {
            assertThat(e.code()).isEqualTo(ErrorCode.NO_RULESET_IN_FORCE);
            return null;
        }
        return advisor.decide(aCase, Locale.ENGLISH);
    }
}
