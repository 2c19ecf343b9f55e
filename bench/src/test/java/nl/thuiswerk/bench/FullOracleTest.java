package nl.thuiswerk.bench;

import nl.thuiswerk.Case;
import nl.thuiswerk.Condition;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.Reason;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.CaseGenerator;
import nl.thuiswerk.oracle.Oracle;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full oracle builds the decision the library builds, to the byte, so that the ratio of their speeds measures
 * the rules engine and nothing else.
 */
class FullOracleTest {

    private static final HomeWorkingAdvisor ADVISOR = HomeWorkingAdvisor.create();
    private static final FullOracle ORACLE = new FullOracle(ADVISOR);

    @Test
    void the_full_oracle_has_a_phase_for_every_version_of_the_library_the_summer_of_2021_among_them() {
        // given the library's versions, from the criteria to the lapse without a gap
        // when the full oracle pairs them with the oracle's phases
        // then it knows each one, with its dates, fingerprint and evidence
        assertThat(ORACLE.ruleSets()).isEqualTo(ADVISOR.ruleSets());
        assertThat(ORACLE.ruleSets()).extracting(RuleSetInfo::id).contains("2021-06-26", "2021-07-19", "2021-11-28");
    }

    @Test
    void a_seeded_population_gets_the_same_decision_bytes_from_the_full_oracle_as_from_the_library() {
        // given: 2,000 generated cases, some dated where no version is in force; both languages
        CaseGenerator generator = new CaseGenerator(Population.SEED);
        List<String> differences = new ArrayList<>();
        int decided = 0;
        int refused = 0;

        // when
        for (int i = 0; i < 2000; i++) {
            Case c = generator.next();
            Locale locale = i % 2 == 0 ? Locale.ENGLISH : Locale.forLanguageTag("nl");
            String library;
            String oracle;
            try {
                library = ThuiswerkJson.write(ADVISOR.decide(c, locale));
            } catch (DecisionException e) {
                library = "refused " + e.code();
            }
            try {
                oracle = ThuiswerkJson.write(ORACLE.decide(c, locale));
                decided++;
            } catch (DecisionException e) {
                oracle = "refused " + e.code();
                refused++;
            }
            if (!library.equals(oracle) && differences.size() < 5) {
                differences.add(c + "\n library: " + library + "\n oracle:  " + oracle);
            }
        }

        // then
        assertThat(differences).isEmpty();
        assertThat(decided).isGreaterThan(1000);
        assertThat(refused).isPositive();
    }

    @Test
    void the_full_oracle_agrees_with_the_plain_oracle_on_outcome_share_and_codes() {
        CaseGenerator generator = new CaseGenerator(Population.SEED + 1);
        for (int i = 0; i < 2000; i++) {
            Case c = generator.next();
            Oracle.Answer expected = Oracle.decide(c);
            Oracle.Answer actual;
            try {
                Decision d = ORACLE.decide(c, Locale.ENGLISH);
                actual = new Oracle.Answer(d.outcome().name(), shareOf(d),
                        d.reasons().stream().map(Reason::code).sorted().toList(),
                        d.conditions().stream().map(Condition::code).sorted().toList(), null);
            } catch (DecisionException e) {
                actual = new Oracle.Answer(null, null, List.of(), List.of(), e.code().name());
            }
            assertThat(actual).as("%s", c).isEqualTo(expected);
        }
    }

    /** The share as the JSON has it: null where there is no national limit. */
    private static Double shareOf(Decision d) {
        return d.maxOnSiteShare().isPresent() ? d.maxOnSiteShare().getAsDouble() : null;
    }
}
