package nl.thuiswerk.cli;

import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.json.ThuiswerkJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands of requests under the Wet flexibel werken: {@code request}, {@code requests}, and what {@code explain},
 * {@code verify}, {@code rulesets}, {@code trace} and {@code --pin} do with them.
 */
class RequestCommandsTest {

    static final Path EXAMPLES = Path.of("..", "examples", "requests", "requests.jsonl");

    @TempDir
    Path dir;

    private static List<String> examples() throws IOException {
        return Files.readAllLines(EXAMPLES, StandardCharsets.UTF_8);
    }

    @Test
    void request_assesses_one_request_from_a_file_as_one_line_the_library_writes() throws IOException {
        // given the public example of a pending request
        String line = examples().get(0);
        Path file = Files.writeString(dir.resolve("pending.json"), line);

        // when it is assessed in English
        CliRunner.Run run = CliRunner.run("request", file.toString(), "--lang", "en");

        // then stdout is the library's assessment, byte for byte
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.stdout()).isEqualTo(ThuiswerkJson.write(CliRunner.advisor()
                .assess(ThuiswerkJson.readRequest(line), Locale.ENGLISH)) + "\n");
        assertThat(Json.string(run.stdout(), "status")).isEqualTo("PENDING");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void request_answers_a_request_submitted_before_2016_with_no_rule_set_naming_the_wet_aanpassing_arbeidsduur() {
        // given a request submitted on the last day before the Wet flexibel werken
        String old = "{\"requestId\":\"old\",\"submittedOn\":\"2015-12-31\",\"inWriting\":true,\"intendedStart\":"
                + "\"2016-03-01\",\"desiredWorkplace\":\"Home\",\"employee\":{\"employment\":[{\"from\":\"2010-01-01\","
                + "\"to\":null}]},\"employer\":{\"employees\":50},\"asOf\":\"2016-01-05\"}";

        // when it is assessed
        CliRunner.Run run = CliRunner.runWithStdin(old, "request", "-");

        // then it is refused, naming the period, with exit status 1
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Json.errorCode(run.stdout())).isEqualTo("NO_RULESET_IN_FORCE");
        assertThat(run.stdout()).contains("\"requestId\":\"old\"", "Wet aanpassing arbeidsduur", "2015-12-31");
    }

    @Test
    void request_words_the_error_of_an_invalid_request_in_dutch_by_default_and_in_english_with_lang_en() {
        // given a request that breaks the contract in its shape and in its values
        String invalid = "{\"requestId\":\"kapot\",\"submittedOn\":\"2026-09-01\",\"inWriting\":\"ja\","
                + "\"intendedStart\":\"2026-08-03\",\"desiredWorkplace\":\"Thuis\",\"employee\":{\"employment\":[]},"
                + "\"employer\":{\"employees\":0},\"asOf\":\"2026-09-15\"}";

        // when it is assessed without --lang, and with --lang en
        CliRunner.Run dutch = CliRunner.runWithStdin(invalid, "request", "-");
        CliRunner.Run english = CliRunner.runWithStdin(invalid, "request", "-", "--lang", "en");

        // then both are refused with exit status 1, the same problems at the same paths, each in its language
        assertThat(dutch.exitCode()).isEqualTo(1);
        assertThat(english.exitCode()).isEqualTo(1);
        assertThat(Json.errorCode(dutch.stdout())).isEqualTo("INVALID_INPUT");
        assertThat(dutch.stdout()).startsWith("{\"requestId\":\"kapot\",\"error\":{\"code\":\"INVALID_INPUT\","
                + "\"message\":\"Het verzoek heeft 4 problemen, elk vermeld in problems. Het eerste: inWriting moet "
                + "true of false zijn.\"")
                .contains("{\"path\":\"intendedStart\",\"message\":\"mag niet vóór submittedOn liggen\"}",
                        "{\"path\":\"employee.employment\",\"message\":\"moet 1 tot en met 20 perioden van "
                                + "dienstverband bevatten\"}",
                        "{\"path\":\"employer.employees\",\"message\":\"moet minstens 1 zijn\"}")
                .doesNotContain("must");
        assertThat(english.stdout()).contains("\"message\":\"The request has 4 problems, each listed in problems. "
                        + "The first: inWriting must be true or false.\"",
                "{\"path\":\"intendedStart\",\"message\":\"must not be before submittedOn\"}",
                "{\"path\":\"employer.employees\",\"message\":\"must be at least 1\"}")
                .doesNotContain("moet");
        assertThat(dutch.stderr()).isEmpty();
    }

    @Test
    void requests_explain_and_verify_word_the_errors_of_a_request_in_the_language_of_lang() throws IOException {
        // given a request whose employer has no employees, on a line of a file and in a file of its own
        String invalid = examples().get(0).replace("\"employees\": 250", "\"employees\": 0");
        assertThat(invalid).isNotEqualTo(examples().get(0));
        Path in = Files.writeString(dir.resolve("in.jsonl"), invalid + "\n");
        Path valid = Files.writeString(dir.resolve("valid.json"), examples().get(0));
        Path assessment = Files.writeString(dir.resolve("assessment.json"),
                CliRunner.run("request", valid.toString()).stdout());

        // when each command meets it without --lang, and with --lang en
        CliRunner.Run requests = CliRunner.run("requests", in.toString());
        CliRunner.Run requestsEn = CliRunner.run("requests", in.toString(), "--lang", "en");
        CliRunner.Run explain = CliRunner.run("explain", in.toString());
        CliRunner.Run explainEn = CliRunner.run("explain", in.toString(), "--lang", "en");
        CliRunner.Run verify = CliRunner.run("verify", assessment.toString(), in.toString());
        CliRunner.Run verifyEn = CliRunner.run("verify", assessment.toString(), in.toString(), "--lang", "en");

        // then each names the problem in Dutch by default and in English with en
        assertThat(requests.stdout()).contains("\"line\":1", "\"message\":\"moet minstens 1 zijn\"");
        assertThat(requestsEn.stdout()).contains("\"line\":1", "\"message\":\"must be at least 1\"");
        assertThat(explain.exitCode()).isEqualTo(1);
        assertThat(explain.stderr()).contains("employer.employees: moet minstens 1 zijn").doesNotContain("must");
        assertThat(explainEn.stderr()).contains("employer.employees: must be at least 1");
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.stderr()).contains("employer.employees: moet minstens 1 zijn").doesNotContain("must");
        assertThat(verifyEn.stderr()).contains("employer.employees: must be at least 1");
    }

    @Test
    void requests_answers_every_line_in_order_and_a_bad_line_with_an_error_naming_it() throws IOException {
        // given the public examples with a line that is no request and one that breaks the contract between them
        List<String> lines = new ArrayList<>(examples());
        lines.add(2, "{\"requestId\": \"broken\", \"submittedOn\": \"2026-02-30\"}");
        lines.add(4, "not json");
        Path in = Files.write(dir.resolve("in.jsonl"), lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");

        // when they are assessed into a file
        CliRunner.Run run = CliRunner.run("requests", in.toString(), "-o", out.toString());

        // then each line has its answer in its place, the errors name their lines, and the exit status is 1
        List<String> answers = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(answers).hasSize(lines.size());
        assertThat(Json.string(answers.get(0), "requestId")).isEqualTo("ex-pending");
        assertThat(answers.get(2)).startsWith("{\"requestId\":\"broken\",\"line\":3,\"error\":{\"code\":\"INVALID_INPUT\"");
        assertThat(answers.get(2)).contains("\"path\":\"submittedOn\"");
        assertThat(answers.get(4)).startsWith("{\"requestId\":null,\"line\":5,\"error\":{\"code\":\"MALFORMED_JSON\"");
        assertThat(Json.string(answers.get(9), "requestId")).isEqualTo("ex-unforeseen");
        assertThat(Json.string(answers.get(9), "decisionDeadline")).isEqualTo("2026-12-29");
    }

    @Test
    void requests_exits_0_when_every_request_is_assessed_and_2_when_the_file_cannot_be_read() {
        assertThat(CliRunner.run("requests", EXAMPLES.toString()).exitCode()).isEqualTo(0);
        CliRunner.Run missing = CliRunner.run("requests", dir.resolve("missing.jsonl").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stdout()).isEmpty();
    }

    @Test
    void rulesets_lists_both_domains_each_version_naming_its_domain_and_the_last_request_version_without_an_end() {
        // when the versions are listed for a person and as JSON
        CliRunner.Run table = CliRunner.run("rulesets");
        CliRunner.Run json = CliRunner.run("rulesets", "--json");

        // then the requests' versions follow the advice's, with their own catalogue and period
        assertThat(table.exitCode()).isEqualTo(0);
        assertThat(table.stdout()).contains("Domain advice:", "Domain requests:", "wfw-2016-01-01", "wfw-2022-08-02",
                "--pin wfw-catalogue=FINGERPRINT): " + CliRunner.advisor().requestCatalogueFingerprint(), "Wet aanpassing arbeidsduur");
        assertThat(json.stdout()).contains("{\"id\":\"2021-02-18\",\"domain\":\"advice\"",
                "\"requests\":{\"ruleSets\":[{\"id\":\"wfw-2016-01-01\",\"domain\":\"requests\"",
                "\"validTo\":null", "\"catalogueFingerprint\":\"" + CliRunner.advisor().requestCatalogueFingerprint());
    }

    @Test
    void trace_shows_each_code_of_a_request_version_with_its_paragraph_rules_and_scenarios() {
        CliRunner.Run run = CliRunner.run("trace", "wfw-2022-08-02");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.stdout()).contains("Rule set wfw-2022-08-02", "onwards, without an end", "ART_2A",
                "Wet flexibel werken, art. 2a lid 1", "wfw/kinds/article_2_and_2a/version.drl", "art_2a.json");
    }

    @Test
    void a_pin_of_a_request_version_is_checked_and_a_wrong_one_refuses_to_start() {
        RuleSetInfo wfw = CliRunner.advisor().requestRuleSets().get(1);
        String line = "--pin";

        CliRunner.Run pinned = CliRunner.run("requests", EXAMPLES.toString(), line, wfw.id() + "=" + wfw.fingerprint());
        CliRunner.Run wrong = CliRunner.run("requests", EXAMPLES.toString(), line,
                wfw.id() + "=sha256:" + "0".repeat(64));

        assertThat(pinned.exitCode()).isEqualTo(0);
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.stdout()).isEmpty();
        assertThat(wrong.stderr()).contains("wfw-2022-08-02");
    }

    @Test
    void explain_tells_a_request_by_its_request_id_and_explains_its_assessment() throws IOException {
        Path file = Files.writeString(dir.resolve("refused.json"), examples().get(3));

        CliRunner.Run run = CliRunner.run("explain", file.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.stdout()).contains("Request ex-refused-no-reasons", "Status: DECIDED",
                "NO_WRITTEN_REASONS", "Wet flexibel werken, art. 2 lid 8", "wfw-2022-08-02");
    }

    @Test
    void verify_confirms_an_assessment_of_its_request_and_names_an_altered_status() throws IOException {
        // given a request and its assessment, written by the request command in Dutch
        Path request = Files.writeString(dir.resolve("request.json"), examples().get(1));
        String assessment = CliRunner.run("request", request.toString()).stdout();
        Path good = Files.writeString(dir.resolve("assessment.json"), assessment);
        Path altered = Files.writeString(dir.resolve("altered.json"),
                assessment.replace("\"status\":\"GRANTED_BY_LAW\"", "\"status\":\"PENDING\""));

        // when each is verified against the request
        CliRunner.Run confirmed = CliRunner.run("verify", good.toString(), request.toString(), "--lang", "en");
        CliRunner.Run differs = CliRunner.run("verify", altered.toString(), request.toString(), "--lang", "en");

        // then the first is confirmed, the second differs in its outcome
        assertThat(confirmed.exitCode()).as(confirmed.stdout() + confirmed.stderr()).isEqualTo(0);
        assertThat(confirmed.stdout()).startsWith("confirmed: request ex-granted-by-law was assessed under rule set "
                + "wfw-2022-08-02");
        assertThat(differs.exitCode()).isEqualTo(1);
        assertThat(differs.stdout()).contains("differs (OUTCOME)");
    }
}
