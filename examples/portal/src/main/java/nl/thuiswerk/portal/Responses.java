package nl.thuiswerk.portal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writing answers, each with the headers every answer of the portal carries. */
final class Responses {

    static final String JSON = "application/json; charset=utf-8";

    private Responses() {
    }

    /** A JSON answer that is never stored: a decision may repeat the company doctor's advice as its share. */
    static void json(HttpExchange exchange, int status, String json) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An error of the portal itself, outside the decision contract (an unknown path, a wrong method, a body too
     * large, a URL with more than the language), in the contract's error shape so a client reads one kind of
     * error. Messages are the portal's own fixed texts: nothing of the request is repeated.
     */
    static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        json(exchange, status, "{\"caseId\":null,\"error\":{\"code\":" + quote(code) + ",\"message\":" + quote(message)
                + ",\"problems\":[]}}");
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        // 0 tells the JDK's server "chunked", -1 "no body": an empty answer needs the latter
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
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
