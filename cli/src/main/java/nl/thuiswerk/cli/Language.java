package nl.thuiswerk.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;

/** The {@code --lang} option of the commands that decide. */
final class Language {

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl", converter = Converter.class,
            description = "Language of the texts in the answers: nl (default) or en.")
    private Locale locale;

    Locale locale() {
        return locale;
    }

    /** The language of the command's own messages. */
    nl.thuiswerk.internal.Language words() {
        return nl.thuiswerk.internal.Language.of(locale);
    }

    /**
     * Exactly the two languages the rules have texts in; anything else is a usage error here rather than a
     * failure on every case.
     */
    static final class Converter implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "nl" -> Locale.forLanguageTag("nl");
                case "en" -> Locale.ENGLISH;
                default -> throw new TypeConversionException("'" + value + "' is not a language of the rules; use nl or en");
            };
        }
    }
}
