package nl.thuiswerk.flink;

import nl.thuiswerk.DecisionChange;
import nl.thuiswerk.Outcome;

import java.util.Arrays;

/**
 * The counts of an impact run, as the command line's {@code diff} summary has them: one per case compared, added up
 * by the job into one for the whole population.
 *
 * <p>A Flink POJO of longs and arrays of longs, so Flink serialises it itself and never falls back to Kryo; the
 * transitions of outcome are a 3 × 3 table, not a map, for the same reason.
 */
public final class ImpactCounts {

    private static final Outcome[] OUTCOMES = Outcome.values();
    private static final DecisionChange.Kind[] KINDS = DecisionChange.Kind.values();

    public long cases;
    public long changed;
    public long notCompared;
    /** Per {@link DecisionChange.Kind}, in its order. */
    public long[] byKind = new long[KINDS.length];
    /** Changes of outcome: {@code from.ordinal() * 3 + to.ordinal()}. */
    public long[] byOutcome = new long[OUTCOMES.length * OUTCOMES.length];

    /** For Flink; a zero count. */
    public ImpactCounts() {
    }

    /** The count of one line. */
    public static ImpactCounts of(CaseLines.Compared compared) {
        ImpactCounts one = new ImpactCounts();
        one.cases = 1;
        if (compared.error() != null) {
            one.notCompared = 1;
        }
        DecisionChange change = compared.change();
        if (change != null) {
            one.changed = 1;
            change.kinds().forEach(kind -> one.byKind[kind.ordinal()] = 1);
            if (change.from().outcome() != change.to().outcome()) {
                one.byOutcome[change.from().outcome().ordinal() * OUTCOMES.length + change.to().outcome().ordinal()] = 1;
            }
        }
        return one;
    }

    /** A new count of both; neither is changed, whatever Flink's object reuse. */
    public static ImpactCounts sum(ImpactCounts a, ImpactCounts b) {
        ImpactCounts total = new ImpactCounts();
        total.cases = a.cases + b.cases;
        total.changed = a.changed + b.changed;
        total.notCompared = a.notCompared + b.notCompared;
        for (int i = 0; i < total.byKind.length; i++) {
            total.byKind[i] = a.byKind[i] + b.byKind[i];
        }
        for (int i = 0; i < total.byOutcome.length; i++) {
            total.byOutcome[i] = a.byOutcome[i] + b.byOutcome[i];
        }
        return total;
    }

    public long unchanged() {
        return cases - changed - notCompared;
    }

    public long byKind(DecisionChange.Kind kind) {
        return byKind[kind.ordinal()];
    }

    public long byOutcome(Outcome from, Outcome to) {
        return byOutcome[from.ordinal() * OUTCOMES.length + to.ordinal()];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImpactCounts other && cases == other.cases && changed == other.changed
                && notCompared == other.notCompared && Arrays.equals(byKind, other.byKind)
                && Arrays.equals(byOutcome, other.byOutcome);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new long[] {cases, changed, notCompared, Arrays.hashCode(byKind), Arrays.hashCode(byOutcome)});
    }

    @Override
    public String toString() {
        return "ImpactCounts{cases=" + cases + ", changed=" + changed + ", notCompared=" + notCompared
                + ", byKind=" + Arrays.toString(byKind) + ", byOutcome=" + Arrays.toString(byOutcome) + "}";
    }
}
