package nl.thuiswerk.flink;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.ImpactCounts;
import nl.thuiswerk.json.Comparison;
import nl.thuiswerk.json.ThuiswerkJson;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decides each case line under two versions, each as of its first day, as the command line's {@code diff} does:
 * the change to the main output when the outcome, share, reasons or conditions differ; the error, naming its line, to
 * {@link #NOT_COMPARED} for a line that cannot be compared; and for every line its count to {@link #COUNTS}.
 *
 * <p>Like {@link DecideFunction}, it carries only the two version ids and the pins; the advisor is built per task.
 */
public final class CompareFunction extends ProcessFunction<CaseLine, JsonLine> {

    private static final long serialVersionUID = 1L;

    /** The lines not compared, in the contract's error JSON. */
    public static final OutputTag<JsonLine> NOT_COMPARED =
            new OutputTag<>("not-compared", TypeInformation.of(JsonLine.class));
    /** One count per line, to be added up. */
    public static final OutputTag<ImpactCounts> COUNTS =
            new OutputTag<>("counts", TypeInformation.of(ImpactCounts.class));

    static final String CASES_COUNTER = "thuiswerk-cases";
    static final String CHANGED_COUNTER = "thuiswerk-changed";
    static final String NOT_COMPARED_COUNTER = "thuiswerk-not-compared";

    private final String from;
    private final String to;
    private final LinkedHashMap<String, String> pins;
    private final java.util.ArrayList<String> policies;

    private transient HomeWorkingAdvisor advisor;
    private transient LongCounter cases;
    private transient LongCounter changed;
    private transient LongCounter notCompared;

    public CompareFunction(String from, String to, Map<String, String> pins) {
        this(from, to, pins, java.util.List.of());
    }

    /** @param policies the paths of employers' policy jars each task's advisor loads */
    public CompareFunction(String from, String to, Map<String, String> pins, java.util.List<String> policies) {
        this.from = from;
        this.to = to;
        this.pins = new LinkedHashMap<>(pins);
        this.policies = new java.util.ArrayList<>(policies);
    }

    @Override
    public void open(OpenContext openContext) {
        advisor = Advisors.build(pins, policies);
        cases = new LongCounter();
        changed = new LongCounter();
        notCompared = new LongCounter();
        getRuntimeContext().addAccumulator(CASES_COUNTER, cases);
        getRuntimeContext().addAccumulator(CHANGED_COUNTER, changed);
        getRuntimeContext().addAccumulator(NOT_COMPARED_COUNTER, notCompared);
    }

    @Override
    public void processElement(CaseLine line, Context context, Collector<JsonLine> out) {
        Comparison compared = ThuiswerkJson.compareLine(line.bytes, line.number, aCase -> advisor.compare(aCase, from, to));
        cases.add(1L);
        ImpactCounts count = new ImpactCounts();
        if (compared.notCompared() != null) {
            notCompared.add(1L);
            count.addNotCompared();
            context.output(NOT_COMPARED, new JsonLine(ThuiswerkJson.write(compared.notCompared(), line.number)));
        } else {
            count.add(java.util.Optional.ofNullable(compared.change()));
            if (compared.change() != null) {
                changed.add(1L);
                out.collect(new JsonLine(ThuiswerkJson.write(compared.change())));
            }
        }
        context.output(COUNTS, count);
    }
}
