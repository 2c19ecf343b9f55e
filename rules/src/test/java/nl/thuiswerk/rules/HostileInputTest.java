package nl.thuiswerk.rules;

import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.Fuzzer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A hundred thousand hostile inputs, each answered with a decision or a typed error: never an uncaught
 * exception, never a hang, never an error that shows a share given in the input or is longer than the input (or
 * 4 KiB). The figures go into docs/security.md by the build's generate step ({@link GeneratedFiles}), from the same
 * seeded run.
 */
class HostileInputTest {

    static final int INPUTS = 100_000;
    static final long SEED = 20220315L;
    static final Path DOC = Path.of("../docs/security.md");

    /** What happened to the fuzzed inputs. */
    record Figures(int inputs, int decided, Map<String, Integer> errors, List<String> crashes, int longestInput,
                   List<String> leaks, List<String> oversized, int longestError) {
    }

    static List<String> seeds() throws Exception {
        return Files.readAllLines(Path.of("../examples/cases/cases.jsonl"));
    }

    static Figures fuzz() throws Exception {
        HomeWorkingAdvisor advisor = HomeWorkingAdvisor.create();
        Fuzzer fuzzer = new Fuzzer(SEED, seeds());
        int decided = 0;
        int longest = 0;
        int longestError = 0;
        Map<String, Integer> errors = new TreeMap<>();
        List<String> crashes = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        List<String> oversized = new ArrayList<>();
        for (int i = 0; i < INPUTS; i++) {
            String input = fuzzer.next();
            longest = Math.max(longest, input.length());
            try {
                Decision d = advisor.decide(ThuiswerkJson.readCase(input), i % 2 == 0 ? Locale.ENGLISH : Locale.forLanguageTag("nl"));
                assertThat(ThuiswerkJson.write(d)).isNotEmpty();
                decided++;
            } catch (DecisionException e) {
                String json = ThuiswerkJson.write(e);
                assertThat(json).contains(e.code().name());
                if (e.code().name().equals("INVALID_INPUT")) {
                    assertThat(e.problems()).as("an invalid input names its problems").isNotEmpty();
                }
                errors.merge(e.code().name(), 1, Integer::sum);
                int errorBytes = json.getBytes(StandardCharsets.UTF_8).length;
                longestError = Math.max(longestError, errorBytes);
                if (errorBytes > Math.max(input.getBytes(StandardCharsets.UTF_8).length, 4096) && oversized.size() < 10) {
                    oversized.add(errorBytes + " bytes for " + input.substring(0, Math.min(200, input.length())));
                }
                if (showsHealthData(json + "\n" + e.getMessage() + "\n" + e) && leaks.size() < 10) {
                    leaks.add(json);
                }
            } catch (RuntimeException | StackOverflowError e) {
                if (crashes.size() < 10) {
                    // a crash's own message is not shown here: like any message, it could quote the share
                    crashes.add(e.getClass().getName() + (showsHealthData(String.valueOf(e)) ? " (its message shows a share)" : "")
                            + " for input of " + input.length() + " chars");
                }
            }
        }
        return new Figures(INPUTS, decided, errors, crashes, longest, leaks, oversized, longestError);
    }

    /** Whether the text holds the digits of a share the fuzzer gave as the company doctor's advice. */
    static boolean showsHealthData(String text) {
        return Fuzzer.HEALTH_DIGITS.stream().anyMatch(text::contains);
    }

    @Test
    void every_hostile_input_gets_a_decision_or_a_typed_error_never_a_crash_or_a_hang() throws Exception {
        // given a seeded fuzzer; when every input is decided (a hang would stop this test, not the build)
        Figures f = assertTimeoutPreemptively(Duration.ofMinutes(5), HostileInputTest::fuzz);

        // then
        assertThat(f.crashes()).isEmpty();
        assertThat(f.leaks()).as("errors that show a share given in the input").isEmpty();
        assertThat(f.oversized()).as("errors longer than their input and 4 KiB").isEmpty();
        assertThat(f.decided() + f.errors().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(INPUTS);
        assertThat(f.errors()).containsKeys("MALFORMED_JSON", "INVALID_INPUT", "NO_RULESET_IN_FORCE");
        assertThat(f.decided()).as("mutations leave enough valid cases to exercise the rules").isGreaterThan(5_000);
    }

    /** docs/security.md with its figures, from a run of {@link #fuzz}, between the markers of its section. */
    static String securityDoc() throws Exception {
        String generated = figuresSection(fuzz(), ConcurrencyTest.THREADS, ConcurrencyTest.DECISIONS_PER_THREAD);
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String begin = "<!-- figures:begin -->\n";
        String end = "<!-- figures:end -->";
        return doc.substring(0, doc.indexOf(begin) + begin.length()) + generated + doc.substring(doc.indexOf(end));
    }

    static String figuresSection(Figures f, int threads, int perThread) {
        StringBuilder md = new StringBuilder();
        md.append("| check | figure |\n|---|---|\n");
        md.append("| concurrency: threads × decisions on one shared advisor, each compared with the single-threaded decision | ")
                .append(threads).append(" × ").append(String.format(Locale.ROOT, "%,d", perThread)).append(" = ")
                .append(String.format(Locale.ROOT, "%,d", threads * perThread)).append(" compared, 0 different |\n");
        md.append("| hostile inputs tried (seed ").append(SEED).append(") | ")
                .append(String.format(Locale.ROOT, "%,d", f.inputs())).append(" |\n");
        md.append("| … answered with a decision | ").append(String.format(Locale.ROOT, "%,d", f.decided())).append(" |\n");
        f.errors().forEach((code, n) -> md.append("| … answered with ").append(code).append(" | ")
                .append(String.format(Locale.ROOT, "%,d", n)).append(" |\n"));
        md.append("| crashes (an exception other than a typed error) | ").append(f.crashes().size()).append(" |\n");
        md.append("| errors (message, JSON or exception) that show a share given in the input | ").append(f.leaks().size())
                .append(" |\n");
        md.append("| errors longer than both their input and 4 KiB | ").append(f.oversized().size()).append(" |\n");
        md.append("| longest error | ").append(String.format(Locale.ROOT, "%,d", f.longestError())).append(" bytes |\n");
        md.append("| hangs | 0 |\n");
        md.append("| longest input tried | ").append(String.format(Locale.ROOT, "%,d", f.longestInput())).append(" characters |\n");
        md.append("| lines lost by `batch` over the same inputs, one per line (the command line's `BatchFuzzTest`) | 0 |\n");
        return md.toString();
    }
}
