package nl.thuiswerk.flink;

import nl.thuiswerk.ImpactCounts;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.operators.Order;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.configuration.BatchExecutionOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.RollingPolicy;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.DefaultRollingPolicy;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;
import org.apache.flink.streaming.api.windowing.assigners.GlobalWindows;

import java.io.File;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The two dataflows of {@link DecideJob}, built on an environment the caller gives: the job's own, or a test's
 * MiniCluster.
 *
 * <pre>
 * decide:  files ─▶ rebalance ─▶ decide ─┬─▶ OUT/decisions/decisions-*.jsonl
 *                                        └─▶ ERRORS/errors-*.jsonl
 * impact:  files ─▶ rebalance ─▶ compare ─┬─▶ sort (1 task) ─▶ OUT/changes/changes-*.jsonl
 *                                         ├─▶ sort (1 task) ─▶ ERRORS/errors-*.jsonl      (lines not compared)
 *                                         └─▶ count per task ─▶ total (1 task) ─▶ OUT/counts/counts-*.json
 * </pre>
 */
public final class Pipelines {

    private static final Pattern URI_WITH_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*");

    private Pipelines() {
    }

    /** The directories a run writes to, so the job can refuse to mix a new report with an old one. */
    public static List<String> outputDirectories(JobOptions options) {
        return options.impact()
                ? List.of(options.output() + "/changes", options.output() + "/counts", options.errors())
                : List.of(options.output() + (options.requests() ? "/assessments" : "/decisions"), options.errors());
    }

    /** The mode, parallelism and checkpoints the options ask for. */
    public static void configure(StreamExecutionEnvironment env, JobOptions options) {
        env.setRuntimeMode(options.mode());
        if (options.parallelism() != null) {
            env.setParallelism(options.parallelism());
        }
        if (options.mode() == RuntimeExecutionMode.STREAMING) {
            // the file sink commits its part files on checkpoints: without them a streaming run never shows output
            env.enableCheckpointing(options.interval().toMillis());
        }
        Configuration config = new Configuration();
        // every record is a CaseLine, a JsonLine or an ImpactCounts POJO; a type that would need Kryo is a defect, caught here
        config.set(PipelineOptions.GENERIC_TYPES, false);
        // Flink's batch scheduler sizes each step by its bytes of input, which says nothing of deciding: a case of
        // 300 bytes takes a millisecond of rules. The parallelism asked for (or the cluster's default) is kept.
        config.set(BatchExecutionOptions.ADAPTIVE_AUTO_PARALLELISM_ENABLED, false);
        env.configure(config);
    }

    /** Decides every case: one decision or one error per line. */
    public static void decide(StreamExecutionEnvironment env, JobOptions options) {
        SingleOutputStreamOperator<JsonLine> decisions = cases(env, options)
                .process(new DecideFunction(options.language(), options.pins(), options.requests(), options.policies()))
                .name("decide").uid("thuiswerk-decide");
        String answers = options.requests() ? "assessments" : "decisions";
        decisions.sinkTo(lines(options.output() + "/" + answers, answers, ".jsonl", options.mode()))
                .name("decisions").uid("thuiswerk-decisions-sink");
        decisions.getSideOutput(DecideFunction.ERRORS)
                .sinkTo(lines(options.errors(), "errors", ".jsonl", options.mode()))
                .name("errors").uid("thuiswerk-errors-sink");
    }

    /**
     * Compares two versions over every case: the changed cases and the lines not compared, each in one file sorted
     * by its text (which begins with the caseId), and one line of counts, so two runs over the same population give
     * the same files whatever the parallelism. Batch only: the counts are final only for input that ends.
     */
    public static void impact(StreamExecutionEnvironment env, JobOptions options) {
        if (options.mode() != RuntimeExecutionMode.BATCH) {
            throw new IllegalArgumentException("impact mode runs in batch mode only");
        }
        SingleOutputStreamOperator<JsonLine> changes = cases(env, options)
                .process(new CompareFunction(options.from(), options.to(), options.pins(), options.policies()))
                .name("compare").uid("thuiswerk-compare");
        sorted(changes, "sort changes")
                .sinkTo(lines(options.output() + "/changes", "changes", ".jsonl", options.mode()))
                .setParallelism(1).name("changes");
        sorted(changes.getSideOutput(CompareFunction.NOT_COMPARED), "sort not compared")
                .sinkTo(lines(options.errors(), "errors", ".jsonl", options.mode()))
                .setParallelism(1).name("not compared");
        changes.getSideOutput(CompareFunction.COUNTS)
                // each task adds up its own cases first, so only one count per task crosses the network
                .fullWindowPartition().reduce(ImpactCounts::sum).name("count per task")
                .windowAll(GlobalWindows.createWithEndOfStreamTrigger()).reduce(ImpactCounts::sum).name("count")
                .map(new ImpactSummary(options.from(), options.to())).setParallelism(1).name("summary")
                .sinkTo(lines(options.output() + "/counts", "counts", ".json", options.mode()))
                .setParallelism(1).name("counts");
    }

    private static DataStream<CaseLine> cases(StreamExecutionEnvironment env, JobOptions options) {
        FileSource.FileSourceBuilder<CaseLine> source =
                FileSource.forRecordStreamFormat(new JsonLinesFormat(), path(options.input()));
        if (options.mode() == RuntimeExecutionMode.STREAMING) {
            source.monitorContinuously(options.interval());
        }
        // a file is read by one task; deciding is what takes the time, so every task gets its share of the lines
        return env.fromSource(source.build(), WatermarkStrategy.noWatermarks(), "cases").uid("thuiswerk-cases")
                .rebalance();
    }

    private static SingleOutputStreamOperator<JsonLine> sorted(DataStream<JsonLine> lines, String name) {
        return lines.fullWindowPartition().sortPartition(new WholeLine(), Order.ASCENDING).setParallelism(1).name(name);
    }

    private static FileSink<JsonLine> lines(String directory, String prefix, String suffix, RuntimeExecutionMode mode) {
        // batch: part files of up to 128 MiB, all committed when the input ends; streaming: committed at each checkpoint
        RollingPolicy<JsonLine, String> rolling = mode == RuntimeExecutionMode.STREAMING
                ? OnCheckpointRollingPolicy.build()
                : DefaultRollingPolicy.builder().build();
        return FileSink.forRowFormat(path(directory), new JsonLine.LineEncoder())
                .withBucketAssigner(new BasePathBucketAssigner<>())
                .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix(prefix).withPartSuffix(suffix).build())
                .withRollingPolicy(rolling)
                .build();
    }

    /**
     * A path with a scheme ({@code file:/}, {@code s3://}, {@code hdfs://}) as given; any other is a local path,
     * made absolute against the directory the job was started in rather than each task manager's.
     */
    static Path path(String location) {
        return URI_WITH_SCHEME.matcher(location).matches() ? new Path(location)
                : new Path(new File(location).getAbsoluteFile().toURI());
    }

    /** Sorts lines by their whole text: a class, not a lambda, so Flink can see the key's type. */
    private static final class WholeLine implements KeySelector<JsonLine, String> {
        private static final long serialVersionUID = 1L;

        @Override
        public String getKey(JsonLine line) {
            return line.json;
        }
    }
}
