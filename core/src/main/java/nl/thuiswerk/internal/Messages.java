package nl.thuiswerk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The library's own sentences (errors, problems, verification), in every language of {@link Language}: the bundles
 * {@code messages_nl.properties} and {@code messages_en.properties} beside this class, in UTF-8. The reasons,
 * conditions and assumptions of a decision are the rules' texts ({@link Texts}), fingerprinted with the rules; these
 * are not, as they decide nothing.
 *
 * <p>A message's placeholders are {@code {0}}, {@code {1}}, …, filled in literally (no {@link java.text.MessageFormat}:
 * its quoting rules would turn every apostrophe into a trap). Both bundles hold the same keys with the same
 * placeholders (a test checks it), so no Dutch answer falls back on an English sentence.
 */
public final class Messages {

    /** The library's bundles. */
    public static final Messages LIBRARY = new Messages(Messages.class, "messages");

    private final String name;
    private final Map<Language, Map<String, String>> byLanguage = new EnumMap<>(Language.class);

    /**
     * @param anchor the class beside whose package the bundles lie
     * @param name   the bundles' base name: {@code name_nl.properties}, {@code name_en.properties}
     */
    public Messages(Class<?> anchor, String name) {
        this.name = anchor.getPackageName() + "." + name;
        for (Language language : Language.values()) {
            String file = name + "_" + language.tag() + ".properties";
            Properties properties = new Properties();
            try (InputStream in = anchor.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("the messages " + file + " beside " + anchor.getName() + " are missing");
                }
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the messages " + file, e);
            }
            Map<String, String> texts = new HashMap<>();
            properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
            byLanguage.put(language, Map.copyOf(texts));
        }
    }

    /** The message in the language, its placeholders filled with the values in order. */
    public String get(Language language, String key, Object... values) {
        String text = byLanguage.get(language).get(key);
        if (text == null) {
            throw new IllegalStateException("no " + language.tag() + " message " + key + " in " + name);
        }
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    /** Every key and text of a language, for the tests that hold the bundles together. */
    public Map<String, String> all(Language language) {
        return byLanguage.get(language);
    }
}
