package nl.thuiswerk.bench;

import nl.thuiswerk.Assessment;
import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.WorkplaceRequest;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.CaseGenerator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The runnable benchmark: decides a fixed, seeded population through the library and through the full oracle in
 * one process and prints a table; its last line is one JSON object with the headline figures.
 *
 * <pre>
 * java -jar bench/target/thuiswerk-bench.jar [--quick] [--cases N] [--cli PATH] [--flat-lines N]
 * java -jar bench/target/thuiswerk-bench.jar jmh [JMH options]     (the JMH benchmarks, e.g. "jmh -f 2 Single")
 * </pre>
 */
public final class BenchMain {

    private static final Locale EN = Locale.ENGLISH;

    /** How long and how much; {@code --quick} stays under a minute on two cores. */
    private record Plan(boolean quick, int cases, long warmupMillis, int latencySamples, int latencyRounds,
                        long batchMillis, int freshCases, int e2eLines, int coldStarts, long flatLines) {
        static Plan of(boolean quick) {
            return quick
                    ? new Plan(true, 8192, 4_000, 200_000, 2, 3_000, 30_000, 500_000, 5, 50_000)
                    : new Plan(false, 8192, 20_000, 3_000_000, 5, 15_000, 400_000, 2_000_000, 15, 10_000_000);
        }

        Plan withCases(int n) {
            return new Plan(quick, n, warmupMillis, latencySamples, latencyRounds, batchMillis, freshCases, e2eLines,
                    coldStarts, flatLines);
        }

        Plan withFlatLines(long n) {
            return new Plan(quick, cases, warmupMillis, latencySamples, latencyRounds, batchMillis, freshCases,
                    e2eLines, coldStarts, n);
        }
    }

    private final Plan plan;
    private final Path cliJar;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    /** The six ratios, put last in the JSON line (in its order), each measured in this run. */
    private final Map<String, Object> targets = new LinkedHashMap<>();

    private BenchMain(Plan plan, Path cliJar) {
        this.plan = plan;
        this.cliJar = cliJar;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("jmh")) {
            org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("requests")) {
            // the requestsRatio row alone, as --quick measures it: for before/after comparisons of the requests
            new BenchMain(Plan.of(true), null).runRequests();
            return;
        }
        boolean quick = false;
        Integer cases = null;
        Long flatLines = null;
        String cli = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--cases" -> cases = Integer.parseInt(args[++i]);
                case "--cli" -> cli = args[++i];
                case "--flat-lines" -> flatLines = Long.parseLong(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("usage: thuiswerk-bench [--quick] [--cases N] [--cli PATH] [--flat-lines N]"
                            + "\n       thuiswerk-bench requests          (the Wfw requests row and requestsRatio only)"
                            + "\n       thuiswerk-bench jmh [JMH options]");
                    return;
                }
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        Plan plan = Plan.of(quick);
        if (cases != null) {
            plan = plan.withCases(cases);
        }
        if (flatLines != null) {
            plan = plan.withFlatLines(flatLines);
        }
        new BenchMain(plan, findCliJar(cli)).run();
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        header();
        Case[] cases = Population.inForce(plan.cases());

        long t0 = System.nanoTime();
        HomeWorkingAdvisor advisor = HomeWorkingAdvisor.builder().loadAllVersionsAtStart().build();
        long advisorMillis = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        FullOracle oracle = new FullOracle(advisor);
        long oracleMillis = (System.nanoTime() - t0) / 1_000_000;
        row("start in this JVM (every version)", advisorMillis + " ms", oracleMillis + " ms", "", "");

        int checked = agreement(cases, advisor, oracle);
        row("same decision bytes (JSON)", checked + "/" + checked + " cases", "", "", "");

        BiFunction<Case, Locale, Decision> library = advisor::decide;
        BiFunction<Case, Locale, Decision> plain = oracle::decide;

        // warm both up, alternating, so neither gets the JIT's attention first
        for (int round = 0; round < 4; round++) {
            spin(library, cases, plan.warmupMillis() / 8);
            spin(plain, cases, plan.warmupMillis() / 8);
        }

