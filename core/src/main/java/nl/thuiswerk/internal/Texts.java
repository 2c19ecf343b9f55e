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

    /** A text split once into its literal parts and its placeholders, so filling it parses nothing. */
    private record Template(String text, String[] literals, String[] placeholders) {

        static Template of(String text) {
            List<String> literals = new ArrayList<>();
            List<String> placeholders = new ArrayList<>();
            int from = 0;
            int open;
            while ((open = text.indexOf('{', from)) >= 0) {
                int close = text.indexOf('}', open);
                if (close < 0) {
                    break;
                }
                literals.add(text.substring(from, open));
                placeholders.add(text.substring(open + 1, close));
                from = close + 1;
            }
            literals.add(text.substring(from));
            return new Template(text, literals.toArray(String[]::new), placeholders.toArray(String[]::new));
        }
    }

    /** Immutable after loading: read by every thread without a lock (Properties would synchronise each read). */
    private final Map<Language, Map<String, Template>> byLanguage = new EnumMap<>(Language.class);

    /** The file of a language's texts, relative to the rules' root. */
    static String file(Language language) {
        return "texts_" + language.tag() + ".properties";
    }

    /** Where a text is not among these: the library's, for a policy's texts. */
    private final Texts parent;

    Texts(Resources resources) {
        this(resources, null);
    }

    /** The texts of an artefact (an employer's policy), with the library's for every key it does not have. */
    Texts(Resources resources, Texts parent) {
        this.parent = parent;
        for (Language language : Language.values()) {
            Properties texts = new Properties();
            try {
                texts.load(new StringReader(resources.text(file(language))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, Template> templates = new java.util.HashMap<>();
            for (String key : texts.stringPropertyNames()) {
                templates.put(key, Template.of(texts.getProperty(key)));
            }
            byLanguage.put(language, Map.copyOf(templates));
        }
    }

    private Template compiled(Language language, String key) {
        Template t = byLanguage.get(language).get(key);
        if (t == null && parent != null) {
            return parent.compiled(language, key);
        }
        if (t == null) {
            throw new IllegalStateException("no " + language.tag() + " text for " + key);
        }
        return t;
    }

    String template(Language language, String key) {
        return compiled(language, key).text();
    }

    /** The text of a code with its facts; placeholders without a value stay visible rather than silently empty. */
    String fill(Language language, String key, List<String> tasks, BigDecimal hours, BigDecimal total,
                BigDecimal share, BigDecimal justified) {
        Template t = compiled(language, key);
        if (t.placeholders().length == 0) {
            return t.text();
        }
        StringBuilder out = new StringBuilder(t.text().length() + 64);
        for (int i = 0; i < t.placeholders().length; i++) {
            out.append(t.literals()[i]);
            String name = t.placeholders()[i];
            String value = switch (name) {
                case "tasks" -> tasks == null ? null : list(language, tasks);
                case "hours" -> hours == null ? null : number(language, hours);
                case "total" -> total == null ? null : number(language, total);
                case "share" -> share == null ? null : percent(language, share);
                case "justified" -> justified == null ? null : percent(language, justified);
                default -> null;
            };
            if (value == null) {
                out.append('{').append(name).append('}');
            } else {
                out.append(value);
            }
        }
        out.append(t.literals()[t.placeholders().length]);
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
