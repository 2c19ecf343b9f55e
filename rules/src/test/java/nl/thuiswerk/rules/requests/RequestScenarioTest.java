package nl.thuiswerk.rules.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.thuiswerk.Assessment;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.RequestReason;
import nl.thuiswerk.WorkplaceRequest;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.RequestOracle;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Runs the scenario files under {@code src/test/resources/request-scenarios/<version>/}: one file per step or code,
 * each scenario a dated request with the status, deadline, codes (all of them, the spec's and the further ones) and
 * defects it must get, assessed by the version of its folder. The oracle must agree on each too.
 */
class RequestScenarioTest {

    static final Path SCENARIOS = Path.of("src/test/resources/request-scenarios");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicNode> scenarios() throws IOException {
        List<DynamicNode> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(SCENARIOS)) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = JSON.readTree(file.toFile());
                String folder = file.getParent().getFileName().toString();
                List<DynamicTest> tests = new ArrayList<>();
                for (JsonNode scenario : root.get("scenarios")) {
                    tests.add(DynamicTest.dynamicTest(scenario.get("name").asText(), () -> run(folder, scenario)));
                }
                files.add(DynamicContainer.dynamicContainer(SCENARIOS.relativize(file).toString(), tests));
            }
        }
        assertThat(files).as("scenario files").hasSizeGreaterThanOrEqualTo(14);
        return files.stream();
    }

    private static void run(String folder, JsonNode scenario) throws IOException {
        // given
        WorkplaceRequest request = ThuiswerkJson.readRequest(JSON.writeValueAsString(scenario.get("request")));
        JsonNode expect = scenario.get("expect");

        if (expect.has("error")) {
            // when / then
            DecisionException error = catchThrowableOfType(DecisionException.class, () -> RequestRules.get().run(request));
            assertThat(error).as("an error is expected").isNotNull();
            assertThat(error.code().name()).isEqualTo(expect.get("error").asText());
            assertThat(error.caseId()).isEqualTo(request.requestId());
            assertThat(RequestOracle.assess(request).error()).isEqualTo(expect.get("error").asText());
            return;
        }

        // when
        RequestRules.Outcome o = RequestRules.get().run(request);

        // then
        assertThat(o.version().id()).as("version").isEqualTo(folder);
        assertThat(o.status().name()).as("status").isEqualTo(expect.get("status").asText());
        assertThat(String.valueOf(o.deadline())).as("deadline").isEqualTo(expect.get("decisionDeadline").asText("null"));
        assertThat(o.codes().stream().sorted().toList()).as("codes").isEqualTo(strings(expect.get("codes")));
        assertThat(o.defects().stream().sorted().toList()).as("defects").isEqualTo(strings(expect.get("defects")));

        RequestOracle.Expected oracle = RequestOracle.assess(request);
        assertThat(oracle.status()).as("the oracle's status").isEqualTo(o.status().name());
        assertThat(oracle.decisionDeadline()).as("the oracle's deadline").isEqualTo(o.deadline());
        assertThat(oracle.codes()).as("the oracle's codes")
                .isEqualTo(o.codes().stream().filter(RequestOracle.SPEC_CODES::contains).sorted().toList());
        assertThat(oracle.defects()).as("the oracle's defects").isEqualTo(o.defects().stream().sorted().toList());

        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("nl")}) {
            Assessment a = RequestRules.get().assess(request, locale);
            for (RequestReason r : concat(a.reasons(), a.defects())) {
                assertThat(r.text()).as(r.code() + " in " + locale).isNotBlank().doesNotContain("{").doesNotContain("null");
                assertThat(r.source().url()).contains(folder.substring("wfw-".length()));
            }
        }
    }

    private static List<RequestReason> concat(List<RequestReason> a, List<RequestReason> b) {
        List<RequestReason> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static List<String> strings(JsonNode array) {
        List<String> s = new ArrayList<>();
        array.forEach(x -> s.add(x.asText()));
        return s.stream().sorted().toList();
    }

    @Test
    void every_code_of_every_version_is_reached_by_a_scenario_of_that_version() throws IOException {
        for (RequestRules.Version version : RequestRules.get().versions()) {
            Set<String> reached = new TreeSet<>();
            try (Stream<Path> files = Files.list(SCENARIOS.resolve(version.id()))) {
                for (Path file : files.toList()) {
                    for (JsonNode s : JSON.readTree(file.toFile()).get("scenarios")) {
                        s.path("expect").path("codes").forEach(c -> reached.add(c.asText()));
                        s.path("expect").path("defects").forEach(c -> reached.add(c.asText()));
                    }
                }
            }
            assertThat(reached).as(version.id()).containsExactlyInAnyOrderElementsOf(version.codes().keySet());
        }
    }
}
