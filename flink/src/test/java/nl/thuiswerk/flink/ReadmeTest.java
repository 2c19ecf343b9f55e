package nl.thuiswerk.flink;

import nl.thuiswerk.HomeWorkingAdvisor;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's pipeline pins the catalogue with a real fingerprint, the one this build's rules give, and a function
 * pinned to it decides: copied into an application, the example works as it stands.
 */
class ReadmeTest {

    @Test
    void the_readme_pins_the_catalogue_this_build_gives_and_a_function_pinned_to_it_decides() throws Exception {
        // given the fingerprint the README's example pins
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher pinned = Pattern.compile("String catalogue = \"(sha256:[0-9a-f]{64})\";").matcher(readme);
        assertThat(pinned.find()).as("the README's example pins a real fingerprint").isTrue();

        // then it is the catalogue's fingerprint of these rules (update the README with the new one when they change)
        assertThat(pinned.group(1)).as("flink/README.md pins the catalogue as `thuiswerk rulesets` lists it")
                .isEqualTo(HomeWorkingAdvisor.create().catalogueFingerprint());

        // and a function pinned to it opens and decides
        DecideFunction function = new DecideFunction("en", Map.of("catalogue", pinned.group(1)));
        try (OneInputStreamOperatorTestHarness<CaseLine, JsonLine> harness =
                     ProcessFunctionTestHarnesses.forProcessFunction(function)) {
            harness.processElement(CaseLine.of("{\"caseId\":\"r-1\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":"
                    + "[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]}}", 1), 0);
            assertThat(harness.extractOutputValues()).singleElement()
                    .satisfies(line -> assertThat(line.json).startsWith("{\"caseId\":\"r-1\",").contains("\"outcome\":\"HOME\""));
        }
    }
}
