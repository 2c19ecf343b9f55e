package nl.thuiswerk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PinTest {

    private static final String FIRST = "2021-02-18";
    private static final String WRONG = "sha256:" + "0".repeat(64);
    private static final String ANALYST = "{\"caseId\":\"pinned-1\",\"referenceDate\":\"2021-03-15\","
            + "\"job\":{\"tasks\":[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]}}";

    @TempDir
    Path dir;

    @Test
    void a_fingerprint_that_does_not_match_stops_decide_with_one_line_naming_the_version() {
        // given a pin of the first version to a fingerprint its rules do not have
        // when a case is decided with it
        CliRunner.Run run = CliRunner.runWithStdin(ANALYST, "decide", "--pin", FIRST + "=" + WRONG, "-");

        // then nothing is decided and the user reads one line naming the version, without a stack trace
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr().lines().toList()).hasSize(1);
        assertThat(run.stderr()).startsWith("thuiswerk decide: ").contains(FIRST).contains(WRONG)
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void the_real_fingerprint_decides_as_without_a_pin() {
        // given the first version's fingerprint as rulesets --json lists it
        String fingerprint = fingerprintOf(FIRST);

        // when a case is decided with the version pinned to it
        CliRunner.Run pinned = CliRunner.runWithStdin(ANALYST, "decide", "--pin", FIRST + "=" + fingerprint, "-");

        // then the case is decided, exactly as without the pin
        assertThat(pinned.exitCode()).isEqualTo(0);
        assertThat(pinned.stderr()).isEmpty();
        assertThat(pinned.stdout()).isEqualTo(CliRunner.runWithStdin(ANALYST, "decide", "-").stdout());
    }

    @Test
    void every_version_pinned_to_its_own_fingerprint_starts_every_command() throws IOException {
        // given every version pinned to its own fingerprint
        List<String> pins = CliRunner.advisor().ruleSets().stream()
                .flatMap(v -> Stream.of("--pin", v.id() + "=" + fingerprintOf(v.id()))).toList();
        Path cases = Files.writeString(dir.resolve("one.jsonl"), ANALYST + "\n", StandardCharsets.UTF_8);
        Path aCase = Files.writeString(dir.resolve("one.json"), ANALYST, StandardCharsets.UTF_8);
        Path decision = Files.write(dir.resolve("decision.json"), run(pins, "decide", aCase.toString()).stdoutBytes());

        // when each command runs with the pins
        // then each does its work
        assertThat(run(pins, "explain", aCase.toString()).exitCode()).isEqualTo(0);
        assertThat(run(pins, "verify", decision.toString(), aCase.toString()).exitCode()).isEqualTo(0);
        assertThat(run(pins, "batch", cases.toString()).exitCode()).isEqualTo(0);
        assertThat(run(pins, "rulesets").exitCode()).isEqualTo(0);
        assertThat(run(pins, "trace", FIRST).exitCode()).isEqualTo(0);
        assertThat(run(pins, "diff", FIRST, "2022-02-15", cases.toString()).exitCode()).isEqualTo(0);
    }

    @Test
    void a_fingerprint_that_does_not_match_stops_every_command_before_it_writes_anything() throws IOException {
        // given a file of cases and a wrong pin
        Path cases = Files.writeString(dir.resolve("one.jsonl"), ANALYST + "\n", StandardCharsets.UTF_8);
        Path aCase = Files.writeString(dir.resolve("one.json"), ANALYST, StandardCharsets.UTF_8);
        Path decision = Files.write(dir.resolve("decision.json"), CliRunner.run("decide", aCase.toString()).stdoutBytes());
        List<String> pin = List.of("--pin", FIRST + "=" + WRONG);

        // when each command that loads the rules runs with it
        for (String[] command : List.of(new String[] {"explain", aCase.toString()},
                new String[] {"verify", decision.toString(), aCase.toString()},
                new String[] {"batch", cases.toString()}, new String[] {"rulesets"},
                new String[] {"rulesets", "--json"}, new String[] {"trace", FIRST},
                new String[] {"diff", FIRST, "2022-02-15", cases.toString()})) {
            CliRunner.Run run = run(pin, command);

            // then it stops with one line naming the version and writes nothing on stdout
            assertThat(run.exitCode()).as(command[0]).isEqualTo(2);
            assertThat(run.stdout()).as(command[0]).isEmpty();
            assertThat(run.stderr()).as(command[0]).startsWith("thuiswerk " + command[0] + ": ").contains(FIRST)
                    .doesNotContain("\tat ");
            assertThat(run.stderr().lines().toList()).as(command[0]).hasSize(1);
        }
    }

    @Test
    void the_real_catalogue_fingerprint_decides_as_without_a_pin() {
        // given the catalogue's fingerprint as rulesets --json lists it
        String catalogue = catalogueFingerprint();

        // when a case is decided with the catalogue pinned to it, and every version too
        List<String> pins = new java.util.ArrayList<>(List.of("--pin", "catalogue=" + catalogue));
        CliRunner.advisor().ruleSets().forEach(v -> pins.addAll(List.of("--pin", v.id() + "=" + fingerprintOf(v.id()))));
        CliRunner.Run pinned = CliRunner.runWithStdin(ANALYST, concat(List.of("decide", "-"), pins));

        // then the case is decided, exactly as without the pins
        assertThat(pinned.exitCode()).isEqualTo(0);
        assertThat(pinned.stderr()).isEmpty();
        assertThat(pinned.stdout()).isEqualTo(CliRunner.runWithStdin(ANALYST, "decide", "-").stdout());
    }

    @Test
    void a_catalogue_fingerprint_that_does_not_match_stops_every_command_with_one_line_naming_the_catalogue()
            throws IOException {
        // given a catalogue pinned to a fingerprint it does not have
        Path cases = Files.writeString(dir.resolve("one.jsonl"), ANALYST + "\n", StandardCharsets.UTF_8);
        List<String> pin = List.of("--pin", "catalogue=" + WRONG);

        // when commands that load the rules run with it
        for (String[] command : List.of(new String[] {"decide", "-"}, new String[] {"batch", cases.toString()},
                new String[] {"rulesets", "--json"})) {
            CliRunner.Run run = CliRunner.runWithStdin(ANALYST, concat(List.of(command), pin));

            // then each stops, exit 2, with one line naming the catalogue, what was pinned and what was found
            assertThat(run.exitCode()).as(command[0]).isEqualTo(2);
            assertThat(run.stdout()).as(command[0]).isEmpty();
            assertThat(run.stderr().lines().toList()).as(command[0]).hasSize(1);
            assertThat(run.stderr()).as(command[0]).startsWith("thuiswerk " + command[0] + ": ")
                    .contains("catalogue").contains(WRONG).contains(catalogueFingerprint()).doesNotContain("\tat ");
        }
    }

    @Test
    void a_pin_of_a_version_that_does_not_exist_stops_the_run() {
        // given a pin of a version there is not
        // when a case is decided with it
        CliRunner.Run run = CliRunner.runWithStdin(ANALYST, "decide", "--pin", "2020-03-12=" + WRONG, "-");

        // then the run stops naming that version
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("2020-03-12").doesNotContain("\tat ");
    }

    @Test
    void a_pin_without_an_equals_sign_is_wrong_usage() {
        // given a pin that is not ID=FINGERPRINT
        for (String malformed : new String[] {FIRST, "=" + WRONG, FIRST + "="}) {
            // when a case is decided with it
            CliRunner.Run run = CliRunner.runWithStdin(ANALYST, "decide", "--pin", malformed, "-");

            // then it is a usage error naming the option, and nothing is decided
            assertThat(run.exitCode()).as(malformed).isEqualTo(2);
            assertThat(run.stdout()).as(malformed).isEmpty();
            assertThat(run.stderr()).as(malformed).contains("--pin").contains("ID=FINGERPRINT")
                    .contains("Usage: thuiswerk decide");
        }
    }

    @Test
    void a_fingerprint_without_its_sha256_prefix_is_wrong_usage_that_names_the_missing_prefix() {
        // given the first version's fingerprint as a user might copy it: the hex digits without sha256:
        String digits = fingerprintOf(FIRST).substring("sha256:".length());

        // when a case is decided with it
        CliRunner.Run run = CliRunner.runWithStdin(ANALYST, "decide", "--pin", FIRST + "=" + digits, "-");

        // then the usage error says that the prefix is missing and how to write it
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("the fingerprint of " + FIRST + " lacks its prefix sha256:")
                .contains(FIRST + "=sha256:" + digits);
    }

    @Test
    void a_fingerprint_that_is_not_sha256_hex_is_wrong_usage() {
        CliRunner.Run run = CliRunner.runWithStdin(ANALYST, "decide", "--pin", FIRST + "=sha256:abc", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("is not sha256: followed by 64 lower-case hexadecimal digits");
    }

    @Test
    void one_version_pinned_to_two_fingerprints_is_refused() {
        // given the first version pinned twice, to its own fingerprint and another
        // when a case is decided with both
        CliRunner.Run run = CliRunner.runWithStdin(ANALYST, "decide", "--lang", "en", "--pin", FIRST + "=" + fingerprintOf(FIRST),
                "--pin", FIRST + "=" + WRONG, "-");

        // then the run stops, naming the version
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).isEqualTo("thuiswerk decide: --pin gives rule set " + FIRST
                + " two different fingerprints\n");
    }

    /** The catalogue's fingerprint as the user finds it: in {@code rulesets --json}. */
    private static String catalogueFingerprint() {
        Matcher m = Pattern.compile("\"catalogueFingerprint\":\"(sha256:[0-9a-f]{64})\"")
                .matcher(CliRunner.run("rulesets", "--json").stdout());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String[] concat(List<String> command, List<String> options) {
        return Stream.concat(command.stream(), options.stream()).toArray(String[]::new);
    }

    /** The fingerprint of a version as the user finds it: in {@code rulesets --json}. */
    private static String fingerprintOf(String id) {
        String json = CliRunner.run("rulesets", "--json").stdout();
        int version = json.indexOf("{\"id\":\"" + id + "\"");
        assertThat(version).as(id).isNotNegative();
        Matcher m = Pattern.compile("\"fingerprint\":\"(sha256:[0-9a-f]{64})\"").matcher(json);
        assertThat(m.find(version)).isTrue();
        return m.group(1);
    }

    private static CliRunner.Run run(List<String> options, String... command) {
        String[] args = new String[command.length + options.size()];
        System.arraycopy(command, 0, args, 0, command.length);
        for (int i = 0; i < options.size(); i++) {
            args[command.length + i] = options.get(i);
        }
        return CliRunner.run(args);
    }
}
