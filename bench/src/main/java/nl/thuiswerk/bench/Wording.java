package nl.thuiswerk.bench;

import nl.thuiswerk.Case;
import nl.thuiswerk.FactChange;
import nl.thuiswerk.Outcome;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The full oracle's own wording of a decision: the reviewed texts of the rules artefact
 * ({@code texts_nl.properties}, {@code texts_en.properties}, read as any user of the artefact can), filled in as the
 * contract shows them (numbers with the language's decimal mark, shares as percentages rounded to 4 decimals, lists
 * joined with the language's «and»). Written for the bench, beside the library's, so that the full oracle uses no
 * internal piece of the library. Thread-safe after construction.
 */
final class Wording {

    /** The languages the texts exist in, by tag. */
    static final List<String> LANGUAGES = List.of("nl", "en");

    private final Map<String, Map<String, String>> texts = new HashMap<>();

    Wording(ClassLoader loader) {
        for (String language : LANGUAGES) {
            String path = "nl/thuiswerk/rules/texts_" + language + ".properties";
            Properties p = new Properties();
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("the rules artefact lacks " + path);
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> byKey = new HashMap<>();
            p.stringPropertyNames().forEach(k -> byKey.put(k, p.getProperty(k)));
            texts.put(language, Map.copyOf(byKey));
        }
    }

    String template(String language, String key) {
        String t = texts.get(language).get(key);
        if (t == null) {
            throw new IllegalStateException("no " + language + " text for " + key);
        }
        return t;
    }

    /** The text of a key with its facts; a placeholder without a value stays visible. */
    String fill(String language, String key, List<String> tasks, BigDecimal hours, BigDecimal total, BigDecimal share,
                BigDecimal justified) {
        String t = template(language, key);
        StringBuilder out = new StringBuilder(t.length() + 64);
        int from = 0;
        int open;
        while ((open = t.indexOf('{', from)) >= 0) {
            int close = t.indexOf('}', open);
            if (close < 0) {
                break;
            }
            out.append(t, from, open);
            String name = t.substring(open + 1, close);
            String value = switch (name) {
                case "tasks" -> tasks == null ? null : list(language, tasks);
                case "hours" -> hours == null ? null : number(language, hours);
                case "total" -> total == null ? null : number(language, total);
                case "share" -> share == null ? null : percent(language, share);
                case "justified" -> justified == null ? null : percent(language, justified);
                default -> null;
            };
            out.append(value == null ? "{" + name + "}" : value);
            from = close + 1;
        }
        return out.append(t.substring(from)).toString();
    }

    /** An alternative in words: «If X and Y, the outcome would be …» or «…, C would no longer apply». */
    String whatIf(String language, List<FactChange> changes, Case aCase, Outcome outcome, BigDecimal share,
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
        String when = join(language, parts, false);
        if (!lifted.isEmpty()) {
            List<String> names = lifted.stream().map(code -> template(language, "label." + code)).toList();
            return template(language, "whatif.lifted").replace("{changes}", when)
                    .replace("{conditions}", join(language, names, false));
        }
        String limit = outcome != Outcome.PARTLY_ON_SITE ? ""
                : share == null ? template(language, "whatif.noLimit")
                : template(language, "whatif.share").replace("{share}", percent(language, share));
        return template(language, "whatif.outcome").replace("{changes}", when)
                .replace("{outcome}", template(language, "outcome." + outcome.name())).replace("{limit}", limit);
    }

    private String list(String language, List<String> items) {
        return join(language, items, true);
    }

    private String join(String language, List<String> items, boolean quoted) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(i == items.size() - 1 ? " " + template(language, "list.and") + " " : ", ");
            }
            out.append(quoted ? "“" + items.get(i) + "”" : items.get(i));
        }
        return out.toString();
    }

    private static String number(String language, BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return language.equals("nl") ? plain.replace('.', ',') : plain;
    }

    private static String percent(String language, BigDecimal share) {
        return number(language, share.setScale(4, RoundingMode.HALF_UP).movePointRight(2)) + "%";
    }
}
