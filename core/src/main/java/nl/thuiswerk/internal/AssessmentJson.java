package nl.thuiswerk.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import nl.thuiswerk.Assessment;
import nl.thuiswerk.Assumption;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.KeyDate;
import nl.thuiswerk.LawSource;
import nl.thuiswerk.RequestReason;
import nl.thuiswerk.RuleSetInfo;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes assessments of requests, and the errors that answer requests, in the contract's field order, field by field,
 * so that the same assessment is always the same bytes. Unlike a decision, an assessment writes a field without a
 * value as null ({@code decisionDeadline}, a paragraph, an open-ended version's {@code validTo}): docs/requests.md
 * gives every field.
 */
public final class AssessmentJson {

    private AssessmentJson() {
    }

    /**
     * {@code {"requestId","lang","status","decisionDeadline","reasons","defects","assumptions","whatWouldChange","ruleSet",
     * "receipt"}}; the receipt is left out when there is none.
     */
    public static String assessment(Assessment a, boolean pretty) {
        return JsonOutput.write(pretty, g -> {
            g.writeStartObject();
            g.writeStringField("requestId", a.requestId());
            g.writeStringField("lang", a.lang());
            g.writeStringField("status", a.status().name());
            date(g, "decisionDeadline", a.decisionDeadline());
            reasons(g, "reasons", a.reasons());
            reasons(g, "defects", a.defects());
            g.writeArrayFieldStart("assumptions");
            for (Assumption x : a.assumptions()) {
                g.writeStartObject();
                g.writeStringField("path", x.path());
                g.writeStringField("value", x.value());
                g.writeStringField("text", x.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("whatWouldChange");
            for (KeyDate k : a.whatWouldChange()) {
                g.writeStartObject();
                g.writeStringField("kind", k.kind().name());
                date(g, "date", k.date());
                g.writeStringField("text", k.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            ruleSet(g, a.ruleSet());
            if (a.receipt() != null) {
                g.writeObjectFieldStart("receipt");
                g.writeStringField("inputSha256", a.receipt().inputSha256());
                g.writeStringField("ruleSetFingerprint", a.receipt().ruleSetFingerprint());
                g.writeStringField("libraryVersion", a.receipt().libraryVersion());
                g.writeEndObject();
            }
            g.writeEndObject();
        });
    }

    /**
     * An error answering a request: {@code {"requestId":…,"line":7,"error":{"code","message","problems",
     * "moreProblems"}}}, the line only when it answers a line of a JSON Lines file (greater than 0), moreProblems only
     * when some are not listed.
     */
    public static String error(DecisionException e, long line, boolean pretty) {
        return JsonOutput.error("requestId", e, line, pretty);
    }

    private static void reasons(JsonGenerator g, String field, List<RequestReason> reasons) throws IOException {
        g.writeArrayFieldStart(field);
        for (RequestReason r : reasons) {
            g.writeStartObject();
            g.writeStringField("code", r.code());
            g.writeStringField("rule", r.rule());
            g.writeStringField("text", r.text());
            LawSource s = r.source();
            g.writeObjectFieldStart("source");
            g.writeStringField("law", s.law());
            g.writeStringField("article", s.article());
            g.writeStringField("lid", s.lid());
            g.writeStringField("url", s.url());
            g.writeStringField("quote", s.quote());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void ruleSet(JsonGenerator g, RuleSetInfo rs) throws IOException {
        g.writeObjectFieldStart("ruleSet");
        g.writeStringField("id", rs.id());
        g.writeStringField("title", rs.title());
        date(g, "validFrom", rs.validFrom());
        date(g, "validTo", rs.validTo());
        g.writeStringField("fingerprint", rs.fingerprint());
        g.writeObjectFieldStart("evidence");
        g.writeStringField("date", rs.evidence().date().name());
        g.writeStringField("wording", rs.evidence().wording().name());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void date(JsonGenerator g, String field, LocalDate date) throws IOException {
        if (date == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, date.toString());
        }
    }
}
