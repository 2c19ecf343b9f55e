package nl.thuiswerk.portal;

import com.sun.net.httpserver.HttpExchange;
import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.json.ThuiswerkJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /api/decisions}: the contract's case JSON in, its decision or error JSON out, exactly as
 * {@link ThuiswerkJson} writes them.
 *
 * <table>
 *   <caption>Statuses</caption>
 *   <tr><td>200</td><td>a decision</td></tr>
 *   <tr><td>400</td><td>{@code MALFORMED_JSON}; or {@code BAD_REQUEST}: the URL holds more than the language</td></tr>
 *   <tr><td>422</td><td>{@code INVALID_INPUT} (every problem with its path) and {@code NO_RULESET_IN_FORCE}</td></tr>
 *   <tr><td>405, 413</td><td>{@code METHOD_NOT_ALLOWED}, {@code PAYLOAD_TOO_LARGE}</td></tr>
 *   <tr><td>500</td><td>{@code INTERNAL_ERROR}: a generic message, no stack trace</td></tr>
 * </table>
 *
 * <p>Nothing of a request is logged: its body may hold the company doctor's advice, which is health data.
 */
final class DecisionsEndpoint {

    static final String PATH = "/api/decisions";

    /**
     * Four times the library's own limit of 64 Ki characters, as UTF-8 may take up to four bytes a character: a
     * case the library would refuse by length is refused by it, with its own problem; only more is cut off here.
     */
    static final int MAX_BODY_BYTES = 4 * 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(DecisionsEndpoint.class);
    private static final int MAX_FRAMES = 40;

    /** Decides one valid case; {@link nl.thuiswerk.HomeWorkingAdvisor#decide(Case, Locale)} in the portal. */
    @FunctionalInterface
    interface Decider {
        Decision decide(Case aCase, Locale locale);
    }

    private final Decider decider;

    DecisionsEndpoint(Decider decider) {
        this.decider = decider;
    }

    void handle(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            Responses.error(exchange, 405, "METHOD_NOT_ALLOWED", "cases are decided with POST, the case in the body");
            return;
        }
        Locale locale;
        try {
            locale = RequestLanguage.of(exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Accept-Language"));
        } catch (RequestLanguage.BadRequest e) {
            Responses.error(exchange, 400, "BAD_REQUEST", e.getMessage());
            return;
        }
        byte[] body = readAtMost(exchange.getRequestBody(), MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            Responses.error(exchange, 413, "PAYLOAD_TOO_LARGE", "a case is at most " + MAX_BODY_BYTES + " bytes");
            return;
        }
        try {
            // the library decodes the bytes: a body that is not UTF-8 is MALFORMED_JSON naming the byte, never a
            // case decided with its characters replaced
            Case aCase = ThuiswerkJson.readCase(body);
            Responses.json(exchange, 200, ThuiswerkJson.write(decider.decide(aCase, locale)));
        } catch (DecisionException e) {
            Responses.json(exchange, status(e.code()), ThuiswerkJson.write(e));
        } catch (RuntimeException defect) {
            // the exception's message could quote the case, so only its kind and where it happened are logged
            LOG.error("a defect stopped a decision; the case and the exception's messages are left out of this log: {}",
                    withoutMessages(defect));
            Responses.json(exchange, 500, ThuiswerkJson.write(new DecisionException(ErrorCode.INTERNAL_ERROR, null,
                    "the portal could not decide this case because of a defect of its own", List.of())));
        }
    }

    static int status(ErrorCode code) {
        return switch (code) {
            case MALFORMED_JSON -> 400;
            case INVALID_INPUT, NO_RULESET_IN_FORCE -> 422;
            case INTERNAL_ERROR -> 500;
            // a code added to the library later is still an answer about the case, not a fault of the portal
            default -> 422;
        };
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        try (in) {
            return in.readNBytes(limit);
        }
    }

    /** The exception's classes and stack frames, causes included, without a single message. */
    static String withoutMessages(Throwable thrown) {
        StringBuilder trace = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            trace.append(t == thrown ? "" : "\ncaused by ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
                trace.append("\n\tat ").append(frames[i]);
            }
            if (frames.length > MAX_FRAMES) {
                trace.append("\n\t... ").append(frames.length - MAX_FRAMES).append(" more");
            }
        }
        return trace.toString();
    }
}
