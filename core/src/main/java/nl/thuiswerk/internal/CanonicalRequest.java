package nl.thuiswerk.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import nl.thuiswerk.WorkplaceRequest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * A request in canonical JSON: the contract's fields in its order, fields not stated left out, no spaces; so the
 * receipt's hash depends on what the request says, not on how it was laid out.
 */
public final class CanonicalRequest {

    private static final JsonFactory FACTORY = new JsonFactory();

    private CanonicalRequest() {
    }

    /** {@code sha256:} and 64 hex digits over {@link #json}. */
    public static String sha256(WorkplaceRequest r) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json(r).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    public static String json(WorkplaceRequest r) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            string(g, "requestId", r.requestId());
            date(g, "submittedOn", r.submittedOn());
            bool(g, "inWriting", r.inWriting());
            date(g, "intendedStart", r.intendedStart());
            date(g, "until", r.until());
            string(g, "desiredWorkplace", r.desiredWorkplace());
            bool(g, "unforeseenCircumstances", r.unforeseenCircumstances());
            if (r.employee() != null) {
                g.writeObjectFieldStart("employee");
                if (r.employee().employment() != null) {
                    g.writeArrayFieldStart("employment");
                    for (var p : r.employee().employment()) {
                        g.writeStartObject();
                        date(g, "from", p.from());
                        date(g, "to", p.to());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                bool(g, "parentOfChildUnder8", r.employee().parentOfChildUnder8());
                bool(g, "caregiver", r.employee().caregiver());
                g.writeEndObject();
            }
            if (r.employer() != null) {
                g.writeObjectFieldStart("employer");
                if (r.employer().employees() != null) {
                    g.writeNumberField("employees", r.employer().employees());
                }
                bool(g, "deviatingArrangement", r.employer().deviatingArrangement());
                g.writeEndObject();
            }
            date(g, "previousDecisionOn", r.previousDecisionOn());
            if (r.decision() != null) {
                var d = r.decision();
                g.writeObjectFieldStart("decision");
                date(g, "decidedOn", d.decidedOn());
                bool(g, "inWriting", d.inWriting());
                string(g, "outcome", d.outcome() == null ? null : d.outcome().name());
                bool(g, "reasonsGiven", d.reasonsGiven());
                bool(g, "consulted", d.consulted());
                g.writeEndObject();
            }
            date(g, "asOf", r.asOf());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void string(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void date(JsonGenerator g, String field, LocalDate value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value.toString());
        }
    }

    private static void bool(JsonGenerator g, String field, Boolean value) throws IOException {
        if (value != null) {
            g.writeBooleanField(field, value);
        }
    }
}
