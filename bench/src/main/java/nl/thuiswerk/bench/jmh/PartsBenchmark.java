package nl.thuiswerk.bench.jmh;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.Problem;
import nl.thuiswerk.bench.FullOracle;
import nl.thuiswerk.bench.Population;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.Oracle;
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

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Where the time of a decision goes when no rules engine is involved: the pieces every decision pays for whoever
 * decides it (validation, the receipt's canonical JSON and its sha256, the counterfactual search and its texts),
 * the plain oracle's decision logic alone (outcome, share, codes), and reading and writing the JSON contract.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class PartsBenchmark {

    private HomeWorkingAdvisor advisor;
    private FullOracle oracle;
    private FullOracle oracleWithoutWhatIf;
    private Case[] cases;
    private String[] lines;
    private Decision[] decisions;
    private int next;

    @Setup
    public void setUp() {
        advisor = HomeWorkingAdvisor.create();
        oracle = new FullOracle(advisor);
        oracleWithoutWhatIf = FullOracle.withoutWhatWouldChange(advisor);
        cases = Population.inForce(4096);
        lines = Population.jsonLines(cases);
        decisions = new Decision[cases.length];
        for (int i = 0; i < cases.length; i++) {
            decisions[i] = oracle.decide(cases[i], Locale.ENGLISH);
        }
    }

    private int nextIndex() {
        int i = next;
        next = (next + 1) & (cases.length - 1);
        return i;
    }

    /** The plain oracle of the rules' tests: outcome, share and codes, no texts, no explanation. */
    @Benchmark
    public Oracle.Answer decisionLogicOnly() {
        return Oracle.decide(cases[nextIndex()]);
    }

    @Benchmark
    public Decision fullOracle() {
        return oracle.decide(cases[nextIndex()], Locale.ENGLISH);
    }

    @Benchmark
    public Decision fullOracleWithoutWhatWouldChange() {
        return oracleWithoutWhatIf.decide(cases[nextIndex()], Locale.ENGLISH);
    }

    @Benchmark
    public List<Problem> validation() {
        return advisor.validate(cases[nextIndex()]);
    }

    /** The receipt's input hash: the case's canonical JSON and its sha256. */
    @Benchmark
    public byte[] receiptSha256() {
        return sha256(ThuiswerkJson.write(cases[nextIndex()]));
    }

    @Benchmark
    public String receiptCanonicalJsonOnly() {
        return ThuiswerkJson.write(cases[nextIndex()]);
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public Case readCaseJson() {
        return ThuiswerkJson.readCase(lines[nextIndex()]);
    }

    @Benchmark
    public String writeDecisionJson() {
        return ThuiswerkJson.write(decisions[nextIndex()]);
    }
}
