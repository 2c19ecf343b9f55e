package nl.thuiswerk.portal;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portal's own answers (a refused request, a defect), in the language of the request as the library's answers
 * are: {@code messages_nl.properties} and {@code messages_en.properties} beside this class. No fallback to the JVM's
 * language: a Dutch request never gets an English sentence because the server happens to run in English.
 */
final class PortalMessages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private PortalMessages() {
    }

    static String get(Locale locale, String key, Object... values) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : RequestLanguage.DUTCH;
        String text = ResourceBundle.getBundle(PortalMessages.class.getPackageName() + ".messages", language, NO_FALLBACK)
                .getString(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }
}
