package nl.thuiswerk.bench.jmh;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.bench.FullOracle;
import nl.thuiswerk.bench.Population;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * One decision with its full explanation, on one thread, warm: the library as it is, and the plain-Java full oracle
 * that builds the same decision; and, through the API, a comparison of two versions, which decides twice without
 * the alternatives (the rules run once per version, no counterfactual search). Everything here goes through the
 * public API: the session modes the bench once compared through a class in the library's package are gone with it
 * (docs/performance.md keeps their figures).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class SingleDecisionBenchmark {

    private static final Locale EN = Locale.ENGLISH;

    private HomeWorkingAdvisor advisor;
    private FullOracle oracle;
    private Case[] cases;
    private int next;

    @Setup
    public void setUp() {
        advisor = HomeWorkingAdvisor.builder().loadAllVersionsAtStart().build();
        oracle = new FullOracle(advisor);
        cases = Population.inForce(4096);
    }

    private Case nextCase() {
        Case c = cases[next];
        next = (next + 1) & (cases.length - 1);
        return c;
    }

    /** (c) the library's decide as it is: validation, pooled session, full explanation. */
    @Benchmark
    public Decision libraryDecide() {
        return advisor.decide(nextCase(), EN);
    }

    /** (d) the full oracle: the same decision, decided in plain Java. */
    @Benchmark
    public Decision fullOracle() {
        return oracle.decide(nextCase(), EN);
    }

    /** Two decisions without alternatives, one per version (the same version twice): the rule runs and assembly. */
    @Benchmark
    public Object libraryCompareWithoutAlternatives() {
        Case c = nextCase();
        String id = advisor.ruleSetFor(c.referenceDate()).id();
        return advisor.compare(c, id, id);
    }
}
