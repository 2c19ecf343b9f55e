package nl.thuiswerk.flink;

import nl.thuiswerk.DecisionChange;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.ThuiswerkJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CaseLinesTest {

    private static final String ANALYST = "{\"caseId\":\"a-1\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":"
            + "[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]},\"worker\":{\"occupationalPhysicianAdvice\":"
            + "{\"onSiteShare\":0.4271}}}";

    private static HomeWorkingAdvisor advisor;

    @BeforeAll
    static void buildAdvisor() {
        advisor = HomeWorkingAdvisor.create();
    }

    @Test
    void given_a_valid_case_when_decided_then_the_answer_is_the_librarys_decision_json() {
        CaseLines.Answer answer = CaseLines.decide(ANALYST, advisor::decide, Locale.ENGLISH);

        assertThat(answer.decided()).isTrue();
        assertThat(answer.json())
                .isEqualTo(ThuiswerkJson.write(advisor.decide(ThuiswerkJson.readCase(ANALYST), Locale.ENGLISH)))
                .startsWith("{\"caseId\":\"a-1\"")
                .doesNotContain("\n");
    }

    @Test
    void given_lines_that_cannot_be_decided_when_decided_then_each_is_answered_with_its_error_code() {
        assertThat(errorCode(CaseLines.decide("{\"caseId\":", advisor::decide, Locale.ENGLISH)))
                .isEqualTo("MALFORMED_JSON");
        assertThat(errorCode(CaseLines.decide("", advisor::decide, Locale.ENGLISH))).isEqualTo("MALFORMED_JSON");
        assertThat(errorCode(CaseLines.decide(ANALYST.replace("36", "-1"), advisor::decide, Locale.ENGLISH)))
                .isEqualTo("INVALID_INPUT");
        assertThat(errorCode(CaseLines.decide(ANALYST.replace("2021-03-15", "2022-05-01"), advisor::decide,
                Locale.ENGLISH))).isEqualTo("NO_RULESET_IN_FORCE");
    }

    @Test
    void given_an_engine_that_fails_when_decided_then_the_line_is_an_internal_error_without_the_failures_message() {
        CaseLines.Answer answer = CaseLines.decide(ANALYST, (c, l) -> {
            throw new IllegalStateException("share 0.4271 of " + c.caseId());
        }, Locale.ENGLISH);

        assertThat(answer.decided()).isFalse();
        assertThat(answer.json())
                .startsWith("{\"caseId\":\"a-1\",\"error\":{\"code\":\"INTERNAL_ERROR\"")
                .contains("IllegalStateException")
                .doesNotContain("0.4271");
    }

    @Test
    void given_a_byte_order_mark_before_a_case_when_decided_then_it_is_decided_as_the_command_line_does() {
        CaseLines.Answer answer = CaseLines.decide("\uFEFF" + ANALYST, advisor::decide, Locale.ENGLISH);

        assertThat(answer.decided()).isTrue();
        assertThat(answer.json()).isEqualTo(CaseLines.decide(ANALYST, advisor::decide, Locale.ENGLISH).json());
    }

    @Test
    void given_two_versions_when_a_case_is_compared_then_the_change_is_the_advisors() {
        String analyst = ANALYST.replace(",\"worker\":{\"occupationalPhysicianAdvice\":{\"onSiteShare\":0.4271}}", "");

        CaseLines.Compared compared = CaseLines.compare(analyst, c -> advisor.compare(c, "2021-02-18", "2022-02-15"));

        assertThat(compared.error()).isNull();
        assertThat(compared.change()).isNotNull();
        assertThat(compared.change().orderedKinds()).contains(DecisionChange.Kind.OUTCOME);
        assertThat(compared.change())
                .isEqualTo(advisor.compare(ThuiswerkJson.readCase(analyst), "2021-02-18", "2022-02-15").orElseThrow());
    }

    @Test
    void given_a_line_that_cannot_be_compared_when_compared_then_it_carries_its_error_and_no_change() {
        CaseLines.Compared malformed = CaseLines.compare("nope", c -> Optional.empty());
        CaseLines.Compared failing = CaseLines.compare(ANALYST, c -> {
            throw new ArithmeticException("boom");
        });

        assertThat(malformed.change()).isNull();
        assertThat(malformed.error().code().name()).isEqualTo("MALFORMED_JSON");
        assertThat(failing.change()).isNull();
        assertThat(failing.error().code().name()).isEqualTo("INTERNAL_ERROR");
        assertThat(failing.error().caseId()).isEqualTo("a-1");
    }

    private static String errorCode(CaseLines.Answer answer) {
        assertThat(answer.decided()).isFalse();
        return answer.json().replaceAll(".*\"error\":\\{\"code\":\"([A-Z_]+)\".*", "$1");
    }
}
