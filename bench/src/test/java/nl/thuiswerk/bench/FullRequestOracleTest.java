package nl.thuiswerk.bench;

import nl.thuiswerk.Assessment;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.KeyDate;
import nl.thuiswerk.RequestReason;
import nl.thuiswerk.WorkplaceRequest;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.RequestGenerator;
import nl.thuiswerk.oracle.RequestOracle;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full request oracle builds the assessment the library builds, to the byte, so that {@code requestsRatio}
 * measures the rules engine and its adapter, not the output.
 */
class FullRequestOracleTest {

    private static final HomeWorkingAdvisor ADVISOR = HomeWorkingAdvisor.create();
    private static final FullRequestOracle ORACLE = new FullRequestOracle(ADVISOR);

    @Test
    void the_full_request_oracle_knows_every_version_of_requests() {
        assertThat(ORACLE.ruleSets()).isEqualTo(ADVISOR.requestRuleSets());
    }

    @Test
    void a_seeded_population_of_requests_gets_the_same_assessment_bytes_from_the_full_oracle_as_from_the_library() {
        // given: 3,000 generated requests, every status among them, both languages
        RequestGenerator generator = new RequestGenerator(Population.REQUEST_SEED + 1);
        List<String> differences = new ArrayList<>();
        Set<nl.thuiswerk.RequestStatus> statuses = EnumSet.noneOf(nl.thuiswerk.RequestStatus.class);
        Set<KeyDate.Kind> kinds = EnumSet.noneOf(KeyDate.Kind.class);
        int assessed = 0;

        // when
        for (int i = 0; i < 3000; i++) {
            WorkplaceRequest r = generator.next();
            Locale locale = i % 2 == 0 ? Locale.ENGLISH : Locale.forLanguageTag("nl");
            String library;
            String oracle;
            try {
                Assessment a = ADVISOR.assess(r, locale);
                library = ThuiswerkJson.write(a);
                statuses.add(a.status());
                a.whatWouldChange().forEach(k -> kinds.add(k.kind()));
            } catch (DecisionException e) {
                library = "refused " + e.code();
            }
            try {
                oracle = ThuiswerkJson.write(ORACLE.assess(r, locale));
                assessed++;
            } catch (DecisionException e) {
                oracle = "refused " + e.code();
            }
            if (!library.equals(oracle) && differences.size() < 5) {
                differences.add(r + "\n library: " + library + "\n oracle:  " + oracle);
            }
        }

        // then every assessment is the same, and the population reaches every status and every kind of key date
        assertThat(differences).isEmpty();
        assertThat(assessed).isGreaterThan(2500);
        assertThat(statuses).hasSize(nl.thuiswerk.RequestStatus.values().length);
        assertThat(kinds).hasSize(KeyDate.Kind.values().length);
    }

    @Test
    void the_full_request_oracle_agrees_with_the_plain_request_oracle_on_status_deadline_codes_and_defects() {
        RequestGenerator generator = new RequestGenerator(Population.REQUEST_SEED + 2);
        for (int i = 0; i < 2000; i++) {
            WorkplaceRequest r = generator.next();
            RequestOracle.Expected expected = RequestOracle.assess(r);
            if (expected.error() != null) {
                continue;
            }
            Assessment a = ORACLE.assess(r, Locale.ENGLISH);
            assertThat(a.ruleSet().id()).as(r.requestId()).isEqualTo(expected.ruleSet());
            assertThat(a.status().name()).as(r.requestId()).isEqualTo(expected.status());
            assertThat(a.decisionDeadline()).as(r.requestId()).isEqualTo(expected.decisionDeadline());
            assertThat(a.codes().stream().filter(RequestOracle.SPEC_CODES::contains).sorted().toList())
                    .as(r.requestId()).isEqualTo(expected.codes());
            assertThat(a.defects().stream().map(RequestReason::code).sorted().toList())
                    .as(r.requestId()).isEqualTo(expected.defects());
        }
    }
}
