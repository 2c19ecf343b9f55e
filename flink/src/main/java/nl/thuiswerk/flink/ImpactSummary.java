package nl.thuiswerk.flink;

import nl.thuiswerk.ImpactCounts;
import nl.thuiswerk.json.ThuiswerkJson;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * The counts of an impact run as one line of JSON, with the keys and order of the command line's
 * {@code diff --json} summary, so a report from the cluster and one from a laptop read the same:
 * {@code {"summary":{"from","to","cases","changed","unchanged","notCompared","byKind":{…},"byOutcome":{…}}}}.
 */
public final class ImpactSummary implements MapFunction<ImpactCounts, JsonLine> {

    private static final long serialVersionUID = 1L;

    private final String from;
    private final String to;

    public ImpactSummary(String from, String to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public JsonLine map(ImpactCounts counts) {
        return new JsonLine(json(from, to, counts));
    }

    public static String json(String from, String to, ImpactCounts counts) {
        return ThuiswerkJson.writeImpactSummary(from, to, counts);
    }
}
