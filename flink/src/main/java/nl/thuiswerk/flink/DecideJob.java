package nl.thuiswerk.flink;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.RuleSetIntegrityException;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The job: decides a population of cases on Flink, or in impact mode compares two rule-set versions over it.
 * Run with {@code java -jar} it starts a local cluster in its own JVM; submitted with {@code flink run} it runs on
 * that cluster. See the module's README for the options and where the output lands.
 *
 * <p>Exit status, as the command line's: 0 every case decided (impact mode: the report is complete); 1 one or more
 * lines were answered with an error, the output is still complete; 2 wrong usage, unreadable input, an output
 * directory that already holds files, an unknown version, rules that do not match a {@code --pin}, or a job that
 * failed.
 */
public final class DecideJob {

    static final int ALL_DECIDED = 0;
    static final int SOME_ERRORS = 1;
    static final int CANNOT_RUN = 2;

    private DecideJob() {
    }

    public static void main(String[] args) {
        // read by slf4j-simple alone, the local run's logging: Flink's warnings about a cluster it was told to run
        // as it does (no log file, no security tokens) are no news to a user; a cluster's logging is not touched
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "error"));
        int status = run(args, StreamExecutionEnvironment::getExecutionEnvironment, System.out, System.err);
        if (status != ALL_DECIDED) {
            System.exit(status);
        }
    }

    /** Where the job runs: the environment of {@code java -jar} or {@code flink run}, or a test's MiniCluster. */
    @FunctionalInterface
    interface Environments {
        StreamExecutionEnvironment get();
    }

    static int run(String[] args, Environments environments, PrintStream out, PrintStream err) {
        JobOptions options;
        try {
            options = JobOptions.parse(Arrays.asList(args));
        } catch (JobOptions.UsageException e) {
            err.println("DecideJob: " + e.getMessage());
            err.println("try --help");
            return CANNOT_RUN;
        }
        if (options == null) {
            out.println(JobOptions.USAGE);
            return ALL_DECIDED;
        }
        try {
            // the checks a task would otherwise fail on, made once here so a mistake stops the run before it starts
            checkRules(options);
            checkInput(options);
            if (options.mode() == RuntimeExecutionMode.BATCH) {
                refuseOutputInUse(options);
            }
        } catch (CannotRun e) {
            err.println("DecideJob: " + e.getMessage());
            return CANNOT_RUN;
        }
        StreamExecutionEnvironment env = environments.get();
        Pipelines.configure(env, options);
        if (options.impact()) {
            Pipelines.impact(env, options);
        } else {
            Pipelines.decide(env, options);
        }
        err.println("DecideJob: " + describe(options));
        JobExecutionResult result;
        try {
            result = env.execute(options.impact() ? "thuiswerk impact " + options.from() + " → " + options.to()
                    : "thuiswerk decide");
        } catch (Exception e) {
            // the cause's class and message, never a stack trace: the records themselves never reach a message
            err.println("DecideJob: the job failed: " + rootCause(e));
            return CANNOT_RUN;
        }
        return report(options, result, err);
    }

    private static String describe(JobOptions o) {
        String what = o.impact() ? "comparing " + o.from() + " → " + o.to() + " over " + o.input()
                : (o.requests() ? "assessing the requests of " : "deciding ") + o.input();
        return what + " (" + o.mode().name().toLowerCase(Locale.ROOT) + ") into "
                + String.join(", ", Pipelines.outputDirectories(o));
    }

    private static int report(JobOptions options, JobExecutionResult result, PrintStream err) {
        if (!result.isJobExecutionResult()) {
            // detached submission: the job runs on; its counts are the cluster's to show
            err.println("DecideJob: submitted as job " + result.getJobID());
            return ALL_DECIDED;
        }
        JobExecutionResult done = result.getJobExecutionResult();
        if (options.impact()) {
            long cases = count(done, CompareFunction.CASES_COUNTER);
            long changed = count(done, CompareFunction.CHANGED_COUNTER);
            long notCompared = count(done, CompareFunction.NOT_COMPARED_COUNTER);
            err.println("DecideJob: " + cases + " cases, " + changed + " changed, " + (cases - changed - notCompared)
                    + " unchanged, " + notCompared + " not compared; in " + done.getNetRuntime() + " ms");
            return ALL_DECIDED;
        }
        long decisions = count(done, DecideFunction.DECISIONS_COUNTER);
        long errors = count(done, DecideFunction.ERRORS_COUNTER);
        err.println("DecideJob: " + counted(decisions, options.requests() ? "assessment" : "decision") + ", "
                + counted(errors, "error") + "; in "
                + done.getNetRuntime() + " ms");
        return errors == 0 ? ALL_DECIDED : SOME_ERRORS;
    }

    private static String counted(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static long count(JobExecutionResult result, String name) {
        Long value = result.getAccumulatorResult(name);
        return value == null ? 0 : value;
    }

    private static void checkRules(JobOptions options) {
        HomeWorkingAdvisor advisor;
        try {
            advisor = Advisors.build(options.pins(), options.policies());
        } catch (RuleSetIntegrityException e) {
            throw new CannotRun("the rules are not the ones pinned: " + e.getMessage());
        } catch (nl.thuiswerk.PolicyException e) {
            throw new CannotRun(e.getMessage());
        }
        if (options.impact()) {
            List<String> ids = new java.util.ArrayList<>(advisor.ruleSets().stream().map(RuleSetInfo::id).toList());
            advisor.policies().forEach(p -> ids.add(p.version()));
            for (String id : List.of(options.from(), options.to())) {
                if (!ids.contains(id)) {
                    throw new CannotRun("no rule-set version " + id + "; the versions are " + String.join(", ", ids));
                }
            }
        }
    }

    private static void checkInput(JobOptions options) {
        Path input = Pipelines.path(options.input());
        try {
            if (!input.getFileSystem().exists(input)) {
                throw new CannotRun("cannot read " + options.input() + ": it does not exist");
            }
        } catch (IOException e) {
            throw new CannotRun("cannot read " + options.input() + ": " + e.getMessage());
        }
    }

    /** A batch run adds part files to its directories: with an earlier run's beside them, neither could be read. */
    private static void refuseOutputInUse(JobOptions options) {
        for (String directory : Pipelines.outputDirectories(options)) {
            Path path = Pipelines.path(directory);
            try {
                FileSystem fs = path.getFileSystem();
                if (!fs.exists(path)) {
                    continue;
                }
                FileStatus[] files = fs.listStatus(path);
                if (files != null && files.length > 0) {
                    throw new CannotRun(directory + " already holds files of an earlier run; "
                            + "choose another --output or remove them");
                }
            } catch (IOException e) {
                throw new CannotRun("cannot check " + directory + ": " + e.getMessage());
            }
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** A reason not to start, for the user, without a stack trace. */
    private static final class CannotRun extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CannotRun(String message) {
            super(message, null, false, false);
        }
    }
}
