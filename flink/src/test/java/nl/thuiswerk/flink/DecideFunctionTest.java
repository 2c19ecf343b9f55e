package nl.thuiswerk.flink;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.ThuiswerkJson;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecideFunctionTest {

    private static final String TEACHER = "{\"caseId\":\"t-1\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":["
            + "{\"name\":\"Teaching\",\"hoursPerWeek\":24,\"needs\":[\"PHYSICAL_PRESENCE\"]},"
            + "{\"name\":\"Preparing\",\"hoursPerWeek\":12}]},\"onSiteWorkplace\":{\"meetsCoronaMeasures\":true}}";

    @Test
    void given_good_and_bad_lines_when_processed_then_decisions_go_to_the_main_output_and_errors_to_the_side_output()
            throws Exception {
        DecideFunction function = new DecideFunction("en", Map.of());
        try (OneInputStreamOperatorTestHarness<CaseLine, JsonLine> harness =
                     ProcessFunctionTestHarnesses.forProcessFunction(function)) {
            harness.processElement(CaseLine.of(TEACHER, 1), 0);
            harness.processElement(CaseLine.of("{oops", 2), 0);
            harness.processElement(CaseLine.of(TEACHER.replace("2021-03-15", "2022-05-01"), 3), 0);
            harness.processElement(new CaseLine(TEACHER.replace("t-1", "é-1").getBytes(StandardCharsets.ISO_8859_1), 4), 0);

            HomeWorkingAdvisor advisor = HomeWorkingAdvisor.create();
            assertThat(harness.extractOutputValues()).extracting(l -> l.json).containsExactly(
                    ThuiswerkJson.write(advisor.decide(ThuiswerkJson.readCase(TEACHER), Locale.ENGLISH)));
            assertThat(harness.getSideOutput(DecideFunction.ERRORS)).extracting(r -> r.getValue().json)
                    .hasSize(3)
                    .anySatisfy(e -> assertThat(e).startsWith("{\"caseId\":null,\"line\":2,\"error\":{\"code\":\"MALFORMED_JSON\""))
                    .anySatisfy(e -> assertThat(e).startsWith("{\"caseId\":\"t-1\",\"line\":3,\"error\":{\"code\":\"NO_RULESET_IN_FORCE\""))
                    .anySatisfy(e -> assertThat(e).startsWith("{\"caseId\":null,\"line\":4,\"error\":{\"code\":\"MALFORMED_JSON\","
                            + "\"message\":\"The input is not UTF-8 at line 4, column 12"));
        }
    }

    @Test
    void given_an_opened_function_when_serialised_as_flink_ships_it_then_no_advisor_travels_with_it() throws Exception {
        DecideFunction function = new DecideFunction("nl", Map.of());
        try (OneInputStreamOperatorTestHarness<CaseLine, JsonLine> harness =
                     ProcessFunctionTestHarnesses.forProcessFunction(function)) {
            harness.processElement(CaseLine.of(TEACHER, 1), 0);
            assertThat(function.isOpen()).isTrue();

            byte[] shipped = InstantiationUtil.serializeObject(function);
            DecideFunction copy = InstantiationUtil.deserializeObject(shipped, getClass().getClassLoader());

            // a KieBase alone is megabytes; the language and the pins are a few hundred bytes
            assertThat(shipped.length).isLessThan(4_096);
            assertThat(copy.isOpen()).isFalse();
        }
    }

    @Test
    void given_the_function_classes_when_inspected_then_every_field_that_holds_engine_state_is_transient() {
        for (Class<?> type : List.of(DecideFunction.class, CompareFunction.class)) {
            List<String> serialised = Arrays.stream(type.getDeclaredFields())
                    .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()))
                    .map(Field::getType).filter(t -> !t.isPrimitive()).map(Class::getName).toList();
            // a primitive (the requests flag) holds no engine state
            assertThat(serialised).as(type.getSimpleName())
                    .allMatch(name -> name.startsWith("java.lang.") || name.startsWith("java.util."));
        }
    }

    @Test
    void given_a_pin_the_rules_do_not_match_when_a_task_opens_then_it_refuses_to_start() {
        DecideFunction function = new DecideFunction("nl", Map.of("2021-02-18", "sha256:" + "0".repeat(64)));

        assertThatThrownBy(() -> ProcessFunctionTestHarnesses.forProcessFunction(function))
                .hasStackTraceContaining("2021-02-18");
    }
}
