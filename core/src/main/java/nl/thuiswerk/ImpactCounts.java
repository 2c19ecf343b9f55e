package nl.thuiswerk;

import java.util.Arrays;
import java.util.Optional;

/**
 * The tally of comparing a population under two rule-set versions: cases, changed, unchanged, not compared, per
 * kind of change and per change of outcome. What the command line's {@code diff} and the Flink job's impact mode
 * both report, with {@code ThuiswerkJson.writeImpactSummary}.
 *
 * <p>A mutable tally of public longs with a public no-argument constructor, so a distributed engine can ship and
 * add it without reflection tricks; add the tallies of parts with {@link #sum}.
 */
public final class ImpactCounts {

    private static final int OUTCOMES = Outcome.values().length;

    public long cases;
    public long changed;
    public long notCompared;
    /** Per {@link DecisionChange.Kind}, in its order. */
    public long[] byKind = new long[DecisionChange.Kind.values().length];
    /** Changes of outcome only: index {@code from.ordinal() * 3 + to.ordinal()}. */
    public long[] byOutcome = new long[OUTCOMES * OUTCOMES];

    public ImpactCounts() {
    }

    /** Counts a case that was compared: changed when there is a change. */
    public ImpactCounts add(Optional<DecisionChange> change) {
        cases++;
        change.ifPresent(c -> {
            changed++;
            c.kinds().forEach(kind -> byKind[kind.ordinal()]++);
            if (c.from().outcome() != c.to().outcome()) {
                byOutcome[c.from().outcome().ordinal() * OUTCOMES + c.to().outcome().ordinal()]++;
            }
        });
        return this;
    }

    /** Counts a line that could not be compared (malformed, invalid, or a defect). */
    public ImpactCounts addNotCompared() {
        cases++;
        notCompared++;
        return this;
    }

    /** A new tally of both; neither is changed. */
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
        return byOutcome[from.ordinal() * OUTCOMES + to.ordinal()];
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
        return "ImpactCounts[cases=" + cases + ", changed=" + changed + ", notCompared=" + notCompared
                + ", byKind=" + Arrays.toString(byKind) + ", byOutcome=" + Arrays.toString(byOutcome) + "]";
    }
}
