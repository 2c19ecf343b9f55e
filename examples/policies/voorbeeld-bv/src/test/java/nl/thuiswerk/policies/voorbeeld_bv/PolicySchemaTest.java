package nl.thuiswerk.policies.voorbeeld_bv;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import nl.thuiswerk.Case;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.CaseGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A policy's decisions and cases are the contract's: every answer to a case with the policy passes a closed copy of
 * the decision's schema (no field it does not list), and every such case the case's schema.
 */
class PolicySchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    @Test
    void every_decision_with_the_policy_passes_the_closed_decision_schema_and_every_case_the_case_schema()
            throws IOException {
        Schema decision = load("decision.schema.json", true);
        Schema aCase = load("case.schema.json", false);
        HomeWorkingAdvisor advisor = HomeWorkingAdvisor.builder().policyOnClassPath("voorbeeld-bv").build();
        CaseGenerator generator = new CaseGenerator(7);
        int decided = 0;
        for (int i = 0; i < 400; i++) {
            Case c = generator.next();
            LocalDate day = LocalDate.of(2021, 9, 25).plusDays(i * 5L);
            Case withPolicy = new Case(c.caseId(), day, c.job(), c.worker(), c.onSiteWorkplace(), "voorbeeld-bv");
            String caseJson = ThuiswerkJson.write(withPolicy);
            assertThat(aCase.validate(JSON.readTree(caseJson))).as(caseJson).isEmpty();
            Locale locale = i % 2 == 0 ? Locale.ENGLISH : Locale.forLanguageTag("nl");
            String answer = ThuiswerkJson.answer(caseJson, x -> advisor.decide(x, locale), false).json();
            if (answer.contains("\"error\"")) {
                continue;
            }
            assertThat(decision.validate(JSON.readTree(answer))).as(answer).isEmpty();
            decided++;
        }
        assertThat(decided).isGreaterThan(350);
    }

    private static Schema load(String file, boolean closed) throws IOException {
        try (InputStream in = HomeWorkingAdvisor.class.getResourceAsStream("/nl/thuiswerk/schema/" + file)) {
            JsonNode schema = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (closed) {
                close(schema);
                ((ObjectNode) schema).put("$id", schema.get("$id").asString() + ":closed");
            }
            return REGISTRY.getSchema(schema);
        }
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                close(field.getValue());
            }
        } else if (node != null && node.isArray()) {
            node.forEach(PolicySchemaTest::close);
        }
    }
}
