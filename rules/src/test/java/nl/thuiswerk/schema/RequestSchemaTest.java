package nl.thuiswerk.schema;

import nl.thuiswerk.DecisionException;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.WorkplaceRequest;
import nl.thuiswerk.json.ThuiswerkJson;
import com.networknt.schema.Schema;
import nl.thuiswerk.oracle.RequestGenerator;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request's and the assessment's schemas (docs/schema) against the library: every request it reads is valid by
 * the request's schema, a field it does not know is refused by both, and every assessment it writes is valid by a
 * closed copy of the assessment's schema, so no field goes unlisted.
 */
class RequestSchemaTest {

    private static final Schema REQUEST = Schemas.load("request.schema.json", false);
    private static final Schema ASSESSMENT_CLOSED = Schemas.load("assessment.schema.json", true);
    private static final HomeWorkingAdvisor ADVISOR = HomeWorkingAdvisor.create();

    private static String json(WorkplaceRequest r) {
        return nl.thuiswerk.internal.CanonicalRequest.json(r);
    }

    @Test
    void every_public_example_and_every_generated_request_is_valid_by_the_schema_and_its_assessment_too() throws Exception {
        // given the public examples and a few thousand generated requests, read by the library
        List<String> lines = Files.readAllLines(Path.of("../examples/requests/requests.jsonl"));
        for (String line : lines) {
            assertThat(Schemas.errors(REQUEST, line)).as(line).isEmpty();
        }
        RequestGenerator generator = new RequestGenerator(20260901L);
        for (int i = 0; i < 2_000; i++) {
            WorkplaceRequest r = generator.next();
            String request = json(r);

            // then the schema accepts what the library reads, and the closed schema every field it writes
            assertThat(Schemas.errors(REQUEST, request)).as(request).isEmpty();
            String assessment = ThuiswerkJson.write(ADVISOR.assess(ThuiswerkJson.readRequest(request),
                    i % 2 == 0 ? Locale.ENGLISH : Locale.forLanguageTag("nl")));
            assertThat(Schemas.errors(ASSESSMENT_CLOSED, assessment)).as(assessment).isEmpty();
        }
    }

    @Test
    void an_unknown_field_a_missing_field_and_a_wrong_type_are_refused_by_both() {
        String valid = "{\"requestId\":\"r\",\"submittedOn\":\"2026-09-01\",\"inWriting\":true,\"intendedStart\":\"2026-11-02\","
                + "\"desiredWorkplace\":\"Home\",\"employee\":{\"employment\":[{\"from\":\"2024-02-06\",\"to\":null}]},"
                + "\"employer\":{\"employees\":250},\"asOf\":\"2026-09-15\"}";
        assertThat(Schemas.errors(REQUEST, valid)).isEmpty();
        for (String broken : List.of(valid.replace("\"inWriting\":true,", "\"inWriting\":true,\"inwriting\":true,"),
                valid.replace("\"desiredWorkplace\":\"Home\",", ""),
                valid.replace("\"employees\":250", "\"employees\":\"250\""),
                valid.replace("\"employees\":250", "\"employees\":0"),
                valid.replace("2026-11-02", "2026-11-31"))) {
            assertThat(Schemas.errors(REQUEST, broken)).as(broken).isNotEmpty();
            try {
                ThuiswerkJson.readRequest(broken);
                throw new AssertionError("the library read " + broken);
            } catch (DecisionException expected) {
                assertThat(expected.code().name()).isEqualTo("INVALID_INPUT");
            }
        }
    }
}
