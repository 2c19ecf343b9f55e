package nl.thuiswerk.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import nl.thuiswerk.Case;
import nl.thuiswerk.Need;
import nl.thuiswerk.Task;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A case as one canonical JSON text: the contract's field order, numbers as their shortest decimal, needs in a
 * fixed order, facts not stated left out, no white space. Two texts of the same case (other layout, other field
 * order) give the same canonical text, so the same receipt.
 */
public final class CanonicalCase {

    /** A digest per thread: looking one up costs more than hashing a case. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    });
    private static final JsonStringEncoder ESCAPES = JsonStringEncoder.getInstance();

    private CanonicalCase() {
    }

    public static String sha256(Case c) {
        byte[] hash = SHA256.get().digest(json(c).getBytes(StandardCharsets.UTF_8));
        return "sha256:" + HexFormat.of().formatHex(hash);
    }

    /** Written by hand: one pass into one buffer, with the JSON escapes of Jackson's generator. */
    public static String json(Case c) {
        StringBuilder out = new StringBuilder(256);
        out.append("{\"caseId\":");
        string(out, c.caseId());
        out.append(",\"referenceDate\":\"").append(c.referenceDate()).append("\",\"job\":{");
        if (c.job().title() != null) {
            out.append("\"title\":");
            string(out, c.job().title());
            out.append(',');
        }
        out.append("\"tasks\":[");
        List<Task> tasks = c.job().tasks();
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            out.append(i == 0 ? "{\"name\":" : ",{\"name\":");
            string(out, t.name());
            out.append(",\"hoursPerWeek\":").append(number(t.hoursPerWeek()));
            if (t.needs() != null) {
                out.append(",\"needs\":[");
                boolean first = true;
                for (Need n : Need.values()) {
                    if (t.needs().contains(n)) {
                        out.append(first ? "\"" : ",\"").append(n.name()).append('"');
                        first = false;
                    }
                }
                out.append(']');
            }
            out.append('}');
        }
        out.append("]}");
        var w = c.worker();
        if (w != null && (w.occupationalPhysicianAdvice() != null || w.homeWorkplace() != null)) {
            out.append(",\"worker\":{");
            if (w.occupationalPhysicianAdvice() != null) {
                out.append("\"occupationalPhysicianAdvice\":{\"onSiteShare\":")
                        .append(number(w.occupationalPhysicianAdvice().onSiteShare())).append('}');
            }
            if (w.homeWorkplace() != null) {
                out.append(w.occupationalPhysicianAdvice() != null ? "," : "")
                        .append("\"homeWorkplace\":\"").append(w.homeWorkplace().name()).append('"');
            }
            out.append('}');
        }
        if (c.onSiteWorkplace() != null && c.onSiteWorkplace().meetsCoronaMeasures() != null) {
            out.append(",\"onSiteWorkplace\":{\"meetsCoronaMeasures\":")
                    .append(c.onSiteWorkplace().meetsCoronaMeasures()).append('}');
        }
        if (c.employerPolicy() != null) {
            // last, so that the canonical text of a case without a policy is as it always was
            out.append(",\"employerPolicy\":");
            string(out, c.employerPolicy());
        }
        return out.append('}').toString();
    }

    private static void string(StringBuilder out, String value) {
        out.append('"').append(ESCAPES.quoteAsString(value)).append('"');
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
