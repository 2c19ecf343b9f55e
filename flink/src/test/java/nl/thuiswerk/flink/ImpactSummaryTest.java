package nl.thuiswerk.flink;

import nl.thuiswerk.DecisionChange;
import nl.thuiswerk.ImpactCounts;
import nl.thuiswerk.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ImpactSummaryTest {

    @Test
    void given_counts_when_written_then_the_line_has_the_keys_and_order_of_the_command_lines_diff_summary() {
        ImpactCounts counts = ImpactCounts.sum(
                ImpactCounts.sum(change("a", Outcome.HOME, Outcome.PARTLY_ON_SITE, DecisionChange.Kind.values()),
                        change("b", Outcome.ON_SITE, Outcome.HOME, DecisionChange.Kind.OUTCOME)),
                ImpactCounts.sum(change("c", Outcome.HOME, Outcome.HOME, DecisionChange.Kind.SHARE),
                        ImpactCounts.sum(unchanged(), notCompared())));

        // the shape `thuiswerk diff --json` ends with, transitions sorted by their text
        assertThat(ImpactSummary.json("2021-02-18", "2022-02-15", counts)).isEqualTo("{\"summary\":{"
                + "\"from\":\"2021-02-18\",\"to\":\"2022-02-15\",\"cases\":5,\"changed\":3,\"unchanged\":1,\"notCompared\":1,"
                + "\"byKind\":{\"OUTCOME\":2,\"SHARE\":2,\"REASONS\":1,\"CONDITIONS\":1},"
                + "\"byOutcome\":{\"HOME → PARTLY_ON_SITE\":1,\"ON_SITE → HOME\":1}}}");
    }

    @Test
    void given_no_change_of_outcome_when_written_then_by_outcome_is_empty() {
        assertThat(ImpactSummary.json("x", "y", ImpactCounts.sum(unchanged(), new ImpactCounts())))
                .endsWith("\"cases\":1,\"changed\":0,\"unchanged\":1,\"notCompared\":0,"
                        + "\"byKind\":{\"OUTCOME\":0,\"SHARE\":0,\"REASONS\":0,\"CONDITIONS\":0},\"byOutcome\":{}}}");
    }

    @Test
    void given_two_counts_when_added_then_neither_is_changed() {
        ImpactCounts a = change("a", Outcome.HOME, Outcome.ON_SITE, DecisionChange.Kind.OUTCOME);
        ImpactCounts b = notCompared();

        ImpactCounts total = ImpactCounts.sum(a, b);

        assertThat(total.cases).isEqualTo(2);
        assertThat(total.byOutcome(Outcome.HOME, Outcome.ON_SITE)).isEqualTo(1);
        assertThat(a).isEqualTo(change("a", Outcome.HOME, Outcome.ON_SITE, DecisionChange.Kind.OUTCOME));
        assertThat(b).isEqualTo(notCompared());
    }

    private static ImpactCounts change(String id, Outcome from, Outcome to, DecisionChange.Kind... kinds) {
        DecisionChange change = new DecisionChange(id, Set.of(kinds),
                new DecisionChange.Summary("x", from, java.util.OptionalDouble.of(0.0), List.of("A"), List.of("C")),
                new DecisionChange.Summary("y", to, java.util.OptionalDouble.of(0.5), List.of("B"), List.of()));
        return new ImpactCounts().add(java.util.Optional.of(change));
    }

    private static ImpactCounts unchanged() {
        return new ImpactCounts().add(java.util.Optional.empty());
    }

    private static ImpactCounts notCompared() {
        return new ImpactCounts().addNotCompared();
    }
}
