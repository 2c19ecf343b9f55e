package nl.thuiswerk.bench;

import nl.thuiswerk.Case;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.RuleSetInfo;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Run in a JVM of its own with {@code -Xmx64m}: loads every rule-set version, decides a case under each, and prints
 * the heap in use after a full collection. That it runs at all shows every version fits in 64 MB of heap.
 */
public final class HeapProbe {

    /** Kept reachable while the heap is measured. */
    static volatile Object keep;

    record Result(boolean ok, double usedMB, double committedMB, double baselineMB, String detail) {
    }

    private HeapProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        double baseline = usedAfterGc();
        HomeWorkingAdvisor advisor = HomeWorkingAdvisor.builder().loadAllVersionsAtStart().build();
        Case[] cases = Population.inForce(2000);
        for (RuleSetInfo v : advisor.ruleSets()) {
            for (Case c : cases) {
                if (v.covers(c.referenceDate())) {
                    advisor.decide(c, Locale.ENGLISH);
                    advisor.decide(c, Locale.forLanguageTag("nl"));
                    break;
                }
            }
        }
        keep = advisor;
        double used = usedAfterGc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.out.printf(Locale.ROOT, "HEAP used=%.2f committed=%.2f baseline=%.2f versions=%d%n", used,
                memory.getHeapMemoryUsage().getCommitted() / 1048576.0, baseline, advisor.ruleSets().size());
    }

    private static double usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    static Result inChild(String java, String classPath) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", classPath, HeapProbe.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        String line = out.lines().filter(l -> l.startsWith("HEAP ")).findFirst().orElse(null);
        if (rc != 0 || line == null) {
            return new Result(false, 0, 0, 0, "exit " + rc + ": " + out.lines().reduce((a, b) -> b).orElse(""));
        }
        double used = value(line, "used=");
        return new Result(true, used, value(line, "committed="), value(line, "baseline="), line);
    }

    private static double value(String line, String key) {
        int i = line.indexOf(key) + key.length();
        int end = line.indexOf(' ', i);
        return Double.parseDouble(line.substring(i, end < 0 ? line.length() : end));
    }
}
