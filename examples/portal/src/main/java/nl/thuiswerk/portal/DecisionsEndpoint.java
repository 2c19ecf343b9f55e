package nl.thuiswerk.portal;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.json.ThuiswerkJson;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code POST /api/decisions}: the contract's case JSON in, its decision or error JSON out, exactly as
 * {@link ThuiswerkJson} writes them.
 *
 * <table>
 *   <caption>Statuses</caption>
 *   <tr><td>200</td><td>a decision</td></tr>
 *   <tr><td>400</td><td>{@code MALFORMED_JSON}; or {@code BAD_REQUEST}: the URL holds more than the language</td></tr>
 *   <tr><td>422</td><td>{@code INVALID_INPUT} (every problem with its path) and {@code NO_RULESET_IN_FORCE}</td></tr>
 *   <tr><td>405, 408, 413, 415</td><td>{@code METHOD_NOT_ALLOWED}, {@code REQUEST_TIMEOUT},
 *       {@code PAYLOAD_TOO_LARGE}, {@code UNSUPPORTED_MEDIA_TYPE}</td></tr>
 *   <tr><td>500</td><td>{@code INTERNAL_ERROR}: a generic message, no stack trace</td></tr>
 * </table>
 *
 * <p>The body is read as it arrives, without holding a thread: a client that sends it slowly costs a connection,
 * not one of the threads that answer everybody else, and it is answered 408 once the request time is up.
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

    /**
     * How much of a body that is too large is still read, and thrown away, so that the client gets its 413 instead of
     * a connection reset (see {@link Body}). A body that says it is longer is refused at once, its connection closed.
     */
    static final int DISCARD_MAX_BYTES = 16 * MAX_BODY_BYTES;

    private static final Logger LOG = LoggerFactory.getLogger(DecisionsEndpoint.class);
    private static final int MAX_FRAMES = 40;

    /** Decides one valid case; {@link nl.thuiswerk.HomeWorkingAdvisor#decide(Case, Locale)} in the portal. */
    @FunctionalInterface
    interface Decider {
        Decision decide(Case aCase, Locale locale);
    }

    /** The path of the requests' endpoint: {@code POST /api/assessments}, a request in, its assessment out. */
    static final String ASSESSMENTS_PATH = "/api/assessments";

    /** Assesses one valid request; {@link nl.thuiswerk.HomeWorkingAdvisor#assess} in the portal. */
    @FunctionalInterface
    interface Assessor {
        nl.thuiswerk.Assessment assess(nl.thuiswerk.WorkplaceRequest request, Locale locale);
    }

    private final Decider decider;
    private final Assessor assessor;
    private final long requestTimeoutNanos;

    DecisionsEndpoint(Decider decider, Duration requestTimeout) {
        this.decider = decider;
        this.assessor = null;
        this.requestTimeoutNanos = requestTimeout.toNanos();
    }

    /**
     * The endpoint of requests under the Wet flexibel werken: the same checks of method, language, media type, size
     * and time, then the request read and assessed, its assessment or error as {@code ThuiswerkJson} writes them.
     */
    DecisionsEndpoint(Assessor assessor, Duration requestTimeout) {
        this.decider = null;
        this.assessor = assessor;
        this.requestTimeoutNanos = requestTimeout.toNanos();
    }

    void handle(Request request, Response response, Callback callback) {
        // the portal's own answers are in the request's language too, as the library's are
        Locale answers = RequestLanguage.forAnswers(request.getHttpURI().getQuery(),
                request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        if (!"POST".equals(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            Responses.error(response, callback, 405, "METHOD_NOT_ALLOWED", PortalMessages.get(answers, "method"));
            return;
        }
        Locale locale;
        try {
            locale = RequestLanguage.of(request.getHttpURI().getQuery(),
                    request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        } catch (RequestLanguage.BadRequest e) {
            refuseUnread(response, callback, 400, "BAD_REQUEST", PortalMessages.get(answers, e.getMessage()));
            return;
        }
        if (!isJson(request.getHeaders().getValuesList(HttpHeader.CONTENT_TYPE))) {
            // also what keeps another site's plain HTML form, which can only send form or text types, from posting
            refuseUnread(response, callback, 415, "UNSUPPORTED_MEDIA_TYPE", PortalMessages.get(locale, "mediaType"));
            return;
        }
        if (request.getLength() > DISCARD_MAX_BYTES) {
            refuseUnread(response, callback, 413, "PAYLOAD_TOO_LARGE", tooLarge(locale));
            return;
        }
        // the request time counts from the request's first byte, so a client that was slow with its headers has
        // less left for its body
        long left = requestTimeoutNanos - NanoTime.since(request.getBeginNanoTime());
        Body body = request.getLength() > MAX_BODY_BYTES
                ? Body.discard(request, DISCARD_MAX_BYTES)
                : Body.read(request, MAX_BODY_BYTES, DISCARD_MAX_BYTES);
        body.bytes()
                .orTimeout(Math.max(left, 0), TimeUnit.NANOSECONDS)
                .whenComplete((bytes, failure) -> {
                    try {
                        if (failure == null && assessor != null) {
                            assess(bytes, locale, response, callback);
                        } else if (failure == null) {
                            decide(bytes, locale, response, callback);
                        } else {
                            refuseBody(unwrap(failure), body.exceeded(), locale, response, callback);
                        }
                    } catch (Throwable unanswerable) {
                        // a CompletableFuture would swallow it, and the client would wait for the idle timeout
                        callback.failed(unanswerable);
                    }
                });
    }

    private void decide(byte[] body, Locale locale, Response response, Callback callback) {
        try {
            // the library decodes the bytes: a body that is not UTF-8 is MALFORMED_JSON naming the byte, never a
            // case decided with its characters replaced
            Case aCase = ThuiswerkJson.readCase(body, locale);
            Responses.json(response, callback, 200, ThuiswerkJson.write(decider.decide(aCase, locale)));
        } catch (DecisionException e) {
            Responses.json(response, callback, status(e.code()), ThuiswerkJson.write(e));
        } catch (RuntimeException defect) {
            // the exception's message could quote the case, so only its kind and where it happened are logged
            LOG.error("a defect stopped a decision; the case and the exception's messages are left out of this log: {}",
                    withoutMessages(defect));
            Responses.json(response, callback, 500, ThuiswerkJson.write(new DecisionException(ErrorCode.INTERNAL_ERROR,
                    null, PortalMessages.get(locale, "defect"), List.of())));
        }
    }

    private void assess(byte[] body, Locale locale, Response response, Callback callback) {
        try {
            // read in the request's language, as a case is: an error is worded in one language throughout
            nl.thuiswerk.WorkplaceRequest request = ThuiswerkJson.readRequest(body, locale);
            Responses.json(response, callback, 200, ThuiswerkJson.write(assessor.assess(request, locale)));
        } catch (DecisionException e) {
            Responses.json(response, callback, status(e.code()), nl.thuiswerk.json.RequestAnswers.write(e));
        } catch (RuntimeException defect) {
            // the exception's message could name the request's circumstances: only its kind and frames are logged
            LOG.error("a defect stopped an assessment; the request and the exception's messages are left out of this "
                    + "log: {}", withoutMessages(defect));
            Responses.json(response, callback, 500, nl.thuiswerk.json.RequestAnswers.write(
                    new DecisionException(ErrorCode.INTERNAL_ERROR, null, PortalMessages.get(locale, "defect"),
                            List.of())));
        }
    }

    private static void refuseBody(Throwable failure, boolean tooLarge, Locale locale, Response response,
            Callback callback) {
        if (tooLarge) {
            // also when the rest of the body came too slowly to be read to its end
            refuseUnread(response, callback, 413, "PAYLOAD_TOO_LARGE", tooLarge(locale));
        } else if (failure instanceof TimeoutException) {
            // our own request time, or the connection's idle timeout while the body was awaited
            refuseUnread(response, callback, 408, "REQUEST_TIMEOUT", PortalMessages.get(locale, "timeout"));
        } else {
            // the connection broke, or Jetty found the body's framing invalid: Jetty answers (with PortalErrors)
            // where an answer can still be sent
            callback.failed(failure);
        }
    }

    /** An answer given before or instead of the body's use: the connection is closed after it. */
    private static void refuseUnread(Response response, Callback callback, int status, String code, String message) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        Responses.error(response, callback, status, code, message);
    }

    private static String tooLarge(Locale locale) {
        return PortalMessages.get(locale, "tooLarge", MAX_BODY_BYTES);
    }

    /**
     * One {@code Content-Type}, {@code application/json}, with no charset or UTF-8's; the page and the README's curl
     * send it.
     */
    static boolean isJson(List<String> contentTypes) {
        if (contentTypes.size() != 1) {
            return false;
        }
        String[] parts = contentTypes.get(0).split(";");
        if (!"application/json".equalsIgnoreCase(parts[0].strip())) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int eq = parameter.indexOf('=');
            if (eq > 0 && "charset".equalsIgnoreCase(parameter.substring(0, eq).strip())) {
                String charset = parameter.substring(eq + 1).strip().replace("\"", "");
                if (!"utf-8".equalsIgnoreCase(charset)) {
                    return false;
                }
            }
        }
        return true;
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

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
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
