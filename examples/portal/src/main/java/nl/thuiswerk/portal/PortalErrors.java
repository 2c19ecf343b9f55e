package nl.thuiswerk.portal;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.util.Locale;

/**
 * The answers Jetty gives itself, before the portal sees a request (headers too large, a request that is not HTTP)
 * or after a failure: in the contract's error shape, with the portal's own fixed messages. Jetty's default page
 * would repeat the request's URL and the exception's message, which could hold what a client put there.
 */
final class PortalErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) {
        Locale locale;
        try {
            locale = RequestLanguage.forAnswers(request.getHttpURI().getQuery(),
                    request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        } catch (RuntimeException unreadable) {
            // a request Jetty could not read may have no URL or headers to go by
            locale = RequestLanguage.DUTCH;
        }
        Responses.error(response, callback, status, code(status), message(status, locale));
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 404 -> "NOT_FOUND";
            case 408 -> "REQUEST_TIMEOUT";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 414 -> "URI_TOO_LONG";
            case 431 -> "HEADERS_TOO_LARGE";
            case 500 -> "INTERNAL_ERROR";
            default -> "HTTP_" + status;
        };
    }

    static String message(int status, Locale locale) {
        return switch (status) {
            case 400, 408, 413, 414, 431, 500 -> PortalMessages.get(locale, "http." + status);
            default -> PortalMessages.get(locale, "http.other");
        };
    }
}
