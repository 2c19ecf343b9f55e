package nl.thuiswerk.rules;

import nl.thuiswerk.Case;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.CaseGenerator;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Optimisations must not change a single byte of what the library answers. This test decides a fixed, seeded
 * population (and the public examples) in both languages and compares the sha256 of every answer, in order, with
 * the digest recorded in {@code golden/answers.sha256}. A change of output that is meant (a new text, a new field)
 * is recorded with {@code -Dthuiswerk.writeGolden=true}, in a commit that says why. The versions' fingerprints
 * are masked: they change with every byte of a rule file, comments included, and are checked elsewhere
 * (IntegrityTest, docs/versions.md); what must not change here is every decision.
 */
class OutputStabilityTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/answers.sha256");

    @Test
    void the_answers_to_a_fixed_population_are_the_recorded_bytes() throws Exception {
        // given
        HomeWorkingAdvisor advisor = HomeWorkingAdvisor.create();
        java.util.Map<String, String> masks = new java.util.LinkedHashMap<>();
        advisor.ruleSets().forEach(r -> masks.put(r.fingerprint(), "sha256:fingerprint-of-" + r.id()));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        CaseGenerator generator = new CaseGenerator(4242L);
        int answers = 0;

        // when
        for (String line : Files.readAllLines(Path.of("../examples/cases/cases.jsonl"))) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("nl")}) {
                sha.update(masked(ThuiswerkJson.answer(line, c -> advisor.decide(c, locale), false).json(), masks)
                        .getBytes(StandardCharsets.UTF_8));
                answers++;
            }
        }
        for (int i = 0; i < 5_000; i++) {
            Case c = generator.next();
            Locale locale = i % 2 == 0 ? Locale.ENGLISH : Locale.forLanguageTag("nl");
            sha.update(masked(ThuiswerkJson.answer(ThuiswerkJson.write(c), x -> advisor.decide(x, locale), i % 7 == 0)
                    .json(), masks).getBytes(StandardCharsets.UTF_8));
            answers++;
        }
        String digest = answers + " answers sha256:" + HexFormat.of().formatHex(sha.digest()) + "\n";
        if (Boolean.getBoolean("thuiswerk.writeGolden")) {
            Files.writeString(GOLDEN, digest, StandardCharsets.UTF_8);
        }

        // then
        assertThat(digest).as("the answers changed; if that is meant, record them: -Dthuiswerk.writeGolden=true")
                .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    private static String masked(String answer, java.util.Map<String, String> masks) {
        String out = answer;
        for (var m : masks.entrySet()) {
            out = out.replace(m.getKey(), m.getValue());
        }
        return out;
    }
}
