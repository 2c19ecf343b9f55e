package nl.thuiswerk.portal;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request to work elsewhere holds the employee's circumstances (a young child, someone to care for): a run of the
 * portal that assesses requests writes nothing of one to its log, at TRACE. Runs in a JVM of its own (the module forks
 * per class), so every logger is turned up before anything logs.
 */
class PortalRequestLogPrivacyTest {

    static {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "trace");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }

    /** Distinctive words and dates, so that a trace of the request in the log is found and nothing else matches. */
    private static final String REQUEST = "{\"requestId\":\"%s\",\"submittedOn\":\"2026-09-01\",\"inWriting\":true,"
            + "\"intendedStart\":\"2026-11-02\",\"desiredWorkplace\":\"Zolderkamer Qwixotl\",\"employee\":{\"employment\":"
            + "[{\"from\":\"2019-03-17\",\"to\":null}],\"parentOfChildUnder8\":%s,\"caregiver\":%s},"
            + "\"employer\":{\"employees\":%s},\"asOf\":\"2026-09-15\"}";

    @Test
    void no_log_line_of_a_run_holds_anything_of_a_request_valid_invalid_or_malformed() throws Exception {
        // given every log of the process captured, at TRACE
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        List<Integer> statuses = new ArrayList<>();
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(capture);
            HttpClient http = HttpClient.newHttpClient();
            try (Portal portal = Main.start(PortalSettings.defaults().withPort(0)
                    .withRequestTimeout(Duration.ofSeconds(5)), capture)) {
                URI api = portal.uri().resolve("api/assessments");

                // when requests of a parent and of a carer are assessed, refused as invalid and as malformed
                for (String lang : List.of("en", "nl")) {
                    statuses.add(post(http, URI.create(api + "?lang=" + lang), String.format(REQUEST, "Vxq-1", true, false, 6)));
                    statuses.add(post(http, URI.create(api + "?lang=" + lang), String.format(REQUEST, "Vxq-2", false, true, 250)));
                    statuses.add(post(http, api, String.format(REQUEST, "Vxq-3", true, true, 0)));
                    statuses.add(post(http, api, String.format(REQUEST, "Vxq-4", "tru", true, 9)));
                }
            }
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
        }
        String log = captured.toString(StandardCharsets.UTF_8);

        // then each was answered, the log was really captured, and none of the request is in it
        assertThat(statuses).containsExactly(200, 200, 422, 400, 200, 200, 422, 400);
        assertThat(log).contains("thuiswerk portal listening on");
        assertThat(log).doesNotContain("Qwixotl", "Zolderkamer", "2019-03-17", "2026-11-02", "Vxq-",
                "parentOfChildUnder8=true", "parentOfChildUnder8=false", "caregiver=true", "caregiver=false",
                "\"parentOfChildUnder8\"", "\"caregiver\"");
    }

    private static int post(HttpClient http, URI uri, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
