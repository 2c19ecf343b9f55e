package nl.thuiswerk.portal;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.ThuiswerkJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/decisions} over real HTTP, without a browser. */
class DecisionsApiTest {

    private static final String TEACHER = publicExample("ex-teacher");
    private static final String INVALID = "{\"caseId\":\"bad-1\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":["
            + "{\"hoursPerWeek\":0},{\"name\":\"Preparing lessons\",\"hoursPerWeek\":90}]},"
            + "\"worker\":{\"occupationalPhysicianAdvice\":{\"onSiteShare\":1.5}}}";

    private static HomeWorkingAdvisor advisor;
    private static Portal portal;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        advisor = HomeWorkingAdvisor.create();
        portal = Portal.start(advisor, 0);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void the_teacher_is_answered_200_with_the_decision_exactly_as_the_library_writes_it() throws Exception {
        // given the public example of the teacher

        // when it is posted, in English
        HttpResponse<String> response = post("api/decisions?lang=en", TEACHER);

        // then the answer is the library's own JSON of the decision, byte for byte
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body())
                .isEqualTo(ThuiswerkJson.write(advisor.decide(ThuiswerkJson.readCase(TEACHER), Locale.ENGLISH)))
                .contains("\"outcome\":\"PARTLY_ON_SITE\"", "\"maxOnSiteShare\":0.6667", "\"code\":\"NATURE_OF_WORK\"",
                        "By the nature of the work");
    }

    @Test
    void the_language_comes_from_lang_else_from_accept_language_else_it_is_dutch() throws Exception {
        // given the teacher

        // when it is asked for with each way of choosing a language
        String byParameter = post("api/decisions?lang=en", TEACHER, "Accept-Language", "nl").body();
        String byHeader = post("api/decisions", TEACHER, "Accept-Language", "de-DE, en-GB;q=0.8, nl;q=0.5").body();
        String dutchHeader = post("api/decisions", TEACHER, "Accept-Language", "nl-BE").body();
        String byDefault = post("api/decisions", TEACHER, "Accept-Language", "fr").body();
        String unreadableHeader = post("api/decisions", TEACHER, "Accept-Language", "%%%;q=x").body();

        // then the parameter wins, then the header's best supported language, then Dutch
        assertThat(byParameter).contains("By the nature of the work");
        assertThat(byHeader).contains("By the nature of the work");
        assertThat(dutchHeader).contains("Door de aard van het werk");
        assertThat(byDefault).contains("Door de aard van het werk");
        assertThat(unreadableHeader).contains("Door de aard van het werk");
    }

    @Test
    void malformed_json_is_answered_400_with_the_contracts_error() throws Exception {
        // given JSON cut off in the middle
        String cutOff = "{\"caseId\": \"x-1\", \"referenceDate\": ";

        // when it is posted
        HttpResponse<String> response = post("api/decisions", cutOff);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("{\"caseId\":")
                .contains("\"code\":\"MALFORMED_JSON\"", "line 1, column");
    }

    @Test
    void a_body_that_is_not_utf_8_is_answered_400_naming_the_byte_never_decided_with_a_replaced_character() throws Exception {
        // given the teacher's case with an id saved in Latin-1: é is the single byte 0xE9
        byte[] latin1 = TEACHER.replace("\"ex-teacher\"", "\"é-1\"").getBytes(StandardCharsets.ISO_8859_1);

        // when it is posted
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(portal.uri().resolve("api/decisions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build(),
                HttpResponse.BodyHandlers.ofString());

        // then it is refused as not UTF-8, saying where
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("{\"caseId\":null,\"error\":{\"code\":\"MALFORMED_JSON\"")
                .contains("The input is not UTF-8 at line 1").contains("byte 0xE9").doesNotContain("\uFFFD");
    }

    @Test
    void a_share_with_an_exponent_beyond_two_to_the_31_is_answered_422_at_its_path_not_500() throws Exception {
        // given the company doctor's advice as a number no decimal holds
        String huge = TEACHER.replace("{\"caseId\"", "{\"worker\":{\"occupationalPhysicianAdvice\":{\"onSiteShare\":"
                + "0.43219876e2147483648}},\"caseId\"");

        // when it is posted
        HttpResponse<String> response = post("api/decisions", huge);

        // then it is the case's fault, named by its path, and the share is not in the answer
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"path\":\"worker.occupationalPhysicianAdvice.onSiteShare\"")
                .doesNotContain("43219876");
    }

    @Test
    void an_invalid_case_is_answered_422_with_every_problem_and_its_path() throws Exception {
        // given a case without a task name, with 0 and 90 hours and a doctor's advice above 1

        // when it is posted
        HttpResponse<String> response = post("api/decisions?lang=en", INVALID);

        // then every problem is listed with the path of its field, and the advice's value is not repeated
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .isEqualTo(errorOf(INVALID))
                .contains("\"code\":\"INVALID_INPUT\"")
                .contains("{\"path\":\"job.tasks[0].name\",\"message\":\"is required\"}")
                .contains("{\"path\":\"job.tasks[0].hoursPerWeek\",\"message\":\"must be greater than 0\"}")
                .contains("{\"path\":\"job.tasks[1].hoursPerWeek\",\"message\":\"must be at most 80\"}")
                .contains("\"path\":\"worker.occupationalPhysicianAdvice.onSiteShare\"")
                .doesNotContain("1.5");
    }

