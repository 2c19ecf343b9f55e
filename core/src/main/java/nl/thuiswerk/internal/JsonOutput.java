package nl.thuiswerk.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import nl.thuiswerk.Assumption;
import nl.thuiswerk.Condition;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionChange;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.Evidence;
import nl.thuiswerk.FactChange;
import nl.thuiswerk.Facts;
import nl.thuiswerk.ImpactCounts;
import nl.thuiswerk.Outcome;
import nl.thuiswerk.PolicyInfo;
import nl.thuiswerk.NoRuleSetPeriod;
import nl.thuiswerk.Problem;
import nl.thuiswerk.Reason;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.RuleSetTrace;
import nl.thuiswerk.Source;
import nl.thuiswerk.WhatIf;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes decisions, errors and rule sets in the contract's field order, field by field, so the same decision
 * is always the same bytes. Absent optional facts are left out rather than written as null.
 */
public final class JsonOutput {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonOutput() {
    }

    /** One JSON document, written field by field; {@link AssessmentJson} writes through the same generator set-up. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static String write(boolean pretty, Body body) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                DefaultIndenter lines = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n");
                g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(lines).withArrayIndenter(lines));
            }
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String decision(Decision d, boolean pretty) {
        return write(pretty, g -> {
            g.writeStartObject();
            g.writeStringField("caseId", d.caseId());
            g.writeStringField("referenceDate", d.referenceDate().toString());
            g.writeStringField("lang", d.lang());
            g.writeStringField("outcome", d.outcome().name());
            g.writeFieldName("maxOnSiteShare");
            share(g, d.maxOnSiteShare());
            g.writeFieldName("minOnSiteShare");
            share(g, Double.valueOf(d.minOnSiteShare()));
            g.writeArrayFieldStart("reasons");
            for (Reason r : d.reasons()) {
                g.writeStartObject();
                g.writeStringField("code", r.code());
                g.writeStringField("rule", r.rule());
                g.writeStringField("text", r.text());
                source(g, r.source());
                facts(g, r.facts());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("conditions");
            for (Condition c : d.conditions()) {
                g.writeStartObject();
                g.writeStringField("code", c.code());
                g.writeStringField("rule", c.rule());
                g.writeStringField("text", c.text());
                g.writeBooleanField("blocking", c.blocking());
                source(g, c.source());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("assumptions");
            for (Assumption a : d.assumptions()) {
                g.writeStartObject();
                g.writeStringField("path", a.path());
                g.writeStringField("value", a.value());
                g.writeStringField("text", a.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("whatWouldChange");
            for (WhatIf w : d.whatWouldChange()) {
                g.writeStartObject();
                g.writeArrayFieldStart("changes");
                for (FactChange c : w.changes()) {
                    g.writeStartObject();
                    g.writeStringField("path", c.path());
                    g.writeStringField("from", c.from());
                    g.writeStringField("to", c.to());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeStringField("outcome", w.outcome().name());
                g.writeFieldName("maxOnSiteShare");
                share(g, w.maxOnSiteShare());
                strings(g, "conditionsLifted", w.conditionsLifted());
                g.writeStringField("text", w.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            RuleSetInfo rs = d.ruleSet();
            if (rs == null) {
                // a policy's decision on a day without national advice
                g.writeNullField("ruleSet");
            } else {
                g.writeObjectFieldStart("ruleSet");
                g.writeStringField("id", rs.id());
                g.writeStringField("title", rs.title());
                g.writeStringField("validFrom", rs.validFrom().toString());
                g.writeStringField("validTo", rs.validTo() == null ? null : rs.validTo().toString());
                g.writeStringField("fingerprint", rs.fingerprint());
                evidence(g, rs.evidence(), false);
                g.writeEndObject();
            }
            PolicyInfo p = d.policy();
            if (p != null) {
                g.writeObjectFieldStart("policy");
                g.writeStringField("id", p.id());
                g.writeStringField("version", p.version());
                g.writeStringField("title", p.title());
                g.writeStringField("validFrom", p.validFrom().toString());
                g.writeStringField("validTo", p.validTo() == null ? null : p.validTo().toString());
                g.writeStringField("fingerprint", p.fingerprint());
                g.writeEndObject();
            }
            if (d.receipt() != null) {
                g.writeObjectFieldStart("receipt");
                g.writeStringField("inputSha256", d.receipt().inputSha256());
                g.writeStringField("ruleSetFingerprint", d.receipt().ruleSetFingerprint());
                g.writeStringField("libraryVersion", d.receipt().libraryVersion());
                if (d.receipt().policyFingerprint() != null) {
                    g.writeStringField("policyFingerprint", d.receipt().policyFingerprint());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        });
    }

    public static String error(DecisionException e, boolean pretty) {
        return error(e, 0, pretty);
    }

    /** @param line the line of a JSON Lines input the error answers, written after the caseId; 0 for none */
    public static String error(DecisionException e, long line, boolean pretty) {
        return error("caseId", e, line, pretty);
    }

