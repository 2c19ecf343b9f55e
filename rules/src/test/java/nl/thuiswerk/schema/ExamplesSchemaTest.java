package nl.thuiswerk.schema;

import nl.thuiswerk.json.ThuiswerkJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public example case is valid under the case's schema, as it is for the library: the repository's copy, and
 * the published examples themselves where they are beside the repository (the shared folder of the project).
 */
class ExamplesSchemaTest {

    private static final List<Path> EXAMPLES = List.of(Path.of("../examples/cases/cases.jsonl"),
            Path.of("/work/shared/examples/cases.jsonl"), Path.of("../../shared/examples/cases.jsonl"));

    @Test
    void every_example_case_is_valid_under_the_schema_and_read_by_the_library() throws IOException {
        List<Path> found = new ArrayList<>();
        int cases = 0;
        for (Path file : EXAMPLES) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            found.add(file);
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                assertThat(Schemas.errors(Schemas.CASE, line)).as(file + ": " + line).isEmpty();
                assertThat(ThuiswerkJson.readCase(line)).as(line).isNotNull();
                cases++;
            }
        }
        // the repository's copy at least, which the build always has
        assertThat(found).contains(EXAMPLES.get(0));
        assertThat(cases).isGreaterThanOrEqualTo(10);
    }
}
