package nl.thuiswerk.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import nl.thuiswerk.Case;
import nl.thuiswerk.Need;
import nl.thuiswerk.Task;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A case as one canonical JSON text: the contract's field order, numbers as their shortest decimal, needs in a
 * fixed order, facts not stated left out, no white space. Two texts of the same case (other layout, other field
 * order) give the same canonical text, so the same receipt.
 */
public final class CanonicalCase {

    private static final JsonFactory FACTORY = new JsonFactory();

    private CanonicalCase() {
    }

    public static String sha256(Case c) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json(c).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    public static String json(Case c) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("caseId", c.caseId());
            g.writeStringField("referenceDate", c.referenceDate().toString());
            g.writeObjectFieldStart("job");
            if (c.job().title() != null) {
                g.writeStringField("title", c.job().title());
            }
            g.writeArrayFieldStart("tasks");
            for (Task t : c.job().tasks()) {
                g.writeStartObject();
                g.writeStringField("name", t.name());
                g.writeFieldName("hoursPerWeek");
                g.writeNumber(number(t.hoursPerWeek()));
                if (t.needs() != null) {
                    g.writeArrayFieldStart("needs");
                    for (Need n : Need.values()) {
                        if (t.needs().contains(n)) {
                            g.writeString(n.name());
                        }
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            var w = c.worker();
            if (w != null && (w.occupationalPhysicianAdvice() != null || w.homeWorkplace() != null)) {
                g.writeObjectFieldStart("worker");
                if (w.occupationalPhysicianAdvice() != null) {
                    g.writeObjectFieldStart("occupationalPhysicianAdvice");
                    g.writeFieldName("onSiteShare");
                    g.writeNumber(number(w.occupationalPhysicianAdvice().onSiteShare()));
                    g.writeEndObject();
                }
                if (w.homeWorkplace() != null) {
                    g.writeStringField("homeWorkplace", w.homeWorkplace().name());
                }
                g.writeEndObject();
            }
            if (c.onSiteWorkplace() != null && c.onSiteWorkplace().meetsCoronaMeasures() != null) {
                g.writeObjectFieldStart("onSiteWorkplace");
                g.writeBooleanField("meetsCoronaMeasures", c.onSiteWorkplace().meetsCoronaMeasures());
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
