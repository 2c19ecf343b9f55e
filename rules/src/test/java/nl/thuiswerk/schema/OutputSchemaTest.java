package nl.thuiswerk.schema;

import com.networknt.schema.Schema;
import nl.thuiswerk.Case;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.JsonAnswer;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.CaseGenerator;
import nl.thuiswerk.oracle.Fuzzer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer thuiswerk writes is valid under the schema of its document, in Dutch and in English, single-line and
 * pretty: the decisions and errors of a generated population, the errors of hostile input (also as answers to lines of
 * JSON Lines), and the public examples. Each is checked against the published, open schema and against a closed copy,
 * so a field written but not listed in the schema fails here.
 */
class OutputSchemaTest {

    private static final HomeWorkingAdvisor ADVISOR = HomeWorkingAdvisor.create();
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

    private final TreeMap<String, Integer> validated = new TreeMap<>();

    private void check(JsonAnswer answer) {
        boolean decision = answer.decided();
        Schema open = decision ? Schemas.DECISION : Schemas.ERROR;
        Schema closed = decision ? Schemas.DECISION_CLOSED : Schemas.ERROR_CLOSED;
        assertThat(Schemas.errors(open, answer.json())).as(answer.json()).isEmpty();
        assertThat(Schemas.errors(closed, answer.json())).as("a field the schema does not list: " + answer.json())
                .isEmpty();
        String kind = decision ? "decision" : Schemas.JSON.readTree(answer.json()).get("error").get("code").asString();
        validated.merge(kind, 1, Integer::sum);
    }

    @Test
    void the_decisions_and_errors_of_a_generated_population_in_both_languages_are_valid() throws Exception {
        // given a seeded population, dated from before the first version to after the lapse
        CaseGenerator generator = new CaseGenerator(2026L);

        // when each is answered in both languages, on one line and pretty
        for (int i = 0; i < 1_500; i++) {
            String json = ThuiswerkJson.write(generator.next());
            for (Locale locale : LANGUAGES) {
                check(ThuiswerkJson.answer(json, c -> ADVISOR.decide(c, locale), i % 5 == 0, locale));
            }
        }
        for (String line : Files.readAllLines(Path.of("../examples/cases/cases.jsonl"), StandardCharsets.UTF_8)) {
            for (Locale locale : LANGUAGES) {
                check(ThuiswerkJson.answer(line, c -> ADVISOR.decide(c, locale), false, locale));
            }
        }

        // then every answer was valid, and there were decisions and refusals of each kind a date can give
        assertThat(validated.get("decision")).isGreaterThan(2_000);
        assertThat(validated).containsKey("NO_RULESET_IN_FORCE");
    }

    @Test
    void the_errors_of_hostile_input_in_both_languages_are_valid_also_as_answers_to_json_lines() {
        // given hostile inputs, and every kind of error
        Fuzzer fuzzer = new Fuzzer(13L, List.of());
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            inputs.add(fuzzer.next());
        }
        inputs.add("{\"caseId\":\"x\",\"job\":{\"tasks\":[" + String.join(",", java.util.Collections.nCopies(300, "{}")) + "]}}");

        // when each is answered as a document and as line 7 of a file
        for (String input : inputs) {
            for (Locale locale : LANGUAGES) {
                check(ThuiswerkJson.answer(input, c -> ADVISOR.decide(c, locale), false, locale));
                check(ThuiswerkJson.answerLine(input.getBytes(StandardCharsets.UTF_8), 7,
                        c -> ADVISOR.decide(c, locale), locale));
            }
        }
        // and a defect of the engine
        check(ThuiswerkJson.answer(ThuiswerkJson.write(new CaseGenerator(1L).next()), c -> {
            throw new IllegalStateException("a defect");
        }, false, Locale.ENGLISH));

        // then
        assertThat(validated).containsKeys("MALFORMED_JSON", "INVALID_INPUT", "INTERNAL_ERROR", "decision");
    }

    @Test
    void the_closed_copy_refuses_a_field_the_schema_does_not_list() {
        // given a decision with a field added that the schema does not know
        Case aCase = new CaseGenerator(5L).next();
        String json = ThuiswerkJson.write(ADVISOR.decideUnder("2021-02-18", aCase, Locale.ENGLISH));
        String extended = json.replaceFirst("\\{\"caseId\"", "{\"unlisted\":1,\"caseId\"");

        // then the published schema lets it pass, as the contract allows fields to be added; the closed copy does not
        assertThat(Schemas.errors(Schemas.DECISION, extended)).isEmpty();
        assertThat(Schemas.errors(Schemas.DECISION_CLOSED, extended)).isNotEmpty();
    }
}