        // single thread: per-decision nanoTime, rounds alternating between the two
        long[] libNanos = new long[plan.latencySamples()];
        long[] oraNanos = new long[plan.latencySamples()];
        long libWall = 0;
        long oraWall = 0;
        int per = plan.latencySamples() / plan.latencyRounds();
        for (int r = 0; r < plan.latencyRounds(); r++) {
            int from = r * per;
            int to = r == plan.latencyRounds() - 1 ? plan.latencySamples() : from + per;
            libWall += timed(library, cases, libNanos, from, to);
            oraWall += timed(plain, cases, oraNanos, from, to);
        }
        Arrays.sort(libNanos);
        Arrays.sort(oraNanos);
        double libSingle = plan.latencySamples() / (libWall / 1e9);
        double oraSingle = plan.latencySamples() / (oraWall / 1e9);
        row("single thread, decisions/s", fmt(libSingle), fmt(oraSingle), ratio(oraSingle / libSingle), "");
        row("single p50 latency", micros(pct(libNanos, 0.50)), micros(pct(oraNanos, 0.50)),
                ratio((double) pct(libNanos, 0.50) / pct(oraNanos, 0.50)), "target ≤ 5 µs");
        row("single p90 latency", micros(pct(libNanos, 0.90)), micros(pct(oraNanos, 0.90)),
                ratio((double) pct(libNanos, 0.90) / pct(oraNanos, 0.90)), "");
        row("single p99 latency", micros(pct(libNanos, 0.99)), micros(pct(oraNanos, 0.99)),
                ratio((double) pct(libNanos, 0.99) / pct(oraNanos, 0.99)), "target ≤ 25 µs");
        row("single p99.9 latency", micros(pct(libNanos, 0.999)), micros(pct(oraNanos, 0.999)),
                ratio((double) pct(libNanos, 0.999) / pct(oraNanos, 0.999)), "");
        row("single max latency", micros(libNanos[libNanos.length - 1]), micros(oraNanos[oraNanos.length - 1]), "", "");

        // batch on every core
        int threads = Runtime.getRuntime().availableProcessors();
        double libBatch = batch(library, cases, threads);
        double oraBatch = batch(plain, cases, threads);
        row("batch " + threads + " threads, decisions/s", fmt(libBatch), fmt(oraBatch), ratio(oraBatch / libBatch),
                "target ratio ≤ 1.25");
        row("batch scaling, every core / one", ratio(libBatch / libSingle), ratio(oraBatch / oraSingle), "",
                String.format(Locale.ROOT, "target ≥ %.1fx (0.9 × %d cores)", 0.9 * threads, threads));

        // a stream of new cases, each decided once: the library's per-version caches of phase and condition look-ups
        // (keyed by exact shares) mostly miss, as they would in production; the population above hits them
        double[] fresh = fresh(library, plain);
        row("single thread, fresh cases once, /s", fmt(fresh[0]), fmt(fresh[1]), ratio(fresh[1] / fresh[0]),
                String.format(Locale.ROOT, "%,d new cases (seed %d), not the population", plan.freshCases(),
                        Population.SEED + 7));
        figures.put("freshSinglePerSecond", Math.round(fresh[0]));
        figures.put("oracleFreshSinglePerSecond", Math.round(fresh[1]));

        // JSON line in, JSON line out, in-process, single thread (what batch does per line)
        String[] lines = Population.jsonLines(cases);
        double libJson = jsonLines(advisor::decide, lines);
        double oraJson = jsonLines(oracle::decide, lines);
        row("JSON line→line in-process, 1 thread, /s", fmt(libJson), fmt(oraJson), ratio(oraJson / libJson), "");

        figures.put("singleP50Micros", round(pct(libNanos, 0.50) / 1000.0, 3));
        figures.put("singleP99Micros", round(pct(libNanos, 0.99) / 1000.0, 3));
        figures.put("batchPerSecond", Math.round(libBatch));
        figures.put("oraclePerSecond", Math.round(oraBatch));
        figures.put("singlePerSecond", Math.round(libSingle));
        figures.put("oracleSinglePerSecond", Math.round(oraSingle));
        figures.put("oracleP50Micros", round(pct(oraNanos, 0.50) / 1000.0, 3));
        figures.put("oracleP99Micros", round(pct(oraNanos, 0.99) / 1000.0, 3));
        figures.put("jsonLinePerSecondInProcess", Math.round(libJson));
        targets.put("ratioSingle", round(oraSingle / libSingle, 2));
        targets.put("ratioBatch", round(oraBatch / libBatch, 2));
        targets.put("batchScaling", round(libBatch / libSingle, 2));
        requests(advisor, threads);

