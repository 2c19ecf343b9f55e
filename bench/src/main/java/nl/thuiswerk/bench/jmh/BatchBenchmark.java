package nl.thuiswerk.bench.jmh;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.bench.FullOracle;
import nl.thuiswerk.bench.Population;
import nl.thuiswerk.json.ThuiswerkJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Many decisions over two threads sharing one advisor (one full oracle): decisions per second on the machine's
 * two cores, for the records alone and for a JSON line in, a JSON line out.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(2)
public class BatchBenchmark {

    private static final Locale EN = Locale.ENGLISH;

    @State(Scope.Benchmark)
    public static class Shared {
        HomeWorkingAdvisor advisor;
        FullOracle oracle;
        Case[] cases;
        String[] lines;

        @Setup
        public void setUp() {
            advisor = HomeWorkingAdvisor.builder().loadAllVersionsAtStart().build();
            oracle = new FullOracle(advisor);
            cases = Population.inForce(8192);
            lines = Population.jsonLines(cases);
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int next(int size) {
            int i = next;
            next = (next + 1) & (size - 1);
            return i;
        }
    }

    @Benchmark
    public Decision libraryDecide(Shared s, Cursor c) {
        return s.advisor.decide(s.cases[c.next(s.cases.length)], EN);
    }

    @Benchmark
    public Decision fullOracle(Shared s, Cursor c) {
        return s.oracle.decide(s.cases[c.next(s.cases.length)], EN);
    }

    /** What one line of {@code batch} does in-process: read the case, decide, write the decision. */
    @Benchmark
    public String libraryJsonLine(Shared s, Cursor c) {
        return ThuiswerkJson.write(s.advisor.decide(ThuiswerkJson.readCase(s.lines[c.next(s.lines.length)]), EN));
    }

    @Benchmark
    public String fullOracleJsonLine(Shared s, Cursor c) {
        return ThuiswerkJson.write(s.oracle.decide(ThuiswerkJson.readCase(s.lines[c.next(s.lines.length)]), EN));
    }
}
