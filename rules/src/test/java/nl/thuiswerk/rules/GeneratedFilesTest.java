package nl.thuiswerk.rules;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every checked-in generated file (trace.json, docs/criteria.md, docs/versions.md, docs/explanations.md,
 * docs/security.md) is what the build's generate step made from this build's rules, metadata and scenarios. The test
 * only reads: it fails when the two differ, and never writes either.
 */
class GeneratedFilesTest {

    private static final String REFRESH = "mvn -o -B -pl rules -am process-test-classes -Dthuiswerk.writeDocs=true";

    @TestFactory
    Stream<DynamicTest> every_checked_in_generated_file_is_what_the_generate_step_made() {
        return GeneratedFiles.files().stream().map(file -> DynamicTest.dynamicTest(file.name(), () -> {
            // given what the generate step made, and the copy in the tree
            var made = GeneratedFiles.OUT.resolve(file.name());
            assertThat(made).as("the generate step made " + file.name() + " (it runs before the tests, "
                    + "in process-test-classes)").exists();

            // then they are the same
            assertThat(Files.readString(file.checkedIn(), StandardCharsets.UTF_8))
                    .as(file.checkedIn().normalize() + " is not what the build makes now; if the change is meant, "
                            + "refresh it: " + REFRESH)
                    .isEqualTo(Files.readString(made, StandardCharsets.UTF_8));
        }));
    }
}
