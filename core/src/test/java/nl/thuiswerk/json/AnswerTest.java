package nl.thuiswerk.json;

import nl.thuiswerk.DecisionChange;
import nl.thuiswerk.ImpactCounts;
import nl.thuiswerk.Outcome;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerTest {

    private static final String CASE = "{\"caseId\":\"a-1\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":"
            + "[{\"name\":\"A\",\"hoursPerWeek\":10}]},\"worker\":{\"occupationalPhysicianAdvice\":{\"onSiteShare\":0.371946}}}";

    @Test
    void a_defect_of_the_engine_for_one_case_is_an_internal_error_naming_the_exception_class_only() {
        // given an engine that fails with a message that quotes the case
        JsonAnswer answer = ThuiswerkJson.answer(CASE, c -> {
            throw new IllegalStateException("share 0.371946 broke it");
        }, false, Locale.ENGLISH);

        // then the line is answered, and nothing of the case's health facts is in it
        assertThat(answer.decided()).isFalse();
        assertThat(answer.json()).isEqualTo("{\"caseId\":\"a-1\",\"error\":{\"code\":\"INTERNAL_ERROR\","
                + "\"message\":\"thuiswerk failed on this case because of a defect of its own (IllegalStateException); no other "
                + "case is affected.\",\"problems\":[]}}");
    }

    @Test
    void a_case_that_cannot_be_read_is_answered_with_its_error_and_a_byte_order_mark_is_ignored() {
        assertThat(ThuiswerkJson.answer("{", c -> null, false).json()).contains("MALFORMED_JSON");
        assertThat(ThuiswerkJson.answer("\uFEFF" + CASE.replace("10}", "0}"), c -> null, false).json())
                .contains("\"caseId\":\"a-1\"").contains("INVALID_INPUT").contains("job.tasks[0].hoursPerWeek");
    }

    @Test
    void a_case_that_cannot_be_compared_carries_its_error() {
        Comparison c = ThuiswerkJson.compare("not json", x -> Optional.empty());

        assertThat(c.change()).isNull();
        assertThat(c.notCompared().code().name()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void the_impact_summary_counts_every_kind_and_only_the_outcome_changes_that_happened() {
        // given two changed cases, one unchanged and one not compared
        DecisionChange.Summary home = new DecisionChange.Summary("a", Outcome.HOME, java.util.OptionalDouble.of(0.0), List.of("WORK_FROM_HOME_UNLESS"), List.of());
        DecisionChange.Summary partly = new DecisionChange.Summary("b", Outcome.PARTLY_ON_SITE, java.util.OptionalDouble.of(0.5), List.of("HALF_TIME_ON_SITE"), List.of());
        ImpactCounts counts = new ImpactCounts()
                .add(Optional.of(new DecisionChange("x", Set.of(DecisionChange.Kind.OUTCOME, DecisionChange.Kind.SHARE), home, partly)))
                .add(Optional.of(new DecisionChange("y", Set.of(DecisionChange.Kind.SHARE), partly, partly)))
                .add(Optional.empty())
                .addNotCompared();

        // when
        String json = ThuiswerkJson.writeImpactSummary("a", "b", ImpactCounts.sum(counts, new ImpactCounts()));

        // then
        assertThat(json).isEqualTo("{\"summary\":{\"from\":\"a\",\"to\":\"b\",\"cases\":4,\"changed\":2,\"unchanged\":1,"
                + "\"notCompared\":1,\"byKind\":{\"OUTCOME\":1,\"SHARE\":2,\"REASONS\":0,\"CONDITIONS\":0},"
                + "\"byOutcome\":{\"HOME → PARTLY_ON_SITE\":1}}}");
    }
}
