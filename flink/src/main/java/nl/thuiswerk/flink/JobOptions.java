package nl.thuiswerk.flink;

import org.apache.flink.api.common.RuntimeExecutionMode;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of {@link DecideJob}. Parsed by hand: a handful of options does not justify a parser on every
 * task manager's class path.
 *
 * @param input       a file or a directory of JSON Lines files (any file system Flink reads)
 * @param output      where the decisions, or in impact mode the changes and counts, are written
 * @param errors      where the error lines are written
 * @param language    {@code nl} or {@code en}
 * @param mode        BATCH for input that ends, STREAMING to keep watching a directory for new files
 * @param parallelism the job's parallelism, or null for the environment's default
 * @param pins        version id → fingerprint
 * @param from        impact mode: the version compared from, else null
 * @param to          impact mode: the version compared to, else null
 * @param interval    STREAMING: how often new files are looked for and the output is committed
 * @param kind        {@link #CASES} or {@link #REQUESTS}: what the lines are
 * @param policies    the paths of employers' policy jars (docs/policies.md), each task's advisor loads them
 */
public record JobOptions(String input, String output, String errors, String language, RuntimeExecutionMode mode,
                         Integer parallelism, Map<String, String> pins, String from, String to, Duration interval,
                         String kind, List<String> policies) {

    /** The lines are cases (the default). */
    public static final String CASES = "cases";
    /** The lines are requests under the Wet flexibel werken: each is assessed (docs/requests.md). */
    public static final String REQUESTS = "requests";

    /** Options for a job over cases without employers' policies, as before {@code --kind} and {@code --policy}. */
    public JobOptions(String input, String output, String errors, String language, RuntimeExecutionMode mode,
                      Integer parallelism, Map<String, String> pins, String from, String to, Duration interval) {
        this(input, output, errors, language, mode, parallelism, pins, from, to, interval, CASES, List.of());
    }

    /** Whether the lines are requests rather than cases. */
    public boolean requests() {
        return REQUESTS.equals(kind);
    }

    static final String USAGE = String.join("\n",
            "usage: DecideJob --input PATH --output DIR [options]",
            "",
            "Decides every case of PATH (a JSON Lines file, or a directory of them) and writes one answer per case:",
            "decisions to DIR/decisions, errors to DIR/errors, as JSON Lines part files.",
            "",
            "  --input PATH          the cases; a directory is read with every file in it",
            "  --output DIR          where the part files are written",
            "  --errors DIR          where the error lines are written (default DIR/errors)",
            "  --lang nl|en          the language of the texts (default nl)",
            "  --mode batch|streaming  batch (default) ends with the input; streaming keeps watching PATH,",
            "                        a directory, for new files and commits output every --interval",
            "  --interval SECONDS    streaming only: how often to look for files and commit output (default 10)",
            "  --parallelism N       parallel tasks (default: the environment's)",
            "  --pin ID=FINGERPRINT  refuse to start unless version ID has this fingerprint; repeatable",
            "  --kind cases|requests the lines are cases (default), or requests under the Wet flexibel werken,",
            "                        each assessed (its status and deadline as of its asOf) to DIR/assessments",
            "  --policy PATH.jar     an employer's policy, which cases name with employerPolicy; repeatable",
            "  --from VERSION --to VERSION",
            "                        impact mode (batch only): decide each case under both versions, each as of",
            "                        its first day, and write the cases that change to DIR/changes and the counts",
            "                        per kind of change to DIR/counts",
            "  --help                this text");

    /** Options that cannot be used together, or a value that is not allowed; the message says which. */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    public JobOptions {
        pins = Collections.unmodifiableMap(new LinkedHashMap<>(pins));
        policies = List.copyOf(policies);
    }

    /** Whether the job compares two versions rather than decides. */
    public boolean impact() {
        return from != null;
    }

    /**
     * @return null when {@code --help} was asked
     * @throws UsageException naming the first option that is wrong
     */
    public static JobOptions parse(List<String> args) {
        String input = null;
        String output = null;
        String errors = null;
        String language = "nl";
        RuntimeExecutionMode mode = RuntimeExecutionMode.BATCH;
        Integer parallelism = null;
        Map<String, String> pins = new LinkedHashMap<>();
        List<String> policies = new java.util.ArrayList<>();
        String from = null;
        String to = null;
        Duration interval = Duration.ofSeconds(10);
        String kind = CASES;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--help") || option.equals("-h")) {
                return null;
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(option.startsWith("--") ? option + " needs a value" : "unknown argument: " + option);
            }
            String value = args.get(++i);
            switch (option) {
                case "--input" -> input = value;
                case "--output" -> output = value;
                case "--errors" -> errors = value;
                case "--lang" -> language = language(value);
                case "--mode" -> mode = mode(value);
                case "--parallelism" -> parallelism = positive(option, value);
                case "--interval" -> interval = Duration.ofSeconds(positive(option, value));
                case "--pin" -> pin(pins, value);
                case "--policy" -> policies.add(value);
                case "--from" -> from = value;
                case "--to" -> to = value;
                case "--kind" -> kind = kind(value);
                default -> throw new UsageException("unknown option: " + option);
            }
        }
        if (input == null || input.isBlank()) {
            throw new UsageException("--input PATH is required");
        }
        if (output == null || output.isBlank()) {
            throw new UsageException("--output DIR is required");
        }
        if ((from == null) != (to == null)) {
            throw new UsageException("impact mode needs both --from and --to");
        }
        if (from != null && mode == RuntimeExecutionMode.STREAMING) {
            // the counts are a report over a whole population: only input that ends has a final count
            throw new UsageException("impact mode (--from/--to) runs in batch mode only");
        }
        if (from != null && REQUESTS.equals(kind)) {
            throw new UsageException("impact mode (--from/--to) compares versions of the advice over cases, not requests");
        }
        return new JobOptions(input, output, errors != null ? errors : output + "/errors", language, mode,
                parallelism, pins, from, to, interval, kind, policies);
    }

    private static String kind(String value) {
        if (!value.equals(CASES) && !value.equals(REQUESTS)) {
            throw new UsageException("--kind must be cases or requests, not " + value);
        }
        return value;
    }

    private static String language(String value) {
        if (!value.equals("nl") && !value.equals("en")) {
            throw new UsageException("--lang must be nl or en, not " + value);
        }
        return value;
    }

    private static RuntimeExecutionMode mode(String value) {
        return switch (value) {
            case "batch" -> RuntimeExecutionMode.BATCH;
            case "streaming" -> RuntimeExecutionMode.STREAMING;
            default -> throw new UsageException("--mode must be batch or streaming, not " + value);
        };
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, with the option's name
        }
        throw new UsageException(option + " must be a whole number above 0, not " + value);
    }

    private static void pin(Map<String, String> pins, String value) {
        int equals = value.indexOf('=');
        String id = equals < 0 ? "" : value.substring(0, equals).strip();
        String fingerprint = equals < 0 ? "" : value.substring(equals + 1).strip();
        if (id.isEmpty() || fingerprint.isEmpty()) {
            throw new UsageException("--pin '" + value + "' is not ID=FINGERPRINT, e.g. 2021-02-18=sha256:…");
        }
        String earlier = pins.putIfAbsent(id, fingerprint);
        if (earlier != null && !earlier.equals(fingerprint)) {
            throw new UsageException("--pin gives rule set " + id + " two different fingerprints");
        }
    }
}
