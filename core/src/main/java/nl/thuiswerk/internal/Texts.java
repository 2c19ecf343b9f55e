package nl.thuiswerk.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import nl.thuiswerk.Case;
import nl.thuiswerk.FactChange;
import nl.thuiswerk.Outcome;
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

    /** An alternative in words: «If X and Y, the outcome would be …» or «…, C would no longer apply». */
    String whatIf(Language language, List<FactChange> changes, Case aCase, Outcome outcome, BigDecimal share,
                  List<String> lifted) {
        List<String> parts = new ArrayList<>(changes.size());
        for (FactChange c : changes) {
            String path = c.path();
            if (path.startsWith("job.tasks[")) {
                int i = Integer.parseInt(path.substring("job.tasks[".length(), path.indexOf(']')));
                String key = c.to().equals("NONE") ? "whatif.task.off" : "whatif.task.on";
                parts.add(fill(language, key, List.of(aCase.job().tasks().get(i).name()), null, null, null, null));
            } else if (path.equals("worker.occupationalPhysicianAdvice")) {
                parts.add(template(language, "whatif.advice.off"));
            } else if (path.equals("worker.homeWorkplace")) {
                parts.add(template(language, "whatif.home." + c.to()));
            } else {
                parts.add(template(language, "whatif.corona." + c.to()));
            }
        }
        String when = join(language, parts);
        if (!lifted.isEmpty()) {
            List<String> names = lifted.stream().map(code -> template(language, "label." + code)).toList();
            return template(language, "whatif.lifted").replace("{changes}", when).replace("{conditions}", join(language, names));
        }
        // «at most 0%» and «at most 100%» say nothing that «home» and «on site» do not
        String limit = outcome != Outcome.PARTLY_ON_SITE ? ""
                : share == null ? template(language, "whatif.noLimit")
                : template(language, "whatif.share").replace("{share}", percent(language, share));
        return template(language, "whatif.outcome").replace("{changes}", when)
                .replace("{outcome}", template(language, "outcome." + outcome.name())).replace("{limit}", limit);
    }

    private String join(Language language, List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.append(i == parts.size() - 1 ? " " + template(language, "list.and") + " " : ", ");
            }
            out.append(parts.get(i));
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
