package nl.thuiswerk.portal;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.ThuiswerkJson;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.StandardSocketOptions;
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
                .contains("\"code\":\"MALFORMED_JSON\"", "De JSON is onjuist op regel 1, kolom");
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
                .contains("De invoer is geen UTF-8 op regel 1").contains("byte 0xE9").doesNotContain("\uFFFD");
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
                .isEqualTo(errorOf(INVALID, Locale.ENGLISH))
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
        assertThat(response.body()).isEqualTo(errorOf(afterLapse, RequestLanguage.DUTCH))
                .contains("\"code\":\"NO_RULESET_IN_FORCE\"", "het thuiswerkadvies verviel op 15 maart 2022");
        assertThat(post("api/decisions?lang=en", afterLapse).body()).isEqualTo(errorOf(afterLapse, Locale.ENGLISH))
                .contains("the home-working advice lapsed on 15 March 2022").contains("The last version is 2022-02-15");
    }

    @Test
    void an_invalid_request_to_work_elsewhere_is_answered_422_in_the_language_of_the_request_as_a_case_is() throws Exception {
        // given a request whose start is before its submission and whose employer has no employees
        String invalid = "{\"requestId\":\"bad-r\",\"submittedOn\":\"2026-09-01\",\"inWriting\":true,"
                + "\"intendedStart\":\"2026-08-03\",\"desiredWorkplace\":\"Thuis\",\"employee\":{\"employment\":"
                + "[{\"from\":\"2024-02-06\",\"to\":null}]},\"employer\":{\"employees\":0},\"asOf\":\"2026-09-15\"}";

        // when it is posted without a language, with ?lang=en and with an English Accept-Language header
        HttpResponse<String> dutch = post("api/assessments", invalid);
        HttpResponse<String> english = post("api/assessments?lang=en", invalid);
        HttpResponse<String> header = post("api/assessments", invalid, "Accept-Language", "en");

        // then each is the library's error for the request read in that language
        assertThat(dutch.statusCode()).isEqualTo(422);
        assertThat(dutch.body()).isEqualTo(requestErrorOf(invalid, RequestLanguage.DUTCH))
                .contains("\"message\":\"Het verzoek heeft 2 problemen", "\"message\":\"moet minstens 1 zijn\"");
        assertThat(english.statusCode()).isEqualTo(422);
        assertThat(english.body()).isEqualTo(requestErrorOf(invalid, Locale.ENGLISH))
                .contains("\"message\":\"The request has 2 problems", "\"message\":\"must be at least 1\"");
        assertThat(header.body()).isEqualTo(english.body());
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
        assertThat(caseInUrl.body()).contains("\"code\":\"BAD_REQUEST\"", "de casus hoort in de body van het verzoek")
                .doesNotContain("0.4").doesNotContain("onSiteShare");
        assertThat(twoLanguages.statusCode()).isEqualTo(400);
        assertThat(german.statusCode()).isEqualTo(400);
        assertThat(german.body()).contains("De taal moet nl of en zijn.");
        assertThat(post("api/decisions?lang=de", TEACHER, "Accept-Language", "en").body())
                .as("refused in the language of the Accept-Language header").contains("The language must be nl or en.");
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
    void a_body_that_is_not_json_is_refused_415_before_it_is_read() throws Exception {
        // given the teacher as text, as a form, and with no type at all, and as JSON in another charset

        // when they are posted
        HttpResponse<String> text = post("api/decisions", TEACHER, "Content-Type", "text/plain");
        HttpResponse<String> form = post("api/decisions", TEACHER, "Content-Type", "application/x-www-form-urlencoded");
        HttpResponse<String> latin1 = post("api/decisions", TEACHER, "Content-Type", "application/json; charset=ISO-8859-1");
        HttpResponse<String> untyped = HTTP.send(HttpRequest.newBuilder(portal.uri().resolve("api/decisions"))
                .POST(HttpRequest.BodyPublishers.ofString(TEACHER)).build(), HttpResponse.BodyHandlers.ofString());
        // and one typed twice, JSON and text: which one would a proxy have checked?
        HttpResponse<String> twice = HTTP.send(HttpRequest.newBuilder(portal.uri().resolve("api/decisions"))
                .header("Content-Type", "application/json").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(TEACHER)).build(), HttpResponse.BodyHandlers.ofString());
        // and as JSON, spelled the ways clients spell it
        HttpResponse<String> utf8 = post("api/decisions", TEACHER, "Content-Type", "Application/JSON ;charset=\"UTF-8\"");

        // then only JSON in UTF-8 is decided: a plain HTML form of another site can send none of it
        for (HttpResponse<String> refused : List.of(text, form, latin1, untyped, twice)) {
            assertThat(refused.statusCode()).isEqualTo(415);
            assertThat(refused.body()).contains("\"code\":\"UNSUPPORTED_MEDIA_TYPE\"", "application/json");
        }
        assertThat(utf8.statusCode()).isEqualTo(200);
    }

    @Test
    void a_request_naming_another_host_is_refused_421_so_a_rebound_name_cannot_reach_the_portal() throws Exception {
        // given requests that reach the portal's port under names that are not its own, as a page on a name that
        // was made to point at this machine would send them
        String foreign = raw("POST /api/decisions HTTP/1.1\r\nHost: evil.example:" + portal.port() + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + TEACHER.length() + "\r\nConnection: close"
                + "\r\n\r\n" + TEACHER);
        String page = raw("GET / HTTP/1.1\r\nHost: localhost.evil.example\r\nConnection: close\r\n\r\n");
        // and requests under its loopback names
        String byName = raw("GET / HTTP/1.1\r\nHost: LOCALHOST:" + portal.port() + "\r\nConnection: close\r\n\r\n");
        String byIPv4 = raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        String byIPv6 = raw("GET / HTTP/1.1\r\nHost: [::1]:" + portal.port() + "\r\nConnection: close\r\n\r\n");

        // then the foreign names are refused, without repeating the name, and the loopback names are served
        assertThat(foreign).startsWith("HTTP/1.1 421 ").contains("\"code\":\"MISDIRECTED_REQUEST\"")
                .doesNotContain("evil");
        assertThat(page).startsWith("HTTP/1.1 421 ");
        assertThat(byName).startsWith("HTTP/1.1 200 ");
        assertThat(byIPv4).startsWith("HTTP/1.1 200 ");
        assertThat(byIPv6).startsWith("HTTP/1.1 200 ");
    }

    @Test
    void a_host_name_given_at_start_is_answered_too() throws Exception {
        // given a portal behind a reverse proxy named portal.example.nl
        try (Portal proxied = Portal.start(advisor, PortalSettings.defaults().withPort(0)
                .withAllowedHost("portal.example.nl"))) {

            // when it is asked under that name
            String answer = raw(proxied.port(), "GET / HTTP/1.1\r\nHost: portal.example.nl\r\nConnection: close"
                    + "\r\n\r\n");

            // then it answers
            assertThat(answer).startsWith("HTTP/1.1 200 ");
        }
    }

    @Test
    void a_body_larger_than_any_case_is_refused_413_whether_announced_or_sent() throws Exception {
        // given a request announcing 999,999,999,999 bytes and sending a few, and one sending 300,000 bytes in chunks
        // without announcing a length
        String announced = raw("POST /api/decisions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                + "\r\nContent-Length: 999999999999\r\n\r\n{\"caseId\":\"x\"}");
        String chunk = "{\"caseId\":\"" + "x".repeat(300_000) + "\"}";
        String chunked = raw("POST /api/decisions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                + "\r\nTransfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(chunk.length()) + "\r\n" + chunk
                + "\r\n0\r\n\r\n");

        // then both are refused with 413, the rest of the body unread and the connection closed
        for (String answer : List.of(announced, chunked)) {
            assertThat(answer).startsWith("HTTP/1.1 413 ").contains("Connection: close",
                    "\"code\":\"PAYLOAD_TOO_LARGE\"", "Een casus is hoogstens 262144 bytes.");
        }
    }

    @Test
    void jettys_own_refusals_come_in_the_portals_error_shape_without_repeating_the_request() throws Exception {
        // given headers larger than the portal takes, and a request line that is not HTTP
        String largeHeaders = raw("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: secret-" + "x".repeat(9000)
                + "\r\n\r\n");
        String notHttp = raw("GET /%zzsecret HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        // then
        assertThat(largeHeaders).startsWith("HTTP/1.1 431 ").contains("\"code\":\"HEADERS_TOO_LARGE\"")
                .doesNotContain("secret");
        assertThat(notHttp).startsWith("HTTP/1.1 400 ").contains("\"code\":\"BAD_REQUEST\"")
                .doesNotContain("secret");
    }

    @Test
    void answers_leave_without_waiting_for_more_and_without_naming_the_server() throws Exception {
        // given a connection kept alive over two requests
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), portal.port())) {
            String request = "POST /api/decisions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + TEACHER.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + TEACHER;
            String first = exchange(socket, request);
            String second = exchange(socket, request);

            // then both are answered on it
            assertThat(first).startsWith("HTTP/1.1 200 ");
            assertThat(second).startsWith("HTTP/1.1 200 ");
            // and the server's side of every connection has Nagle's algorithm off (TCP_NODELAY), so an answer is not
            // held back waiting for the client's acknowledgement
            assertThat(portal.connections()).isNotEmpty().allSatisfy(endPoint -> assertThat(
                    ((SocketChannelEndPoint) endPoint).getChannel().getOption(StandardSocketOptions.TCP_NODELAY))
                    .isTrue());
            // and no answer names the server or its version
            assertThat(first).doesNotContainIgnoringCase("Server:").doesNotContainIgnoringCase("jetty");
        }
    }

    @Test
    void a_head_request_for_the_page_gets_its_headers_without_its_body() throws Exception {
        // given the page; when its headers alone are asked for
        HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(portal.uri())
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        // then they are the page's, its length included, and no body comes
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(head.headers().firstValueAsLong("Content-Length").orElse(0)).isGreaterThan(1000);
        assertThat(head.body()).isEmpty();
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
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(TEACHER)).build(), HttpResponse.BodyHandlers.ofString());
        } finally {
            System.setErr(originalErr);
        }

        // then the answer says only that the portal failed, and the log says where, but not what the message said
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"caseId\":null,\"error\":{\"code\":\"INTERNAL_ERROR\",\"message\":"
                + "\"De portal kon over deze casus niet beslissen door een eigen fout.\",\"problems\":[]}}");
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
        HttpResponse<String> missing = get("pom.xml");
        HttpResponse<String> outside = get("../pom.xml");

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
        // a path out of the page's folder is not even looked up: Jetty refuses it, in the portal's error shape
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.body()).contains("\"code\":\"BAD_REQUEST\"").doesNotContain("pom");
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

    private static String raw(String request) throws IOException {
        return raw(portal.port(), request);
    }

    /** A request sent as bytes, for what no well-behaved client sends; the answer until the server closes. */
    static String raw(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (SocketException refusedMidway) {
                // the server answered and closed before it had all of it; the answer is still there to read
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** One request on a kept-alive connection, and its answer read by its Content-Length. */
    private static String exchange(Socket socket, String request) throws IOException {
        socket.setSoTimeout(30_000);
        socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed before the answer's headers ended");
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: (\\d+)").matcher(headers);
        assertThat(length.find()).as("the answer's length").isTrue();
        return headers + new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8);
    }

    @Test
    void a_body_too_large_is_answered_413_every_time_whether_its_length_is_announced_or_not() throws Exception {
        // given a body over the limit, sent with its length and sent in chunks of unknown length, many times over:
        // an answer written while the body still arrives would, now and then, lose the race with the TCP reset that
        // closing an unread connection sends
        String tooLarge = "{\"caseId\":\"" + "x".repeat(DecisionsEndpoint.MAX_BODY_BYTES * 2) + "\"}";
        byte[] tooLargeBytes = tooLarge.getBytes(StandardCharsets.UTF_8);
        List<Integer> announced = new ArrayList<>();
        List<Integer> chunked = new ArrayList<>();

        // when
        for (int i = 0; i < 20; i++) {
            announced.add(post("api/decisions", tooLarge).statusCode());
            HttpResponse<String> inChunks = HTTP.send(HttpRequest.newBuilder(portal.uri().resolve("api/decisions"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(
                                    () -> new java.io.ByteArrayInputStream(tooLargeBytes)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            chunked.add(inChunks.statusCode());
            assertThat(inChunks.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
        }

        // then
        assertThat(announced).containsOnly(413).hasSize(20);
        assertThat(chunked).containsOnly(413).hasSize(20);
    }

    private static String errorOf(String json, Locale locale) {
        try {
            advisor.decide(ThuiswerkJson.readCase(json, locale), locale);
            throw new AssertionError("expected an error");
        } catch (nl.thuiswerk.DecisionException e) {
            return ThuiswerkJson.write(e);
        }
    }

    private static String requestErrorOf(String json, Locale locale) {
        try {
            advisor.assess(ThuiswerkJson.readRequest(json, locale), locale);
            throw new AssertionError("expected an error");
        } catch (nl.thuiswerk.DecisionException e) {
            return nl.thuiswerk.json.RequestAnswers.write(e);
        }
    }

    private static HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal.uri().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
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
