package nl.thuiswerk.portal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The language of a decision's texts: {@code ?lang=nl|en} in the URL, else the Accept-Language header, else Dutch
 * (the library's default). The URL carries the language and nothing else: a case, and above all the company
 * doctor's advice, belongs in the request body, where no address bar, browser history or proxy log keeps it.
 */
final class RequestLanguage {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final List<String> SUPPORTED = List.of("nl", "en");

    private RequestLanguage() {
    }

    /**
     * @param rawQuery       the URL's query, still encoded; null when there is none
     * @param acceptLanguage the header, or null
     * @throws BadRequest for a parameter other than {@code lang}, or a language other than nl or en; its message
     *                    never repeats what was sent
     */
    static Locale of(String rawQuery, String acceptLanguage) throws BadRequest {
        String lang = langParameter(rawQuery);
        if (lang != null) {
            return switch (lang.toLowerCase(Locale.ROOT)) {
                case "nl" -> DUTCH;
                case "en" -> Locale.ENGLISH;
                default -> throw new BadRequest("lang.unknown");
            };
        }
        if (acceptLanguage != null) {
            try {
                String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
                if (tag != null) {
                    return Locale.forLanguageTag(tag);
                }
            } catch (IllegalArgumentException unreadable) {
                // a header that cannot be read chooses no language, as a missing one does
            }
        }
        return DUTCH;
    }

    private static String langParameter(String rawQuery) throws BadRequest {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        String lang = null;
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (!"lang".equals(name)) {
                throw new BadRequest("lang.onlyLang");
            }
            if (lang != null) {
                throw new BadRequest("lang.twice");
            }
            lang = eq < 0 ? "" : decode(pair.substring(eq + 1));
        }
        return lang;
    }

    private static String decode(String part) throws BadRequest {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // URLDecoder's message quotes the input; ours does not
            throw new BadRequest("lang.encoding");
        }
    }

    /**
     * The language for the portal's own answers to any request: as {@link #of}, or Dutch where the URL's query cannot
     * be read (that refusal is itself answered in Dutch, or in the Accept-Language's language).
     */
    static Locale forAnswers(String rawQuery, String acceptLanguage) {
        try {
            return of(rawQuery, acceptLanguage);
        } catch (BadRequest e) {
            try {
                return of(null, acceptLanguage);
            } catch (BadRequest unreachable) {
                return DUTCH;
            }
        }
    }

    /** A request the portal refuses before it reads a case; its message is a key of {@link PortalMessages}. */
    static final class BadRequest extends Exception {

        BadRequest(String key) {
            super(key, null, false, false);
        }
    }
}