    @Test
    void a_date_that_no_rule_set_covers_is_answered_422_naming_the_lapse() throws Exception {
        // given the public example dated after the advice lapsed
        String afterLapse = publicExample("ex-after-lapse");

        // when it is posted
        HttpResponse<String> response = post("api/decisions", afterLapse);

        // then
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).isEqualTo(errorOf(afterLapse))
                .contains("\"code\":\"NO_RULESET_IN_FORCE\"", "lapsed");
    }

    @Test
    void the_url_carries_the_language_and_nothing_else() throws Exception {
        // given a client that puts case data in the URL, and one that asks for a language the library lacks

        // when they post
        HttpResponse<String> caseInUrl = post("api/decisions?onSiteShare=0.4", TEACHER);
        HttpResponse<String> twoLanguages = post("api/decisions?lang=en&lang=nl", TEACHER);
        HttpResponse<String> german = post("api/decisions?lang=de", TEACHER);

        // then each is refused before the case is read, without repeating what was sent
        assertThat(caseInUrl.statusCode()).isEqualTo(400);
        assertThat(caseInUrl.body()).contains("\"code\":\"BAD_REQUEST\"", "the case goes in the request body")
                .doesNotContain("0.4").doesNotContain("onSiteShare");
        assertThat(twoLanguages.statusCode()).isEqualTo(400);
        assertThat(german.statusCode()).isEqualTo(400);
        assertThat(german.body()).contains("lang must be nl or en");
    }

    @Test
    void a_request_the_endpoint_does_not_take_is_refused_in_the_contracts_error_shape() throws Exception {
        // given a GET, an unknown endpoint and a body larger than any case

        // when they are sent
        HttpResponse<String> get = HTTP.send(
                HttpRequest.newBuilder(portal.uri().resolve("api/decisions")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = post("api/rulesets", TEACHER);
        HttpResponse<String> huge = post("api/decisions", "{\"caseId\":\"" + "x".repeat(300_000) + "\"}");

        // then
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(get.body()).contains("\"code\":\"METHOD_NOT_ALLOWED\"");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"code\":\"NOT_FOUND\"");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
    }

    @Test
    void a_defect_is_answered_500_with_a_generic_error_and_logged_without_its_message() throws Exception {
        // given a portal whose decider fails with a message that quotes the case, and its log captured
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        HttpResponse<String> response;
        try (Portal failing = Portal.start((aCase, locale) -> {
            throw new IllegalStateException("cannot decide " + aCase.caseId() + " with share 0.6667");
        }, 0); PrintStream capture = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);

            // when the teacher is posted
            response = HTTP.send(HttpRequest.newBuilder(failing.uri().resolve("api/decisions"))
                    .POST(HttpRequest.BodyPublishers.ofString(TEACHER)).build(), HttpResponse.BodyHandlers.ofString());
        } finally {
            System.setErr(originalErr);
        }

        // then the answer says only that the portal failed, and the log says where, but not what the message said
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"caseId\":null,\"error\":{\"code\":\"INTERNAL_ERROR\",\"message\":"
                + "\"the portal could not decide this case because of a defect of its own\",\"problems\":[]}}");
        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("a defect stopped a decision", "java.lang.IllegalStateException", "at nl.thuiswerk.portal.")
                .doesNotContain("cannot decide").doesNotContain("ex-teacher").doesNotContain("0.6667");
    }

    @Test
    void the_page_is_served_with_a_policy_that_allows_no_form_submission_and_no_foreign_script() throws Exception {
        // given the portal

        // when the page and its files are asked for
        HttpResponse<String> page = get("");
        HttpResponse<String> script = get("portal.js");
        HttpResponse<String> style = get("portal.css");
        HttpResponse<String> missing = get("../pom.xml");

        // then
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("form-action 'none'", "script-src 'self'");
        assertThat(page.body()).contains("<form id=\"case-form\"")
                .doesNotContainPattern("<(input|select|textarea)[^>]*\\sname=");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void people_asking_at_the_same_time_share_one_advisor_and_each_gets_their_own_answer() throws Exception {
        // given 8 clients, each posting 25 cases of its own
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<List<String>>> answers = new ArrayList<>();

        // when they post at once
        for (int c = 0; c < 8; c++) {
            int client = c;
            Callable<List<String>> work = () -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    String id = "c" + client + "-" + i;
                    HttpResponse<String> response = post("api/decisions", TEACHER.replace("ex-teacher", id));
                    ids.add(response.statusCode() + " " + response.body().substring(0, response.body().indexOf(',')));
                }
                return ids;
            };
            answers.add(clients.submit(work));
        }

        // then every answer is a decision of the client's own case
        for (int c = 0; c < 8; c++) {
            List<String> ids = answers.get(c).get();
            for (int i = 0; i < 25; i++) {
                assertThat(ids.get(i)).isEqualTo("200 {\"caseId\":\"c" + c + "-" + i + "\"");
            }
        }
        clients.shutdown();
    }

    private static String errorOf(String json) {
        try {
            advisor.decide(ThuiswerkJson.readCase(json));
            throw new AssertionError("expected an error");
        } catch (nl.thuiswerk.DecisionException e) {
            return ThuiswerkJson.write(e);
        }
    }

    private static HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal.uri().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(portal.uri() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String publicExample(String caseId) {
        try {
            return Files.readAllLines(Path.of("../cases/cases.jsonl")).stream()
                    .filter(line -> line.contains("\"caseId\": \"" + caseId + "\""))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
