package nl.thuiswerk.bench.jmh;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.bench.FullOracle;
import nl.thuiswerk.bench.Population;
import nl.thuiswerk.internal.BenchBridge;
import nl.thuiswerk.internal.facts.Verdict;
import nl.thuiswerk.internal.facts.TasksNeeding;
import nl.thuiswerk.internal.facts.WorkTask;
import nl.thuiswerk.internal.facts.Circumstances;
import nl.thuiswerk.HomeWorkplace;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Cold start in a fresh JVM per measurement (one shot per fork): the first decision of a new advisor, every version
 * loaded, and one version's KieBase from the executable model directly (what the library does, ADR 1) against the
 * same KieBase through the KIE class-path container (what it did before).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
@State(Scope.Benchmark)
public class ColdStartBenchmark {

    private static final Case CASE = Population.inForce(1)[0];

    /** What {@code java -jar thuiswerk.jar decide} does after the JVM is up: build the advisor, decide one case. */
    @Benchmark
    public Decision advisorAndFirstDecision() {
        return HomeWorkingAdvisor.create().decide(CASE, Locale.ENGLISH);
    }

    /** Every version's rules loaded at start. */
    @Benchmark
    public HomeWorkingAdvisor advisorWithEveryVersion() {
        return HomeWorkingAdvisor.builder().loadAllVersionsAtStart().build();
    }

    /** The full oracle's start: metadata, texts, DRL read for the rule names; no Drools. */
    @Benchmark
    public Decision fullOracleAndFirstDecision() {
        return new FullOracle().decide(CASE, Locale.ENGLISH);
    }

    /** One version's KieBase built from its executable-model classes (KieBaseBuilder), one rule run. */
    @Benchmark
    public Verdict kieBaseBuilderOneVersion() {
        BenchBridge bridge = BenchBridge.load(ColdStartBenchmark.class.getClassLoader());
        return fire(bridge.versions().get(0).kieBase());
    }

    /** The same KieBase through KieServices' class-path container: kmodule.xml scanned, kbase by name, one rule run. */
    @Benchmark
    public Verdict kieClasspathContainerOneVersion() {
        KieBase kieBase;
        try {
            kieBase = KieServices.Factory.get().getKieClasspathContainer().getKieBase("v2021_02_18");
        } catch (RuntimeException e) {
            throw new IllegalStateException("KIE's class-path container finds no executable model in a shaded jar: run "
                    + "this benchmark on the module's class path, bench/jmh.sh ColdStart", e);
        }
        return fire(kieBase);
    }

    private static Verdict fire(KieBase kieBase) {
        Verdict verdict = new Verdict();
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("verdict", verdict);
            WorkTask teaching = WorkTask.of(0, "teaching", 24, Set.of(nl.thuiswerk.Need.PHYSICAL_PRESENCE));
            session.insert(new TasksNeeding(nl.thuiswerk.Need.PHYSICAL_PRESENCE, List.of(teaching), teaching.hours()));
            session.insert(new Circumstances(BigDecimal.valueOf(36.0), teaching.hours(), BigDecimal.ZERO,
                    HomeWorkplace.ADEQUATE, true));
            session.fireAllRules(200);
        } finally {
            session.dispose();
        }
        if (verdict.inForce() == null) {
            throw new IllegalStateException("no share in force");
        }
        return verdict;
    }

}
