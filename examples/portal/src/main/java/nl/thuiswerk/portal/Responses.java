package nl.thuiswerk.portal;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Writing answers, each with the headers every answer of the portal carries. */
final class Responses {

    static final String JSON = "application/json; charset=utf-8";

    private Responses() {
    }

    /** A JSON answer that is never stored: a decision may repeat the company doctor's advice as its share. */
    static void json(Response response, Callback callback, int status, String json) {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        send(response, callback, status, JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An error of the portal itself, outside the decision contract (an unknown path, a wrong method or media type, a
     * body too large or too slow, a foreign host, a URL with more than the language), in the contract's error shape
     * so a client reads one kind of error. Messages are the portal's own fixed texts: nothing of the request is
     * repeated.
     */
    static void error(Response response, Callback callback, int status, String code, String message) {
        json(response, callback, status, errorJson(code, message));
    }

    static String errorJson(String code, String message) {
        return "{\"caseId\":null,\"error\":{\"code\":" + quote(code) + ",\"message\":" + quote(message)
                + ",\"problems\":[]}}";
    }

    /** Jetty leaves out the body of an answer to HEAD; its length is still the one a GET would get. */
    static void send(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, contentType);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** The text as a JSON string. */
    static String quoted(String text) {
        return quote(text);
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
