package nl.thuiswerk.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.Reason;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.Case;
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
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Runs the scenario files under {@code src/test/resources/scenarios/<version>/}: one file per criterion or
 * condition, each scenario a dated case with the outcome, share and codes the criteria give it.
 */
class ScenarioTest {

    static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HomeWorkingAdvisor ADVISOR = HomeWorkingAdvisor.create();

    /** Decides a valid case in a language, as an advisor does. */
    @FunctionalInterface
    interface Decider {
        Decision decide(Case aCase, Locale locale);
    }

    @TestFactory
    Stream<DynamicNode> scenarios() throws IOException {
        List<DynamicNode> files = scenarios(SCENARIOS, ADVISOR::decide,
                ADVISOR.ruleSets().stream().map(RuleSetInfo::id).collect(Collectors.toSet()));
        assertThat(files).as("scenario files").hasSizeGreaterThanOrEqualTo(9);
        return files.stream();
    }

    /** The scenarios of the files under a directory, each a test deciding with the given decider. */
    static List<DynamicNode> scenarios(Path directory, Decider decider, Set<String> versions) throws IOException {
        List<DynamicNode> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = JSON.readTree(file.toFile());
                List<DynamicTest> tests = new ArrayList<>();
                String folder = file.getParent().getFileName().toString();
                for (JsonNode scenario : root.get("scenarios")) {
                    tests.add(DynamicTest.dynamicTest(scenario.get("name").asText(),
                            () -> run(folder, scenario, decider, versions)));
                }
                files.add(DynamicContainer.dynamicContainer(directory.relativize(file).toString(), tests));
            }
        }
        return files;
    }

    /**
     * A scenario in the folder of a version is decided by that version, so that a scenario dated outside it (after
     * a version's dates move) fails rather than quietly testing another version. Elsewhere (the timeline), the
     * version is expected where the scenario names it, with its evidence where the scenario gives it.
     */
    static void run(String folder, JsonNode scenario, Decider decider, Set<String> versions) throws IOException {
        // given
        String caseJson = JSON.writeValueAsString(scenario.get("case"));
        JsonNode expect = scenario.get("expect");

        if (expect.has("error")) {
            // when / then
            DecisionException error = catchThrowableOfType(DecisionException.class,
                    () -> decider.decide(ThuiswerkJson.readCase(caseJson), Locale.ENGLISH));
            assertThat(error).as("an error is expected").isNotNull();
            assertThat(error.code().name()).isEqualTo(expect.get("error").asText());
            for (JsonNode part : expect.path("messageContains")) {
                assertThat(error.getMessage()).contains(part.asText());
            }
            return;
        }

        // when
        Decision decision = decider.decide(ThuiswerkJson.readCase(caseJson), Locale.ENGLISH);
        Decision inDutch = decider.decide(ThuiswerkJson.readCase(caseJson), Locale.forLanguageTag("nl"));

        // then
        assertThat(decision.outcome().name()).as("outcome").isEqualTo(expect.get("outcome").asText());
        if (expect.get("maxOnSiteShare").isNull()) {
            assertThat(decision.maxOnSiteShare()).as("maxOnSiteShare").isEmpty();
        } else {
            assertThat(decision.maxOnSiteShare()).as("maxOnSiteShare").hasValue(expect.get("maxOnSiteShare").asDouble());
        }
        assertThat(decision.reasons()).extracting(Reason::code).as("reasons, in order")
                .containsExactlyElementsOf(texts(expect.get("reasons")));
        assertThat(decision.conditions()).extracting(c -> c.code()).as("conditions, in order")
                .containsExactlyElementsOf(texts(expect.get("conditions")));
        JsonNode facts = expect.path("facts");
        facts.fieldNames().forEachRemaining(code -> {
            Reason reason = decision.reasons().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
            JsonNode actual = JSON.valueToTree(reason.facts());
            facts.get(code).fields().forEachRemaining(f ->
                    assertThat(actual.get(f.getKey())).as(code + " facts." + f.getKey()).isEqualTo(numeric(f.getValue())));
        });
        boolean versionFolder = versions.contains(folder);
        String ruleSet = expect.has("ruleSet") ? expect.get("ruleSet").asText() : versionFolder ? folder : null;
        if (ruleSet != null) {
            assertThat(decision.ruleSet().id()).as("the rule set that decides").isEqualTo(ruleSet);
        }
        if (expect.has("evidence")) {
            assertThat(decision.ruleSet().evidence().date().name()).as("evidence.date")
                    .isEqualTo(expect.get("evidence").get("date").asText());
            assertThat(decision.ruleSet().evidence().wording().name()).as("evidence.wording")
                    .isEqualTo(expect.get("evidence").get("wording").asText());
        }
        assertThat(inDutch.outcome()).isEqualTo(decision.outcome());
        assertThat(inDutch.maxOnSiteShare()).isEqualTo(decision.maxOnSiteShare());
        assertThat(inDutch.reasons()).extracting(Reason::code).isEqualTo(decision.reasons().stream().map(Reason::code).toList());
    }

    /** Compare numbers by value: 24 in a scenario equals 24.0 in a decision. */
    private static JsonNode numeric(JsonNode expected) {
        return expected.isNumber() ? JSON.getNodeFactory().numberNode(expected.asDouble()) : expected;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

}
