package nl.thuiswerk.cli;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CaseAnswererTest {

    private static final String CASE = "{\"caseId\":\"c-1\",\"referenceDate\":\"2021-03-15\","
            + "\"job\":{\"tasks\":[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]},"
            + "\"worker\":{\"occupationalPhysicianAdvice\":{\"onSiteShare\":0.4}}}";

    @Test
    void answers_an_engine_failure_as_an_internal_error_for_that_case_without_its_details() {
        // given an engine that fails with a message quoting the case
        CaseAnswerer answerer = new CaseAnswerer((aCase, locale) -> {
            throw new IllegalStateException("onSiteShare 0.4 broke rule X");
        }, Locale.ENGLISH, false);

        // when a case is answered
        CaseAnswerer.Answer answer = answerer.answer(CASE);

        // then the answer is an internal error for that case, naming only the kind of failure
        assertThat(answer.decided()).isFalse();
        assertThat(Json.errorCode(answer.json())).isEqualTo("INTERNAL_ERROR");
        assertThat(Json.string(answer.json(), "caseId")).isEqualTo("c-1");
        assertThat(Json.string(answer.json(), "message"))
                .isEqualTo("the engine failed on this case: IllegalStateException");
        assertThat(answer.json()).doesNotContain("0.4");
    }
}
