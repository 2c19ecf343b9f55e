package nl.thuiswerk.portal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's own answers exist in Dutch and in English, key for key and placeholder for placeholder. */
class PortalMessagesTest {

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (var in = PortalMessages.class.getResourceAsStream("messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        return Pattern.compile("\\{\\d+}").matcher(text).results().map(MatchResult::group)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void both_languages_have_the_same_keys_and_placeholders_and_a_dutch_request_gets_dutch() throws IOException {
        Properties nl = load("nl");
        Properties en = load("en");

        assertThat(nl.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(nl.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
            assertThat(nl.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key)).endsWith(".");
        }
        assertThat(PortalMessages.get(RequestLanguage.DUTCH, "tooLarge", 262144)).isEqualTo("Een casus is hoogstens 262144 bytes.");
        assertThat(PortalMessages.get(Locale.ENGLISH, "tooLarge", 262144)).isEqualTo("A case is at most 262144 bytes.");
    }
}
