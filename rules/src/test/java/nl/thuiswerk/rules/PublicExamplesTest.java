package nl.thuiswerk.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.Reason;
import nl.thuiswerk.json.ThuiswerkJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The public example cases (examples/cases, a copy of the published examples) get the outcome, share and
 * codes published with them, wherever the product has a rule-set version for their date.
 */
class PublicExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CASES = Path.of("../examples/cases/cases.jsonl");
    private static final Path EXPECTED = Path.of("../examples/cases/expected.jsonl");

    @Test
    void every_public_example_in_a_version_we_have_gets_its_published_outcome_share_and_codes() throws IOException {
        // given
        HomeWorkingAdvisor advisor = HomeWorkingAdvisor.create();
        List<String> cases = Files.readAllLines(CASES);
        List<String> expected = Files.readAllLines(EXPECTED);
        assertThat(cases).hasSameSizeAs(expected).hasSizeGreaterThanOrEqualTo(10);
        int compared = 0;

        for (int i = 0; i < cases.size(); i++) {
            JsonNode want = JSON.readTree(expected.get(i));
            var aCase = ThuiswerkJson.readCase(cases.get(i));
            assertThat(aCase.caseId()).isEqualTo(want.get("caseId").asText());
            boolean covered = advisor.ruleSets().stream().anyMatch(r -> r.covers(aCase.referenceDate()));

            if (want.has("error") || !covered) {
                // when
                DecisionException error = catchThrowableOfType(DecisionException.class,
                        () -> advisor.decide(aCase, Locale.ENGLISH));
                // then
                assertThat(error).as(aCase.caseId() + " is refused").isNotNull();
                assertThat(error.code().name()).isEqualTo("NO_RULESET_IN_FORCE");
                assertThat(error.getMessage()).contains(aCase.referenceDate().toString());
                if (want.has("error")) {
                    assertThat(error.code().name()).isEqualTo(want.get("error").asText());
                    compared++;
                }
                continue;
            }
            // when
            Decision decision = advisor.decide(aCase, Locale.ENGLISH);
            // then
            assertThat(decision.outcome().name()).as(aCase.caseId()).isEqualTo(want.get("outcome").asText());
            if (want.get("maxOnSiteShare").isNull()) {
                assertThat(decision.maxOnSiteShare()).as(aCase.caseId()).isEmpty();
            } else {
                assertThat(decision.maxOnSiteShare()).as(aCase.caseId()).hasValue(want.get("maxOnSiteShare").asDouble());
            }
            assertThat(decision.reasons().stream().map(Reason::code).sorted().toList()).as(aCase.caseId() + " reasons")
                    .isEqualTo(sorted(want.get("reasons")));
            assertThat(decision.conditions().stream().map(c -> c.code()).sorted().toList()).as(aCase.caseId() + " conditions")
                    .isEqualTo(sorted(want.get("conditions")));
            compared++;
        }
        // the six examples dated in the first version and the one after the lapse, at least
        assertThat(compared).isGreaterThanOrEqualTo(7);
    }

    private static List<String> sorted(JsonNode codes) {
        return StreamSupport.stream(codes.spliterator(), false).map(JsonNode::asText).sorted().toList();
    }
}
