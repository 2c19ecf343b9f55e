package nl.thuiswerk.portal;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives itself, before the portal sees a request (headers too large, a request that is not HTTP)
 * or after a failure: in the contract's error shape, with the portal's own fixed messages. Jetty's default page
 * would repeat the request's URL and the exception's message, which could hold what a client put there.
 */
final class PortalErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) {
        Responses.error(response, callback, status, code(status), message(status));
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

    static String message(int status) {
        return switch (status) {
            case 400 -> "the request is not one the portal can read";
            case 408 -> "the request did not arrive whole within the portal's request time";
            case 413 -> "the request is larger than the portal takes";
            case 414 -> "the URL is longer than the portal takes";
            case 431 -> "the request's headers are larger than the portal takes";
            case 500 -> "the portal failed because of a defect of its own";
            default -> "the portal could not answer this request";
        };
    }
}
