package nl.thuiswerk.internal;

import java.util.Locale;

/** The languages the texts exist in. */
public enum Language {
    NL, EN;

    /** The language of a locale; only Dutch and English have reviewed texts, anything else is refused. */
    public static Language of(Locale locale) {
        if (locale == null) {
            return NL;
        }
        return switch (locale.getLanguage()) {
            case "nl" -> NL;
            case "en" -> EN;
            default -> throw new IllegalArgumentException(
                    "no texts in language '" + locale.getLanguage() + "': use nl or en");
        };
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
