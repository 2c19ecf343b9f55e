package nl.thuiswerk.bench;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.Problem;
import nl.thuiswerk.cli.BatchPipeline;
import nl.thuiswerk.json.ThuiswerkJson;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The I/O limit of {@code batch}, run in a JVM of its own: the command line's own pipeline
 * ({@link BatchPipeline}, the code {@code batch} runs) over the same file, with the decision replaced by a
 * precomputed one of the same case. Each line is still read, parsed, validated and its decision written; only the
 * rules, the alternatives and the assembly are left out. So {@code batch} lines/s over these lines/s says how close
 * the command comes to what reading and writing alone allow.
 *
 * <pre>java -cp thuiswerk-bench.jar nl.thuiswerk.bench.IoLimit IN.jsonl OUT.jsonl THREADS LANG</pre>
 *
 * <p>Prints one line, {@code precomputeNanos pipelineNanos lines}: the bench subtracts the precomputing from the
 * process's wall time, so both processes are timed alike (JVM start and loading the rules included).
 */
public final class IoLimit {

    private IoLimit() {
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        Locale locale = Locale.forLanguageTag(args[3]);
        HomeWorkingAdvisor advisor = HomeWorkingAdvisor.create();

        long t0 = System.nanoTime();
        Map<String, Decision> precomputed = precompute(in, advisor, locale);
        long precomputeNanos = System.nanoTime() - t0;

        Function<Case, Decision> lookUp = c -> {
            List<Problem> problems = advisor.validate(c, locale);
            Decision d = problems.isEmpty() ? precomputed.get(c.caseId()) : null;
            // an invalid or unknown case gets the library's own answer, so every line is still answered
            return d != null ? d : advisor.decide(c, locale);
        };
        long t1 = System.nanoTime();
        boolean all;
        try (InputStream input = new BufferedInputStream(Files.newInputStream(in), 64 * 1024);
             OutputStream output = Files.newOutputStream(out)) {
            all = BatchPipeline.run(input, output, lookUp, locale, threads);
        }
        long pipelineNanos = System.nanoTime() - t1;
        System.out.println(precomputeNanos + " " + pipelineNanos + " " + all);
    }

    /** Every distinct case of the file decided once, by its id; a file where one id stands for two cases is refused. */
    private static Map<String, Decision> precompute(Path in, HomeWorkingAdvisor advisor, Locale locale) throws IOException {
        Map<String, Decision> decisions = new HashMap<>();
        Map<String, String> lineOf = new HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                if (seen.contains(line)) {
                    // the file repeats its cases: a line seen before is the same case
                    continue;
                }
                seen.add(line);
                Case c = ThuiswerkJson.readCase(line);
                String known = lineOf.putIfAbsent(c.caseId(), line);
                if (known == null) {
                    decisions.put(c.caseId(), advisor.decide(c, locale));
                } else if (!known.equals(line)) {
                    throw new IllegalStateException("two cases with the id " + c.caseId());
                }
            }
        }
        return decisions;
    }
}
