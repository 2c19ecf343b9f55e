package nl.thuiswerk.flink;

import nl.thuiswerk.json.JsonAnswer;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.HomeWorkingAdvisor;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Decides each case line ({@link CaseLine}): its decision to the main output, or its error (malformed, invalid, no rule set in
 * force, an internal error) to {@link #ERRORS}, naming the line, so every line gets exactly one answer, the one the command
 * line's {@code batch} gives it.
 *
 * <p>Flink serialises this object to ship it to every parallel task; it carries only the language and the pins.
 * The advisor, with its KieBases and pooled sessions, is built once per task in {@link #open(OpenContext)} and
 * never leaves the task's JVM.
 */
public final class DecideFunction extends ProcessFunction<CaseLine, JsonLine> {

    private static final long serialVersionUID = 1L;

    /** The errors, in the contract's error JSON. */
    public static final OutputTag<JsonLine> ERRORS = new OutputTag<>("errors", TypeInformation.of(JsonLine.class));

    /** Accumulator names; the job prints their totals. */
    static final String DECISIONS_COUNTER = "thuiswerk-decisions";
    static final String ERRORS_COUNTER = "thuiswerk-errors";

    private final String language;
    private final LinkedHashMap<String, String> pins;
    private final boolean requests;
    private final java.util.ArrayList<String> policies;

    private transient HomeWorkingAdvisor advisor;
    private transient Locale locale;
    private transient LongCounter decisions;
    private transient LongCounter errors;

    /**
     * @param language {@code nl} or {@code en}
     * @param pins     version id → fingerprint, checked when each task builds its advisor
     */
    public DecideFunction(String language, Map<String, String> pins) {
        this(language, pins, false, java.util.List.of());
    }

    /**
     * @param requests whether the lines are requests under the Wet flexibel werken, each assessed as the command
     *                 line's {@code requests} assesses it, rather than cases
     * @param policies the paths of employers' policy jars each task's advisor loads
     */
    public DecideFunction(String language, Map<String, String> pins, boolean requests, java.util.List<String> policies) {
        this.language = language;
        this.pins = new LinkedHashMap<>(pins);
        this.requests = requests;
        this.policies = new java.util.ArrayList<>(policies);
    }

    @Override
    public void open(OpenContext openContext) {
        locale = Locale.forLanguageTag(language);
        advisor = Advisors.build(pins, policies);
        decisions = new LongCounter();
        errors = new LongCounter();
        getRuntimeContext().addAccumulator(DECISIONS_COUNTER, decisions);
        getRuntimeContext().addAccumulator(ERRORS_COUNTER, errors);
    }

    @Override
    public void processElement(CaseLine line, Context context, Collector<JsonLine> out) {
        JsonAnswer answer = requests
                ? nl.thuiswerk.json.RequestAnswers.answerLine(line.bytes, line.number, r -> advisor.assess(r, locale),
                        locale)
                : ThuiswerkJson.answerLine(line.bytes, line.number, c -> advisor.decide(c, locale), locale);
        if (answer.decided()) {
            decisions.add(1L);
            out.collect(new JsonLine(answer.json()));
        } else {
            errors.add(1L);
            context.output(ERRORS, new JsonLine(answer.json()));
        }
    }

    /** Whether this task has built its advisor: false for a copy that was shipped but not opened. */
    boolean isOpen() {
        return advisor != null;
    }
}
