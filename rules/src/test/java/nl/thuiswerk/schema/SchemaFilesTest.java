package nl.thuiswerk.schema;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schemas are published twice from one source: docs/schema, and the library's jar at /nl/thuiswerk/schema/, the
 * same bytes. Each is a 2020-12 schema whose $id is {@code urn:thuiswerk:schema:} and its name, so that a new document
 * (the requests of the Wfw) joins by adding its file.
 */
class SchemaFilesTest {

    private static final Path DOCS = Path.of("../docs/schema");

    @Test
    void every_schema_in_docs_is_in_the_jar_with_the_same_bytes_and_names_itself() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(DOCS)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".schema.json")).sorted().toList();
        }
        assertThat(files.stream().map(p -> p.getFileName().toString())).containsAll(Schemas.FILES);

        for (Path file : files) {
            String name = file.getFileName().toString();
            String published = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(Schemas.text(name)).as(name + " in the jar").isEqualTo(published);
            var schema = Schemas.JSON.readTree(published);
            assertThat(schema.get("$schema").asString()).as(name).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.get("$id").asString()).as(name)
                    .isEqualTo("urn:thuiswerk:schema:" + name.substring(0, name.length() - ".schema.json".length()));
        }
    }

    @Test
    void the_case_schema_is_closed_and_the_output_schemas_are_open() throws IOException {
        for (String input : List.of("case.schema.json", "request.schema.json")) {
            assertThat(Schemas.JSON.readTree(Schemas.text(input)).get("additionalProperties").asBoolean(true)).as(input)
                    .isFalse();
        }
        for (String output : List.of("decision.schema.json", "error.schema.json", "assessment.schema.json")) {
            assertThat(Schemas.text(output)).as(output).doesNotContain("additionalProperties");
        }
    }
}
