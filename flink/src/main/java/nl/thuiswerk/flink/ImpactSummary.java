package nl.thuiswerk.flink;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import nl.thuiswerk.DecisionChange;
import nl.thuiswerk.Outcome;
import org.apache.flink.api.common.functions.MapFunction;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of an impact run as one line of JSON, with the keys and order of the command line's
 * {@code diff --json} summary, so a report from the cluster and one from a laptop read the same:
 * {@code {"summary":{"from","to","cases","changed","unchanged","notCompared","byKind":{…},"byOutcome":{…}}}}.
 */
public final class ImpactSummary implements MapFunction<ImpactCounts, JsonLine> {

    private static final long serialVersionUID = 1L;
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String ARROW = " → ";

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

    public static String json(String from, String to, ImpactCounts s) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("summary");
            g.writeStringField("from", from);
            g.writeStringField("to", to);
            g.writeNumberField("cases", s.cases);
            g.writeNumberField("changed", s.changed);
            g.writeNumberField("unchanged", s.unchanged());
            g.writeNumberField("notCompared", s.notCompared);
            g.writeObjectFieldStart("byKind");
            for (DecisionChange.Kind kind : DecisionChange.Kind.values()) {
                g.writeNumberField(kind.name(), s.byKind(kind));
            }
            g.writeEndObject();
            g.writeObjectFieldStart("byOutcome");
            // only the transitions that happened, sorted by their text, as the command line lists them
            Map<String, Long> transitions = new TreeMap<>();
            for (Outcome a : Outcome.values()) {
                for (Outcome b : Outcome.values()) {
                    if (s.byOutcome(a, b) > 0) {
                        transitions.put(a + ARROW + b, s.byOutcome(a, b));
                    }
                }
            }
            for (Map.Entry<String, Long> e : transitions.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            // a StringWriter does not fail; this is a defect
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
