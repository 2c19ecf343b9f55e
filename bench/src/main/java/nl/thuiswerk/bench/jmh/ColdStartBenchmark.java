package nl.thuiswerk.bench.jmh;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.bench.FullOracle;
import nl.thuiswerk.bench.Population;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Cold start in a fresh JVM per measurement (one shot per fork): the first decision of a new advisor, every version
 * loaded, and a KieBase of every rule package from the executable model directly (what the library does, ADR 1)
 * against the same KieBase through the KIE class-path container (what it did before). The KieBases are built with
 * Drools' own API from the rules artefact's published model index, not with the library's internals.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
@State(Scope.Benchmark)
public class ColdStartBenchmark {

    private static final Case CASE = Population.inForce(1)[0];
    private static final String MODEL_INDEX = "META-INF/kie/nl.thuiswerk/thuiswerk-rules/drools-model";

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

    /** A KieBase of every rule package built from its executable-model classes (KieBaseBuilder), a session opened. */
    @Benchmark
    public KieBase kieBaseBuilderEveryPackage() {
        List<Model> models = new ArrayList<>();
        for (String className : modelClasses()) {
            try {
                models.add((Model) Class.forName(className).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return opened(KieBaseBuilder.createKieBaseFromModel(models));
    }

    /** The same KieBase through KieServices' class-path container: kmodule.xml scanned, kbase by name. */
    @Benchmark
    public KieBase kieClasspathContainerEveryPackage() {
        KieBase kieBase;
        try {
            kieBase = KieServices.Factory.get().getKieClasspathContainer().getKieBase("rules");
        } catch (RuntimeException e) {
            throw new IllegalStateException("KIE's class-path container finds no executable model in a shaded jar: run "
                    + "this benchmark on the module's class path, bench/jmh.sh ColdStart", e);
        }
        return opened(kieBase);
    }

    private static KieBase opened(KieBase kieBase) {
        kieBase.newKieSession().dispose();
        return kieBase;
    }

    private static List<String> modelClasses() {
        try (InputStream in = ColdStartBenchmark.class.getClassLoader().getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("no " + MODEL_INDEX + ": is thuiswerk-rules on the class path?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
