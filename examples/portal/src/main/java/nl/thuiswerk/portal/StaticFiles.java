package nl.thuiswerk.portal;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page: a fixed list of files read from the class path once, at start. A fixed list, not a folder, so no
 * request path can reach any other resource of the jar.
 */
final class StaticFiles {

    private static final String ROOT = "/nl/thuiswerk/portal/web/";

    /**
     * Scripts and styles only from the portal itself, no inline code, and no form may be submitted anywhere: if
     * the script failed, a browser's own form submission could put the answers, health data included, in a URL.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private record File(String contentType, byte[] bytes) {
    }

    private final Map<String, File> files;

    private StaticFiles(Map<String, File> files) {
        this.files = files;
    }

    static StaticFiles load() {
        Map<String, File> files = new LinkedHashMap<>();
        File index = read("index.html", "text/html; charset=utf-8");
        files.put("/", index);
        files.put("/index.html", index);
        files.put("/portal.css", read("portal.css", "text/css; charset=utf-8"));
        files.put("/portal.js", read("portal.js", "text/javascript; charset=utf-8"));
        files.put("/favicon.svg", read("favicon.svg", "image/svg+xml"));
        files.put("/requests.html", read("requests.html", "text/html; charset=utf-8"));
        files.put("/requests.js", read("requests.js", "text/javascript; charset=utf-8"));
        return new StaticFiles(Map.copyOf(files));
    }

    void handle(Request request, Response response, Callback callback) {
        File file = files.get(Request.getPathInContext(request));
        if (file == null) {
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            Responses.send(response, callback, 404, "text/plain; charset=utf-8",
                    "Not found. The portal is at /\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            Responses.send(response, callback, 405, "text/plain; charset=utf-8",
                    "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.getHeaders().put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.getHeaders().put("X-Frame-Options", "DENY");
        // always asked again: a new version of the portal must not meet an old script in the browser's cache
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        Responses.send(response, callback, 200, file.contentType(), file.bytes());
    }

    private static File read(String name, String contentType) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("the portal's page is incomplete: " + ROOT + name + " is missing");
            }
            return new File(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
