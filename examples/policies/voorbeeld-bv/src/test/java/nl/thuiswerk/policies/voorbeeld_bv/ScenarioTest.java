package nl.thuiswerk.policies.voorbeeld_bv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.thuiswerk.Decision;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.Reason;
import nl.thuiswerk.json.ThuiswerkJson;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy's scenarios, in the form of the library's own: {@code src/test/resources/scenarios/<version>/}, one file
 * per code, each scenario a dated case with the outcome, both shares, the reasons and the conditions it gets. A
 * scenario in a version's folder must be decided by that version.
 */
class ScenarioTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The policy as the application gets it: its artefact on the class path. */
    private static final HomeWorkingAdvisor ADVISOR = HomeWorkingAdvisor.builder().policyOnClassPath("voorbeeld-bv").build();

    @TestFactory
    Stream<DynamicNode> scenarios() throws IOException {
        List<DynamicNode> files = new ArrayList<>();
        Path root = Path.of("src/test/resources/scenarios");
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String version = file.getParent().getFileName().toString();
                List<DynamicTest> tests = new ArrayList<>();
                for (JsonNode scenario : JSON.readTree(file.toFile()).get("scenarios")) {
                    tests.add(DynamicTest.dynamicTest(scenario.get("name").asText(), () -> run(version, scenario)));
                }
                files.add(DynamicContainer.dynamicContainer(root.relativize(file).toString(), tests));
            }
        }
        assertThat(files).as("a scenario file per version").hasSizeGreaterThanOrEqualTo(3);
        return files.stream();
    }

    private static void run(String version, JsonNode scenario) throws IOException {
        // given
        String caseJson = JSON.writeValueAsString(scenario.get("case"));
        JsonNode expect = scenario.get("expect");

        // when
        Decision d = ADVISOR.decide(ThuiswerkJson.readCase(caseJson), Locale.ENGLISH);
        Decision nl = ADVISOR.decide(ThuiswerkJson.readCase(caseJson), Locale.forLanguageTag("nl"));

        // then
        assertThat(d.policy().version()).as("the policy version that decides").isEqualTo(version);
        assertThat(d.outcome().name()).as("outcome").isEqualTo(expect.get("outcome").asText());
        assertThat(d.maxOnSiteShare()).as("maxOnSiteShare").hasValue(expect.get("maxOnSiteShare").asDouble());
        assertThat(d.minOnSiteShare()).as("minOnSiteShare").isEqualTo(expect.get("minOnSiteShare").asDouble());
        assertThat(d.reasons()).extracting(Reason::code).as("reasons")
                .containsExactlyInAnyOrderElementsOf(texts(expect.get("reasons")));
        assertThat(d.conditions()).extracting(c -> c.code()).as("conditions")
                .containsExactlyElementsOf(texts(expect.get("conditions")));
        assertThat(nl.reasons()).extracting(Reason::code).isEqualTo(d.reasons().stream().map(Reason::code).toList());
        assertThat(nl.reasons()).allSatisfy(r -> assertThat(r.text()).doesNotContain("{"));
        assertThat(d.reasons()).allSatisfy(r -> assertThat(r.text()).doesNotContain("{"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
