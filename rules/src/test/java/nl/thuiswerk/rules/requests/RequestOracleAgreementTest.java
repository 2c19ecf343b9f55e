package nl.thuiswerk.rules.requests;

import nl.thuiswerk.Problem;
import nl.thuiswerk.WorkplaceRequest;
import nl.thuiswerk.internal.RequestValidator;
import nl.thuiswerk.oracle.RequestGenerator;
import nl.thuiswerk.oracle.RequestOracle;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drafted rules and the oracle, two readings of docs/requests.md written apart, agree on 100,000 generated
 * requests over 2016-2035: version, status, deadline, the spec's codes and the defects.
 */
class RequestOracleAgreementTest {

    static final int REQUESTS = 100_000;

    @Test
    void the_rules_and_the_oracle_agree_on_a_hundred_thousand_generated_requests() {
        // given
        RequestGenerator generator = new RequestGenerator(20260901L);
        RequestRules rules = RequestRules.get();
        List<String> disagreements = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> codes = new TreeMap<>();
        int invalid = 0;

        for (int i = 0; i < REQUESTS; i++) {
            WorkplaceRequest r = generator.next();
            List<Problem> problems = RequestValidator.validate(r);
            if (!problems.isEmpty()) {
                invalid++;
                continue;
            }

            // when
            RequestRules.Outcome o = rules.run(r);
            RequestOracle.Expected e = RequestOracle.assess(r);

            // then
            List<String> specCodes = o.codes().stream().filter(RequestOracle.SPEC_CODES::contains).sorted().toList();
            String got = o.version().id() + " " + o.status() + " " + o.deadline() + " " + specCodes + " "
                    + o.defects().stream().sorted().toList();
            String want = e.ruleSet() + " " + e.status() + " " + e.decisionDeadline() + " " + e.codes() + " "
                    + e.defects();
            if (!got.equals(want) && disagreements.size() < 10) {
                disagreements.add(r + "\n  rules:  " + got + "\n  oracle: " + want);
            }
            statuses.merge(e.status(), 1, Integer::sum);
            e.codes().forEach(c -> codes.merge(c, 1, Integer::sum));
            e.defects().forEach(c -> codes.merge(c, 1, Integer::sum));
        }

        assertThat(invalid).as("the generator makes valid requests only").isZero();
        assertThat(disagreements).isEmpty();
        // every status and every code of the spec was drawn often enough to be tested
        assertThat(statuses).as("statuses").hasSize(6).allSatisfy((s, n) -> assertThat(n).as(s).isGreaterThan(500));
        assertThat(codes.keySet()).containsAll(RequestOracle.SPEC_CODES)
                .contains("DECISION_NOT_IN_WRITING", "NO_WRITTEN_REASONS", "NO_CONSULTATION");
        assertThat(codes).allSatisfy((c, n) -> assertThat(n).as(c).isGreaterThan(200));
    }
}
