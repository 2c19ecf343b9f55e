package nl.thuiswerk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code java -Xmx64m -jar thuiswerk.jar batch -} fed a given number of lines through a pipe (no file of that size
 * on disk), its answers thrown away, its resident memory sampled as the lines go through. Flat means the resident
 * memory at the end is about what it was a tenth of the way in, and the 64 MB heap never ran out.
 */
final class FlatMemory {

    private static final double[] MARKS = {0.10, 0.25, 0.50, 0.75, 1.00};

    record Result(boolean ok, List<Double> rssMB, double linesPerSecond, String summary) {
    }

    private FlatMemory() {
    }

    static Result run(String java, Path cliJar, String[] lines, long count) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(java, "-Xmx64m", "-jar", cliJar.toString(), "batch", "-", "--lang", "en"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        AtomicLong written = new AtomicLong();
        long start = System.nanoTime();
        Thread feeder = new Thread(() -> {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8),
                    64 * 1024)) {
                for (long i = 0; i < count; i++) {
                    w.write(lines[(int) (i % lines.length)]);
                    w.write('\n');
                    if ((i & 1023) == 1023) {
                        written.set(i + 1);
                    }
                }
                written.set(count);
            } catch (IOException e) {
                // the child died; its exit code tells
            }
        }, "feeder");
        feeder.start();
        List<Double> rss = new ArrayList<>();
        int mark = 0;
        double last = 0;
        while (p.isAlive()) {
            double now = rssMB(p.pid());
            last = now > 0 ? now : last;
            while (mark < MARKS.length - 1 && written.get() >= MARKS[mark] * count) {
                rss.add(round(last));
                mark++;
            }
            p.waitFor(100, TimeUnit.MILLISECONDS);
        }
        feeder.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        while (rss.size() < MARKS.length) {
            rss.add(round(last));
        }
        int rc = p.exitValue();
        boolean ok = rc == 0 && written.get() == count;
        String summary = ok ? rss.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).reduce((a, b) -> a + "/" + b)
                .orElse("") : "exit " + rc + " after " + written.get() + " lines";
        return new Result(ok, rss, written.get() / seconds, summary);
    }

    /** Resident set of a process in MB, from /proc; 0 where there is none. */
    private static double rssMB(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux
        }
        return 0;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
