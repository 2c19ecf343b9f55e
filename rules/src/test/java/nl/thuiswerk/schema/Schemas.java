package nl.thuiswerk.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The contract's schemas as the library's jar holds them ({@code /nl/thuiswerk/schema/}), loaded into a 2020-12
 * validator that asserts formats, and a closed copy of each output schema that refuses any field it does not list.
 * JSON is read with exact decimals, so a range is compared on the number as written.
 */
final class Schemas {

    static final List<String> FILES = List.of("case.schema.json", "decision.schema.json", "error.schema.json",
            "request.schema.json", "assessment.schema.json");

    /** Numbers as exact decimals; a duplicate key is an error rather than last-one-wins. */
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    static final Schema CASE = load("case.schema.json", false);
    static final Schema DECISION = load("decision.schema.json", false);
    static final Schema ERROR = load("error.schema.json", false);
    static final Schema DECISION_CLOSED = load("decision.schema.json", true);
    static final Schema ERROR_CLOSED = load("error.schema.json", true);

    private Schemas() {
    }

    static String text(String file) {
        try (InputStream in = Schemas.class.getResourceAsStream("/nl/thuiswerk/schema/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not in the library's jar at /nl/thuiswerk/schema/");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schema load(String file, boolean closed) {
        JsonNode schema = JSON.readTree(text(file));
        if (closed) {
            close(schema);
            // another id, or the registry would answer with the open schema it already holds
            ((ObjectNode) schema).put("$id", schema.get("$id").asString() + ":closed");
        }
        return REGISTRY.getSchema(schema);
    }

    /** Every object schema that lists its properties gets additionalProperties false: nothing unlisted passes. */
    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                close(field.getValue());
            }
        } else if (node != null && node.isArray()) {
            node.forEach(Schemas::close);
        }
    }

    /** The schema's errors for a JSON text, read as {@link #JSON} reads it. */
    static List<Error> errors(Schema schema, String json) {
        return schema.validate(JSON.readTree(json));
    }
}
