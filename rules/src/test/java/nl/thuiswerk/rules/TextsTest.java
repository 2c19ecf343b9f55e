package nl.thuiswerk.rules;

import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Outcome;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every code, condition label, alternative and heading has a reviewed Dutch and English text, with the same placeholders. */
class TextsTest {

    private static final Path TEXTS = RuleSources.ROOT;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z]+}");

    static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(TEXTS.resolve("texts_" + language + ".properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    /** The keys the library looks up: one per code of every version, and the fixed ones of its explanations. */
    static Set<String> requiredKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (var version : TraceabilityTest.versions()) {
            for (var code : TraceabilityTest.codes(version).values()) {
                keys.add(code.get("code").asText());
                if (code.get("kind").asText().equals("CONDITION")) {
                    keys.add("label." + code.get("code").asText());
                }
            }
        }
        for (HomeWorkplace h : HomeWorkplace.values()) {
            keys.add("whatif.home." + h);
        }
        for (String v : List.of("true", "false", "NOT_STATED")) {
            keys.add("whatif.corona." + v);
        }
        for (Outcome o : Outcome.values()) {
            keys.add("outcome." + o);
            keys.add("explain.outcome." + o);
        }
        keys.addAll(List.of("explain.outcome.PARTLY_ON_SITE.noLimit", "assumption.job.tasks.needs",
                "assumption.worker.occupationalPhysicianAdvice", "assumption.worker.homeWorkplace", "whatif.task.off",
                "whatif.task.on", "whatif.advice.off", "whatif.outcome", "whatif.share", "whatif.noLimit", "whatif.lifted",
                "explain.title", "explain.ruleSet", "explain.reasons", "explain.source", "explain.conditions",
                "explain.conditions.none", "explain.blocking", "explain.assumptions", "explain.assumptions.none",
                "explain.whatif", "explain.whatif.none", "explain.closing", "list.and"));
        return keys;
    }

    /** What is wrong with a pair of text files: a key missing in one language, or different placeholders. */
    static List<String> problems(Set<String> required, Properties nl, Properties en) {
        List<String> problems = new ArrayList<>();
        Set<String> all = new TreeSet<>(required);
        nl.stringPropertyNames().forEach(all::add);
        en.stringPropertyNames().forEach(all::add);
        for (String key : all) {
            String n = nl.getProperty(key);
            String e = en.getProperty(key);
            if (n == null || n.isBlank()) {
                problems.add(key + " has no Dutch text");
            }
            if (e == null || e.isBlank()) {
                problems.add(key + " has no English text");
            }
            if (n != null && e != null && !placeholders(n).equals(placeholders(e))) {
                problems.add(key + " has other placeholders in Dutch than in English");
            }
        }
        return problems;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void every_code_and_every_sentence_the_library_writes_has_a_dutch_and_an_english_text() throws IOException {
        assertThat(problems(requiredKeys(), load("nl"), load("en"))).isEmpty();
    }

    @Test
    void a_missing_translation_or_a_lost_placeholder_is_reported() {
        Properties nl = new Properties();
        Properties en = new Properties();
        nl.setProperty("NATURE_OF_WORK", "{tasks} op locatie");
        en.setProperty("NATURE_OF_WORK", "on site");
        en.setProperty("MENTAL_HEALTH", "health");

        assertThat(problems(Set.of("NATURE_OF_WORK", "MENTAL_HEALTH", "HALF_TIME_ON_SITE"), nl, en)).containsExactly(
                "HALF_TIME_ON_SITE has no Dutch text", "HALF_TIME_ON_SITE has no English text",
                "MENTAL_HEALTH has no Dutch text", "NATURE_OF_WORK has other placeholders in Dutch than in English");
    }
}
