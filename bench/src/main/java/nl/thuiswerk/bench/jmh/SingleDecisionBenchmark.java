package nl.thuiswerk.bench.jmh;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.bench.FullOracle;
import nl.thuiswerk.bench.Population;
import nl.thuiswerk.internal.BenchBridge;
import nl.thuiswerk.internal.BenchBridge.SessionMode;
import nl.thuiswerk.internal.Language;
import nl.thuiswerk.internal.facts.Verdict;
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
 * One decision with its full explanation, on one thread, warm: the library as it is, the same path with a new
 * stateful or stateless session per decision instead of the pool, the rule run alone in each session mode, and
 * the plain-Java full oracle that builds the same decision.
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
    private BenchBridge bridge;
    private Case[] cases;
    private int next;

    @Setup
    public void setUp() {
        advisor = HomeWorkingAdvisor.builder().loadAllVersionsAtStart().build();
        bridge = BenchBridge.load(SingleDecisionBenchmark.class.getClassLoader());
        oracle = new FullOracle(bridge);
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

    /** (b) the library's path reproduced with the pooled session (checks the reproduction costs what the library does). */
    @Benchmark
    public Decision droolsPooledSession() {
        return bridge.decideWithDrools(nextCase(), Language.EN, SessionMode.POOLED);
    }

    /** (a) the same with a new stateful session per decision. */
    @Benchmark
    public Decision droolsNewStatefulSession() {
        return bridge.decideWithDrools(nextCase(), Language.EN, SessionMode.NEW_STATEFUL);
    }

    /** (a') the same with a new stateless session per decision. */
    @Benchmark
    public Decision droolsStatelessSession() {
        return bridge.decideWithDrools(nextCase(), Language.EN, SessionMode.STATELESS);
    }

    /** The rule run alone (facts in, fire, session back) with the pool: what the engine costs of a decision. */
    @Benchmark
    public Verdict rulesOnlyPooled() {
        return bridge.runRulesOnly(nextCase(), SessionMode.POOLED);
    }

    @Benchmark
    public Verdict rulesOnlyNewStateful() {
        return bridge.runRulesOnly(nextCase(), SessionMode.NEW_STATEFUL);
    }

    @Benchmark
    public Verdict rulesOnlyStateless() {
        return bridge.runRulesOnly(nextCase(), SessionMode.STATELESS);
    }
}
