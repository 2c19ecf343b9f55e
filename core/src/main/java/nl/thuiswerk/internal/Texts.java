package nl.thuiswerk.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The reviewed texts of every code, per language, with their placeholders filled in. */
final class Texts {

    private final Map<Language, Properties> byLanguage = new EnumMap<>(Language.class);

    Texts(Resources resources) {
        for (Language language : Language.values()) {
            Properties texts = new Properties();
            try {
                texts.load(new StringReader(resources.text("texts_" + language.tag() + ".properties")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byLanguage.put(language, texts);
        }
    }

    String template(Language language, String key) {
        String text = byLanguage.get(language).getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no " + language.tag() + " text for " + key);
        }
        return text;
    }

    boolean has(Language language, String key) {
        return byLanguage.get(language).containsKey(key);
    }

    /** The text of a code with its facts; placeholders without a value stay visible rather than silently empty. */
    String fill(Language language, String key, List<String> tasks, BigDecimal hours, BigDecimal total,
                BigDecimal share, BigDecimal justified) {
        String text = template(language, key);
        if (text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = c == '{' ? text.indexOf('}', i) : -1;
            if (end < 0) {
                out.append(c);
                i++;
                continue;
            }
            String name = text.substring(i + 1, end);
            String value = switch (name) {
                case "tasks" -> tasks == null ? null : list(language, tasks);
                case "hours" -> hours == null ? null : number(language, hours);
                case "total" -> total == null ? null : number(language, total);
                case "share" -> share == null ? null : percent(language, share);
                case "justified" -> justified == null ? null : percent(language, justified);
                default -> null;
            };
            out.append(value == null ? text.substring(i, end + 1) : value);
            i = end + 1;
        }
        return out.toString();
    }

    private String list(Language language, List<String> items) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(i == items.size() - 1 ? " " + template(language, "list.and") + " " : ", ");
            }
            out.append('“').append(items.get(i)).append('”');
        }
        return out.toString();
    }

    static String number(Language language, BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return language == Language.NL ? plain.replace('.', ',') : plain;
    }

    /** A share as a percentage of working time, from the share rounded to 4 decimals as the decision shows it. */
    static String percent(Language language, BigDecimal share) {
        BigDecimal pct = share.setScale(4, RoundingMode.HALF_UP).movePointRight(2);
        return number(language, pct) + "%";
    }
}
