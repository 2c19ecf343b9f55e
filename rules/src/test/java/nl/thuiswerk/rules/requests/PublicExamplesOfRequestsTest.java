package nl.thuiswerk.rules.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.thuiswerk.WorkplaceRequest;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.RequestOracle;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public examples of requests (examples/requests/, copied from the shared examples) with their expected
 * summaries: status, deadline, codes, defects and version, as check-examples compares them (codes: the spec's, plus
 * any the expectation names).
 */
class PublicExamplesOfRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("../examples/requests");

    private static Map<String, JsonNode> expected() throws Exception {
        Map<String, JsonNode> expected = new TreeMap<>();
        for (String line : Files.readAllLines(EXAMPLES.resolve("expected.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode e = JSON.readTree(line);
                expected.put(e.get("requestId").asText(), e);
            }
        }
        return expected;
    }

    private static List<WorkplaceRequest> requests() throws Exception {
        List<WorkplaceRequest> requests = new ArrayList<>();
        for (String line : Files.readAllLines(EXAMPLES.resolve("requests.jsonl"))) {
            if (!line.isBlank()) {
                requests.add(ThuiswerkJson.readRequest(line));
            }
        }
        return requests;
    }

    private static List<String> strings(JsonNode array) {
        List<String> s = new ArrayList<>();
        array.forEach(x -> s.add(x.asText()));
        return s;
    }

    @Test
    void the_copies_are_the_shared_examples() throws Exception {
        Path shared = Path.of("/work/shared/examples");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared), "the shared examples are not here");
        assertThat(Files.readString(EXAMPLES.resolve("requests.jsonl")))
                .isEqualTo(Files.readString(shared.resolve("requests.jsonl")));
        assertThat(Files.readString(EXAMPLES.resolve("expected.jsonl")))
                .isEqualTo(Files.readString(shared.resolve("requests-expected.jsonl")));
    }

    @Test
    void the_drafted_rules_give_every_public_example_its_expected_summary() throws Exception {
        Map<String, JsonNode> expected = expected();
        List<WorkplaceRequest> requests = requests();
        assertThat(requests).hasSameSizeAs(expected.values());
        for (WorkplaceRequest r : requests) {
            // given
            JsonNode want = expected.get(r.requestId());

            // when
            RequestRules.Outcome o = RequestRules.get().run(r);

            // then
            List<String> named = strings(want.get("codes"));
            assertThat(o.version().id()).as(r.requestId()).isEqualTo(want.get("ruleSet").asText());
            assertThat(o.status().name()).as(r.requestId()).isEqualTo(want.get("status").asText());
            assertThat(String.valueOf(o.deadline())).as(r.requestId()).isEqualTo(want.get("decisionDeadline").asText("null"));
            assertThat(o.codes().stream().filter(c -> named.contains(c) || RequestOracle.SPEC_CODES.contains(c)).sorted())
                    .as(r.requestId()).containsExactlyElementsOf(named);
            assertThat(o.defects()).as(r.requestId()).containsExactlyInAnyOrderElementsOf(strings(want.get("defects")));
        }
    }

    @Test
    void the_oracle_gives_every_public_example_its_expected_summary() throws Exception {
        Map<String, JsonNode> expected = expected();
        for (WorkplaceRequest r : requests()) {
            JsonNode want = expected.get(r.requestId());

            RequestOracle.Expected e = RequestOracle.assess(r);

            assertThat(e.ruleSet()).as(r.requestId()).isEqualTo(want.get("ruleSet").asText());
            assertThat(e.status()).as(r.requestId()).isEqualTo(want.get("status").asText());
            assertThat(e.decisionDeadline()).as(r.requestId()).isEqualTo(want.get("decisionDeadline").isNull() ? null
                    : LocalDate.parse(want.get("decisionDeadline").asText()));
            assertThat(e.codes()).as(r.requestId()).containsExactlyElementsOf(strings(want.get("codes")));
            assertThat(e.defects()).as(r.requestId()).containsExactlyElementsOf(strings(want.get("defects")));
        }
    }
}
