package nl.thuiswerk.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library's sentences exist in Dutch and in English, key for key and placeholder for placeholder, so a Dutch
 * answer never falls back on an English sentence; every key the code names is in the bundles, and every key in the
 * bundles is used.
 */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    /** A key as the code names it: in a call of the bundles, or of a helper that passes it on. */
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"((?:problem|error|json|noRuleSet|verify|subject|request)\\.[A-Za-z0-9_.]+)\"");
    /** Words that are English and not Dutch; the field names of the contract (problems, moreProblems) excepted. */
    static final Pattern ENGLISH = Pattern.compile("\\b(the|must|should|with|and|which|than|has|have|not|line|column|"
            + "number|field|required|given|cannot|does|expected|found|input|text|case|rule|set|version|value|before)\\b",
            Pattern.CASE_INSENSITIVE);

    private static Set<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(java.util.regex.MatchResult::group).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void both_languages_have_the_same_keys_with_the_same_placeholders() {
        Map<String, String> nl = Messages.LIBRARY.all(Language.NL);
        Map<String, String> en = Messages.LIBRARY.all(Language.EN);

        assertThat(nl.keySet()).isEqualTo(en.keySet());
        for (String key : en.keySet()) {
            assertThat(placeholders(nl.get(key))).as(key).isEqualTo(placeholders(en.get(key)));
            assertThat(nl.get(key)).as(key).isNotBlank();
            if (en.get(key).chars().anyMatch(Character::isLetter)) {
                assertThat(nl.get(key)).as(key + " is translated").isNotEqualTo(en.get(key));
            }
        }
    }

    @Test
    void no_dutch_message_holds_an_english_word() {
        Messages.LIBRARY.all(Language.NL).forEach((key, text) ->
                assertThat(ENGLISH.matcher(text.replace("moreProblems", "").replace("problems", "")).find())
                        .as(key + ": " + text).isFalse());
    }

    @Test
    void every_key_the_code_names_is_in_the_bundles_and_every_key_is_used() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                KEY_IN_CODE.matcher(Files.readString(source, StandardCharsets.UTF_8)).results()
                        .forEach(m -> used.add(m.group(1)));
            }
        }

        assertThat(Messages.LIBRARY.all(Language.EN).keySet()).containsAll(used);
        assertThat(used).containsAll(Messages.LIBRARY.all(Language.EN).keySet());
    }

    @Test
    void placeholders_are_filled_as_written_without_message_format_quoting() {
        // an apostrophe would be a quote for MessageFormat, and «{0}» be left unfilled
        assertThat(Messages.LIBRARY.get(Language.EN, "json.butFound", "x")).isEqualTo(", but found 'x'");
        assertThat(Messages.LIBRARY.get(Language.NL, "noRuleSet.last", "2022-02-15", "Titel", "2022-03-14"))
                .isEqualTo("De laatste versie is 2022-02-15 («Titel», geldig tot en met 2022-03-14).");
    }
}