    /** An error answering what {@code idField} names: a case ({@code caseId}) or a request ({@code requestId}). */
    static String error(String idField, DecisionException e, long line, boolean pretty) {
        return write(pretty, g -> {
            g.writeStartObject();
            g.writeStringField(idField, e.caseId());
            if (line > 0) {
                g.writeNumberField("line", line);
            }
            g.writeObjectFieldStart("error");
            g.writeStringField("code", e.code().name());
            g.writeStringField("message", e.getMessage());
            g.writeArrayFieldStart("problems");
            for (Problem p : e.problems()) {
                g.writeStartObject();
                g.writeStringField("path", p.path());
                g.writeStringField("message", p.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (e.moreProblems() > 0) {
                g.writeNumberField("moreProblems", e.moreProblems());
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** The versions; then the periods and the catalogue's fingerprint, each when given. */
    public static String ruleSets(List<RuleSetInfo> ruleSets, List<NoRuleSetPeriod> periods, String catalogue,
                                  boolean pretty) {
        return ruleSets(ruleSets, periods, catalogue, List.of(), Map.of(), pretty);
    }

    /** As above, then the employers' policies, each with its versions, when there are any. */
    public static String ruleSets(List<RuleSetInfo> ruleSets, List<NoRuleSetPeriod> periods, String catalogue,
                                  List<PolicyInfo> policies, Map<String, String> policyFingerprints, boolean pretty) {
        return ruleSets(ruleSets, periods, catalogue, policies, policyFingerprints, pretty, null, null);
    }

    /**
     * As {@link #ruleSets(List, List, String, List, Map, boolean)}, each version naming its {@code domain} after its
     * id when one is given, and another domain's listing, already JSON, as the field {@code requests} at the end
     * when given.
     */
    public static String ruleSets(List<RuleSetInfo> ruleSets, List<NoRuleSetPeriod> periods, String catalogue,
                                  List<PolicyInfo> policies, Map<String, String> policyFingerprints, boolean pretty,
                                  String domain, String requests) {
        return write(pretty, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("ruleSets");
            for (RuleSetInfo rs : ruleSets) {
                g.writeStartObject();
                g.writeStringField("id", rs.id());
                if (domain != null) {
                    g.writeStringField("domain", domain);
                }
                g.writeStringField("title", rs.title());
                g.writeStringField("validFrom", rs.validFrom().toString());
                g.writeStringField("validTo", rs.validTo() == null ? null : rs.validTo().toString());
                g.writeStringField("phaseCode", rs.phaseCode());
                sources(g, rs.sources());
                g.writeStringField("fingerprint", rs.fingerprint());
                evidence(g, rs.evidence(), true);
                g.writeEndObject();
            }
            g.writeEndArray();
            if (periods != null) {
                g.writeArrayFieldStart("withoutRuleSet");
                for (NoRuleSetPeriod p : periods) {
                    g.writeStartObject();
                    g.writeFieldName("from");
                    g.writeString(p.from() == null ? null : p.from().toString());
                    g.writeFieldName("to");
                    g.writeString(p.to() == null ? null : p.to().toString());
                    g.writeStringField("reason", p.reason());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (catalogue != null) {
                g.writeStringField("catalogueFingerprint", catalogue);
            }
            if (!policyFingerprints.isEmpty()) {
                g.writeArrayFieldStart("policies");
                for (var policy : policyFingerprints.entrySet()) {
                    g.writeStartObject();
                    g.writeStringField("id", policy.getKey());
                    g.writeStringField("fingerprint", policy.getValue());
                    g.writeArrayFieldStart("versions");
                    for (PolicyInfo p : policies) {
                        if (!p.id().equals(policy.getKey())) {
                            continue;
                        }
                        g.writeStartObject();
                        g.writeStringField("version", p.version());
                        g.writeStringField("title", p.title());
                        g.writeStringField("validFrom", p.validFrom().toString());
                        g.writeStringField("validTo", p.validTo() == null ? null : p.validTo().toString());
                        sources(g, p.sources());
                        g.writeStringField("fingerprint", p.fingerprint());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (requests != null) {
                g.writeFieldName("requests");
                g.writeRawValue(requests);
            }
            g.writeEndObject();
        });
    }

    public static String trace(RuleSetTrace trace, boolean pretty) {
        return write(pretty, g -> {
            g.writeStartObject();
            RuleSetInfo rs = trace.ruleSet();
            g.writeObjectFieldStart("ruleSet");
            g.writeStringField("id", rs.id());
            g.writeStringField("title", rs.title());
            g.writeStringField("validFrom", rs.validFrom().toString());
            g.writeStringField("validTo", rs.validTo() == null ? null : rs.validTo().toString());
            g.writeStringField("fingerprint", rs.fingerprint());
            evidence(g, rs.evidence(), false);
            g.writeEndObject();
            g.writeArrayFieldStart("codes");
            for (RuleSetTrace.Entry e : trace.codes()) {
                g.writeStartObject();
                g.writeStringField("code", e.code());
                g.writeStringField("kind", e.kind());
                g.writeBooleanField("blocking", e.blocking());
                source(g, e.source());
                g.writeArrayFieldStart("rules");
                for (RuleSetTrace.Rule r : e.rules()) {
                    g.writeStartObject();
                    g.writeStringField("file", r.file());
                    g.writeStringField("name", r.name());
                    g.writeEndObject();
                }
                g.writeEndArray();
                strings(g, "scenarios", e.scenarios());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    public static String change(DecisionChange change) {
        return write(false, g -> {
            g.writeStartObject();
            g.writeStringField("caseId", change.caseId());
            g.writeArrayFieldStart("changes");
            for (DecisionChange.Kind k : change.orderedKinds()) {
                g.writeString(k.name());
            }
            g.writeEndArray();
            summary(g, "from", change.from());
            summary(g, "to", change.to());
            g.writeEndObject();
        });
    }

    public static String impactSummary(String from, String to, ImpactCounts counts) {
        return write(false, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("summary");
            g.writeStringField("from", from);
            g.writeStringField("to", to);
            g.writeNumberField("cases", counts.cases);
            g.writeNumberField("changed", counts.changed);
            g.writeNumberField("unchanged", counts.unchanged());
            g.writeNumberField("notCompared", counts.notCompared);
            g.writeObjectFieldStart("byKind");
            for (DecisionChange.Kind kind : DecisionChange.Kind.values()) {
                g.writeNumberField(kind.name(), counts.byKind(kind));
            }
            g.writeEndObject();
            g.writeObjectFieldStart("byOutcome");
            java.util.Map<String, Long> transitions = new java.util.TreeMap<>();
            for (Outcome a : Outcome.values()) {
                for (Outcome b : Outcome.values()) {
                    if (counts.byOutcome(a, b) > 0) {
                        transitions.put(a + " → " + b, counts.byOutcome(a, b));
                    }
                }
            }
            for (var e : transitions.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /**
     * {@code "evidence": {"date": "PRIMARY", "wording": "SECONDARY"}}: in a decision only the levels, so that an
     * auditor sees which decisions rest on a press report; in the list of versions also the source of each.
     */
    /** A version's sources as the listing shows them, national and policy versions alike: id, title, url. */
    private static void sources(JsonGenerator g, List<Source> sources) throws IOException {
        g.writeArrayFieldStart("sources");
        for (Source s : sources) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("title", s.title());
            g.writeStringField("url", s.url());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void evidence(JsonGenerator g, Evidence e, boolean withSources) throws IOException {
        g.writeObjectFieldStart("evidence");
        g.writeStringField("date", e.date().name());
        g.writeStringField("wording", e.wording().name());
        if (withSources) {
            g.writeStringField("dateSource", e.dateSource());
            g.writeStringField("wordingSource", e.wordingSource());
        }
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, String field, DecisionChange.Summary s) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("ruleSet", s.ruleSet());
        g.writeStringField("outcome", s.outcome().name());
        g.writeFieldName("maxOnSiteShare");
        share(g, s.maxOnSiteShare());
        strings(g, "reasons", s.reasons());
        strings(g, "conditions", s.conditions());
        g.writeEndObject();
    }

    /** A version has a dozen sources; each is written once, and its JSON reused in every decision that cites it. */
    private static final Map<Source, String> SOURCES = new ConcurrentHashMap<>();

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void source(JsonGenerator g, Source s) throws IOException {
        g.writeFieldName("source");
        if (g.getPrettyPrinter() != null) {
            sourceObject(g, s);
            return;
        }
        String json = SOURCES.get(s);
        if (json == null) {
            json = write(false, x -> sourceObject(x, s));
            if (SOURCES.size() < 1_000) {
                SOURCES.put(s, json);
            }
        }
        g.writeRawValue(json);
    }

    private static void sourceObject(JsonGenerator g, Source s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("title", s.title());
        g.writeStringField("url", s.url());
        g.writeStringField("quote", s.quote());
        g.writeEndObject();
    }

    private static void facts(JsonGenerator g, Facts f) throws IOException {
        g.writeObjectFieldStart("facts");
        if (f.tasks() != null) {
            strings(g, "tasks", f.tasks());
        }
        if (f.hoursPerWeek() != null) {
            g.writeFieldName("hoursPerWeek");
            g.writeNumber(plain(f.hoursPerWeek()));
        }
        if (f.totalHoursPerWeek() != null) {
            g.writeFieldName("totalHoursPerWeek");
            g.writeNumber(plain(f.totalHoursPerWeek()));
        }
        if (f.share() != null) {
            g.writeFieldName("share");
            share(g, f.share());
        }
        if (f.justifiedShare() != null) {
            g.writeFieldName("justifiedShare");
            share(g, f.justifiedShare());
        }
        if (f.homeWorkplace() != null) {
            g.writeStringField("homeWorkplace", f.homeWorkplace().name());
        }
        g.writeEndObject();
    }

    /** Hours as the shortest decimal: 24, not 24.0. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Shares with 4 decimals at most and at least one: 0.6667, 0.5, 1.0. */
    /** A share the contract writes as null where the phase sets no national limit. */
    private static void share(JsonGenerator g, java.util.OptionalDouble share) throws IOException {
        share(g, share.isPresent() ? Double.valueOf(share.getAsDouble()) : null);
    }

    private static void share(JsonGenerator g, Double share) throws IOException {
        if (share == null) {
            g.writeNull();
            return;
        }
        BigDecimal d = BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < 1) {
            d = d.setScale(1, RoundingMode.UNNECESSARY);
        }
        g.writeNumber(d.toPlainString());
    }
}