        // the processes: cold start, end-to-end batch, heap, flat memory
        Path work = Files.createTempDirectory("thuiswerk-bench");
        try {
            external(lines, work);
        } finally {
            deleteAll(work);
        }
        figures.putAll(targets);
        figures.put("loadAverageAtEnd", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2));
        figures.put("runSeconds", round((System.nanoTime() - started) / 1e9, 1));
        line(String.format(Locale.ROOT, "%nwhole run: %.1f s, load average at the end %.2f",
                (System.nanoTime() - started) / 1e9, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.println(json(figures));
    }

    private void runRequests() throws InterruptedException {
        long started = System.nanoTime();
        header();
        long t0 = System.nanoTime();
        HomeWorkingAdvisor advisor = HomeWorkingAdvisor.builder().loadAllVersionsAtStart().build();
        row("start in this JVM (every version)", (System.nanoTime() - t0) / 1_000_000 + " ms", "", "", "");
        requests(advisor, Runtime.getRuntime().availableProcessors());
        figures.putAll(targets);
        figures.put("loadAverageAtEnd", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2));
        figures.put("runSeconds", round((System.nanoTime() - started) / 1e9, 1));
        System.out.println(json(figures));
    }

    // --- header ---------------------------------------------------------------------------------------------

    private void header() {
        String commit = gitCommit();
        String cpu = cpuModel();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        line("thuiswerk bench " + (plan.quick() ? "--quick" : "(full)") + "  commit " + commit + "  "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        line("machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", java "
                + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + "), max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, load average at start "
                + String.format(Locale.ROOT, "%.2f", load));
        line("command line: " + (cliJar == null ? "not found" : cliJar + " (built "
                + lastModified(cliJar) + ")"));
        line("population: " + plan.cases() + " cases in force from CaseGenerator(seed " + Population.SEED
                + "), texts in English");
        line("");
        line(String.format("%-42s %16s %16s %9s  %s", "", "library", "full oracle", "ratio", "note"));
        figures.put("commit", commit);
        figures.put("quick", plan.quick());
        figures.put("cores", Runtime.getRuntime().availableProcessors());
        figures.put("loadAverageAtStart", round(load, 2));
    }

    // --- in-process measurements ----------------------------------------------------------------------------

    /** Both decide every case alike, to the byte; the benchmark refuses to compare unequal work. */
    private static int agreement(Case[] cases, HomeWorkingAdvisor advisor, FullOracle oracle) {
        for (Case c : cases) {
            for (Locale locale : List.of(EN, Locale.forLanguageTag("nl"))) {
                String a = ThuiswerkJson.write(advisor.decide(c, locale));
                String b = ThuiswerkJson.write(oracle.decide(c, locale));
                if (!a.equals(b)) {
                    throw new IllegalStateException("the full oracle's decision differs from the library's for "
                            + c.caseId() + ":\n library: " + a + "\n oracle:  " + b);
                }
            }
        }
        return cases.length;
    }

    private static volatile Object sink;

    private static void spin(BiFunction<Case, Locale, Decision> decide, Case[] cases, long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        int i = 0;
        while (System.nanoTime() < end) {
            for (int k = 0; k < 256; k++) {
                sink = decide.apply(cases[i], EN);
                i = (i + 1) % cases.length;
            }
        }
    }

    private static long timed(BiFunction<Case, Locale, Decision> decide, Case[] cases, long[] nanos, int from, int to) {
        int i = from % cases.length;
        long wall = System.nanoTime();
        for (int k = from; k < to; k++) {
            long t = System.nanoTime();
            sink = decide.apply(cases[i], EN);
            nanos[k] = System.nanoTime() - t;
            i = (i + 1) % cases.length;
        }
        return System.nanoTime() - wall;
    }

    private double batch(BiFunction<Case, Locale, Decision> decide, Case[] cases, int threads) throws InterruptedException {
        return throughput(c -> decide.apply(c, EN), cases, threads);
    }

    /**
     * Answers per second on {@code threads} threads sharing one decider, after a second of warm-up; any input (cases,
     * and requests once they exist).
     */
    private <T> double throughput(Function<T, ?> decide, T[] cases, int threads) throws InterruptedException {
        LongAdder count = new LongAdder();
        AtomicBoolean counting = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        CountDownLatch done = new CountDownLatch(threads);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * (cases.length / threads);
            Thread w = new Thread(() -> {
                int i = offset;
                long mine = 0;
                boolean was = false;
                while (!stop.get()) {
                    for (int k = 0; k < 64; k++) {
                        sink = decide.apply(cases[i]);
                        i = (i + 1) % cases.length;
                    }
                    boolean now = counting.get();
                    if (now && !was) {
                        mine = 0;
                    }
                    was = now;
                    mine += 64;
                }
                count.add(mine);
                done.countDown();
            }, "bench-" + t);
            w.start();
            workers.add(w);
        }
        Thread.sleep(1_000);
        counting.set(true);
        long start = System.nanoTime();
        Thread.sleep(plan.batchMillis());
        stop.set(true);
        long elapsed = System.nanoTime() - start;
        done.await();
        return count.sum() / (elapsed / 1e9);
    }

    /**
     * {@code requestsRatio}: the full request oracle's throughput over the library's for Wfw requests, on every core,
     * as {@code ratioBatch} for cases. The population is {@link Population#requests} (valid requests a version
     * covers: assessments, not refusals); both sides must give the same assessment bytes for every request in both
     * languages before anything is timed.
     */
    private void requests(HomeWorkingAdvisor advisor, int threads) throws InterruptedException {
        WorkplaceRequest[] requests = Population.requests(plan.cases(), advisor);
        FullRequestOracle oracle = new FullRequestOracle(advisor);
        requestAgreement(requests, advisor, oracle);
        row("same assessment bytes (JSON)", requests.length + "/" + requests.length + " requests", "", "",
                "RequestGenerator(seed " + Population.REQUEST_SEED + ")");
        Function<WorkplaceRequest, Assessment> library = r -> advisor.assess(r, EN);
        Function<WorkplaceRequest, Assessment> plain = r -> oracle.assess(r, EN);
        double lib = throughput(library, requests, threads);
        double ora = throughput(plain, requests, threads);
        row("Wfw requests, " + threads + " threads, /s", fmt(lib), fmt(ora), ratio(ora / lib), "target ratio ≤ 1.25");
        figures.put("requestsPerSecond", Math.round(lib));
        figures.put("oracleRequestsPerSecond", Math.round(ora));
        targets.put("requestsRatio", round(ora / lib, 2));

        // new requests, each assessed once: the library's memory of signatures misses, as for a request never seen
        double[] fresh = freshRequests(advisor, oracle, 5_000);
        row("Wfw requests, fresh ones once, 1 thread, /s", fmt(fresh[0]), fmt(fresh[1]), ratio(fresh[1] / fresh[0]),
                String.format(Locale.ROOT, "%,d new requests (seed %d), not the population", 5_000,
                        Population.REQUEST_SEED + 7));
        figures.put("freshRequestsPerSecond", Math.round(fresh[0]));
        figures.put("oracleFreshRequestsPerSecond", Math.round(fresh[1]));
    }

    private static double[] freshRequests(HomeWorkingAdvisor advisor, FullRequestOracle oracle, int n) {
        WorkplaceRequest[] fresh = new WorkplaceRequest[n];
        nl.thuiswerk.oracle.RequestGenerator generator = new nl.thuiswerk.oracle.RequestGenerator(
                Population.REQUEST_SEED + 7);
        for (int i = 0; i < n; ) {
            WorkplaceRequest r = generator.next();
            if (advisor.validate(r).isEmpty()) {
                fresh[i++] = r;
            }
        }
        long t = System.nanoTime();
        for (WorkplaceRequest r : fresh) {
            sink = advisor.assess(r, EN);
        }
        long lib = System.nanoTime() - t;
        t = System.nanoTime();
        for (WorkplaceRequest r : fresh) {
            sink = oracle.assess(r, EN);
        }
        long ora = System.nanoTime() - t;
        return new double[] {n / (lib / 1e9), n / (ora / 1e9)};
    }

    /** Both assess every request alike, to the byte; the benchmark refuses to compare unequal work. */
    private static void requestAgreement(WorkplaceRequest[] requests, HomeWorkingAdvisor advisor,
                                         FullRequestOracle oracle) {
        for (WorkplaceRequest r : requests) {
            for (Locale locale : List.of(EN, Locale.forLanguageTag("nl"))) {
                String a = ThuiswerkJson.write(advisor.assess(r, locale));
                String b = ThuiswerkJson.write(oracle.assess(r, locale));
                if (!a.equals(b)) {
                    throw new IllegalStateException("the full request oracle's assessment differs from the library's "
                            + "for " + r.requestId() + ":\n library: " + a + "\n oracle:  " + b);
                }
            }
        }
    }

    /** Decisions per second, one thread, over cases never seen before; generated in chunks outside the timing. */
    private double[] fresh(BiFunction<Case, Locale, Decision> library, BiFunction<Case, Locale, Decision> plain) {
        CaseGenerator generator = new CaseGenerator(Population.SEED + 7);
        long libNanos = 0;
        long oraNanos = 0;
        int done = 0;
        Case[] chunk = new Case[4096];
        while (done < plan.freshCases()) {
            int n = 0;
            while (n < chunk.length) {
                Case c = generator.next();
                if (Population.isInForce(c)) {
                    chunk[n++] = c;
                }
            }
            long t = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink = library.apply(chunk[i], EN);
            }
            libNanos += System.nanoTime() - t;
            t = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink = plain.apply(chunk[i], EN);
            }
            oraNanos += System.nanoTime() - t;
            done += n;
        }
        return new double[] {done / (libNanos / 1e9), done / (oraNanos / 1e9)};
    }

    private double jsonLines(BiFunction<Case, Locale, Decision> decide, String[] lines) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8),
                64 * 1024);
        int n = plan.quick() ? 100_000 : 1_000_000;
        for (int k = 0; k < n / 4; k++) {
            out.write(ThuiswerkJson.write(decide.apply(ThuiswerkJson.readCase(lines[k % lines.length]), EN)));
        }
        long start = System.nanoTime();
        for (int k = 0; k < n; k++) {
            out.write(ThuiswerkJson.write(decide.apply(ThuiswerkJson.readCase(lines[k % lines.length]), EN)));
            out.write('\n');
        }
        out.flush();
        return n / ((System.nanoTime() - start) / 1e9);
    }

    // --- other processes ------------------------------------------------------------------------------------

    private void external(String[] lines, Path work) throws Exception {
        Path caseFile = work.resolve("case.json");
        Files.writeString(caseFile, lines[0]);
        // heap after loading every version, in a JVM of its own limited to 64 MB
        HeapProbe.Result heap = HeapProbe.inChild(javaBinary(), selfClassPath());
        row("heap after loading every version", heap.ok() ? fmt1(heap.usedMB()) + " MB" : "failed", "", "",
                heap.ok() ? String.format(Locale.ROOT, "child JVM with -Xmx64m ran; bare JVM %.1f MB; target ≤ 64 MB",
                        heap.baselineMB()) : heap.detail());
        figures.put("heapMB", heap.ok() ? round(heap.usedMB(), 1) : null);
        figures.put("heapCommittedMB", heap.ok() ? round(heap.committedMB(), 1) : null);

        if (cliJar == null) {
            row("command line", "not found", "", "", "build cli, or pass --cli PATH");
            figures.put("coldStartMillis", null);
            figures.put("e2eBatchPerSecond", null);
            targets.put("coldStartRatio", null);
            targets.put("e2eVsIoLimit", null);
            return;
        }
        // cold start: decide one case, whole process, against `java -version`, alternating, medians
        Path launcher = launcher();
        List<String> jarDecide = List.of(javaBinary(), "-jar", cliJar.toString(), "decide", caseFile.toString());
        List<String> decide = launcher == null ? jarDecide : List.of(launcher.toString(), "decide", caseFile.toString());
        long[] bare = new long[plan.coldStarts()];
        long[] cold = new long[plan.coldStarts()];
        long[] coldJar = new long[launcher == null ? 0 : plan.coldStarts()];
        for (int i = 0; i < cold.length; i++) {
            bare[i] = timedProcess(List.of(javaBinary(), "-version"));
            cold[i] = timedProcess(decide);
            if (launcher != null) {
                coldJar[i] = timedProcess(jarDecide);
            }
        }
        long bareMedian = median(bare);
        long coldMedian = median(cold);
        row("`java -version`, whole process", bareMedian / 1_000_000 + " ms", "", "",
                "median of " + bare.length + ", the baseline");
        if (launcher != null) {
            row("cold start `java -jar thuiswerk.jar decide`", median(coldJar) / 1_000_000 + " ms", "",
                    ratio((double) median(coldJar) / bareMedian), "median of " + coldJar.length + "; no archive");
            figures.put("coldStartJarMillis", median(coldJar) / 1_000_000);
        }
        String coldCommand = launcher == null ? "java -jar thuiswerk.jar decide" : "thuiswerk decide (launcher, AppCDS)";
        row("cold start `" + coldCommand + "`", coldMedian / 1_000_000 + " ms", "",
                ratio((double) coldMedian / bareMedian), "median of " + cold.length + "; target ≤ 6x java -version");
        figures.put("coldStartMillis", coldMedian / 1_000_000);
        figures.put("javaVersionMillis", bareMedian / 1_000_000);
        figures.put("coldStartCommand", coldCommand);
        targets.put("coldStartRatio", round((double) coldMedian / bareMedian, 2));

        // end to end: batch IN.jsonl -o OUT.jsonl, against the same pipeline with precomputed decisions
        Path in = work.resolve("in.jsonl");
        Path out = work.resolve("out.jsonl");
        Path ioOut = work.resolve("io.jsonl");
        try (Writer w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            for (int i = 0; i < plan.e2eLines(); i++) {
                w.write(lines[i % lines.length]);
                w.write('\n');
            }
        }
        List<String> batch = new ArrayList<>(launcher == null ? List.of(javaBinary(), "-jar", cliJar.toString())
                : List.of(launcher.toString()));
        batch.addAll(List.of("batch", in.toString(), "-o", out.toString(), "--lang", "en"));
        long wall = timedProcess(batch);
        long outLines;
        try (var s = Files.lines(out)) {
            outLines = s.count();
        }
        if (outLines != plan.e2eLines()) {
            throw new IllegalStateException("batch wrote " + outLines + " lines for " + plan.e2eLines());
        }
        double e2e = plan.e2eLines() / (wall / 1e9);
        double e2eSteady = plan.e2eLines() / (Math.max(1, wall - coldMedian) / 1e9);
        row("end to end `batch` JSONL→JSONL, lines/s", fmt(e2e), "", "", String.format(Locale.ROOT,
                "%,d lines in %.2f s incl. JVM start; %s/s less one cold start", plan.e2eLines(), wall / 1e9,
                fmt(e2eSteady)));
        figures.put("e2eBatchPerSecond", Math.round(e2e));
        figures.put("e2eBatchPerSecondLessStart", Math.round(e2eSteady));
        figures.put("e2eLines", plan.e2eLines());

        // the same file as one short line a case (batch --format summary), where the command line has the format
        Path summaryOut = work.resolve("summary.jsonl");
        List<String> summary = new ArrayList<>(launcher == null ? List.of(javaBinary(), "-jar", cliJar.toString())
                : List.of(launcher.toString()));
        summary.addAll(List.of("batch", in.toString(), "-o", summaryOut.toString(), "--lang", "en", "--format",
                "summary"));
        long ts = System.nanoTime();
        int src = run(summary, ProcessBuilder.Redirect.DISCARD, null);
        long summaryWall = System.nanoTime() - ts;
        if (src == 0 || src == 1) {
            double rate = plan.e2eLines() / (summaryWall / 1e9);
            row("end to end `batch --format summary`, lines/s", fmt(rate), "", "", String.format(Locale.ROOT,
                    "%,d lines in %.2f s incl. JVM start; one short line a case", plan.e2eLines(), summaryWall / 1e9));
            figures.put("e2eSummaryPerSecond", Math.round(rate));
        } else {
            row("end to end `batch --format summary`", "n/a", "", "", "this command line has no --format");
            figures.put("e2eSummaryPerSecond", null);
        }
        Files.deleteIfExists(summaryOut);

        IoRun io = ioLimit(in, ioOut);
        if (Files.mismatch(out, ioOut) != -1) {
            throw new IllegalStateException("the I/O limit's pipeline wrote other answers than batch");
        }
        double ioRate = plan.e2eLines() / (io.wallLessPrecompute() / 1e9);
        row("the same, decisions precomputed, lines/s", fmt(ioRate), "", ratio(e2e / ioRate), String.format(
                Locale.ROOT, "the I/O limit: %.2f s less %.2f s precomputing, same bytes; target batch ≥ 0.5x",
                io.wall() / 1e9, io.precompute() / 1e9));
        figures.put("ioLimitPerSecond", Math.round(ioRate));
        targets.put("e2eVsIoLimit", round(e2e / ioRate, 2));
        Files.deleteIfExists(out);
        Files.deleteIfExists(ioOut);
        Files.deleteIfExists(in);

        // flat memory: batch from a pipe under -Xmx64m, resident memory sampled as the lines go through
        FlatMemory.Result flat = FlatMemory.run(javaBinary(), cliJar, lines, plan.flatLines());
        row("batch memory over " + String.format(Locale.ROOT, "%,d", plan.flatLines()) + " lines (-Xmx64m)",
                flat.ok() ? flat.summary() : "failed: " + flat.summary(), "", "",
                String.format(Locale.ROOT, "RSS MB at 10/25/50/75/100%%; %s lines/s", fmt(flat.linesPerSecond())));
        figures.put("flatLines", plan.flatLines());
        figures.put("flatRssMB", flat.rssMB());
        figures.put("flatOk", flat.ok());
    }

    /** The whole process's wall time; it must succeed. */
    private static long timedProcess(List<String> command) throws IOException, InterruptedException {
        // stderr too: `java -version` writes there
        long t = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        long wall = System.nanoTime() - t;
        if (p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + p.exitValue());
        }
        return wall;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The I/O limit's process: its wall time and the part of it spent precomputing the decisions. */
    private record IoRun(long wall, long precompute) {
        long wallLessPrecompute() {
            return wall - precompute;
        }
    }

    private IoRun ioLimit(Path in, Path out) throws IOException, InterruptedException {
        Path report = in.resolveSibling("io-report.txt");
        List<String> command = List.of(javaBinary(), "-cp", selfClassPath(), IoLimit.class.getName(), in.toString(),
                out.toString(), String.valueOf(Runtime.getRuntime().availableProcessors()), "en");
        long t = System.nanoTime();
        int rc = run(command, ProcessBuilder.Redirect.to(report.toFile()), null);
        long wall = System.nanoTime() - t;
        String[] said = Files.readString(report).trim().split(" ");
        if (rc != 0 || said.length != 3) {
            throw new IllegalStateException("the I/O limit's process failed: " + String.join(" ", said));
        }
        return new IoRun(wall, Long.parseLong(said[0]));
    }

    /** The command line's launcher made by the build beside the jar (it uses the class-data archive), if any. */
    private Path launcher() {
        Path script = cliJar.resolveSibling("thuiswerk");
        return Files.isExecutable(script) ? script : null;
    }

    static int run(List<String> command, ProcessBuilder.Redirect stdout, Path stdin) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(stdout).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        Process p = pb.start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return p.exitValue();
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String selfClassPath() {
        return System.getProperty("java.class.path");
    }

    private static Path findCliJar(String given) {
        if (given != null) {
            Path p = Path.of(given);
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("no command-line jar at " + given);
            }
            return p;
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("cli", "target", "thuiswerk.jar"));
        candidates.add(Path.of("..", "cli", "target", "thuiswerk.jar"));
        try {
            Path self = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // bench/target/thuiswerk-bench.jar or bench/target/classes
            candidates.add(self.toAbsolutePath().getParent().getParent().getParent().resolve("cli/target/thuiswerk.jar"));
        } catch (URISyntaxException | RuntimeException e) {
            // the candidates in the working directory remain
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst().map(Path::toAbsolutePath).orElse(null);
    }

    private static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String hash = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0 || hash.isEmpty() || hash.contains(" ")) {
                return "unknown";
            }
            Process s = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no")
                    .redirectErrorStream(true).start();
            String status = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            s.waitFor();
            return status.isEmpty() ? hash : hash + "+changes";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) {
                    return l.substring(l.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    private static String lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // --- formatting -----------------------------------------------------------------------------------------

    private void row(String what, String library, String oracle, String ratio, String note) {
        line(String.format("%-42s %16s %16s %9s  %s", what, library, oracle, ratio, note));
    }

    private void line(String text) {
        System.out.println(text);
        System.out.flush();
    }

    static long pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private static String micros(long nanos) {
        return String.format(Locale.ROOT, "%.2f µs", nanos / 1000.0);
    }

    static String fmt(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    private static String fmt1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.1fx", r);
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    static String json(Map<String, Object> map) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, Object> e : map.entrySet()) {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append('"').append(e.getKey()).append("\": ");
            Object v = e.getValue();
            if (v == null || v instanceof Number || v instanceof Boolean) {
                out.append(v);
            } else if (v instanceof List<?> list) {
                out.append(list);
            } else {
                out.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return out.append('}').toString();
    }
}
