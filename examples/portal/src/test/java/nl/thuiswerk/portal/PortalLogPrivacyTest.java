package nl.thuiswerk.portal;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company doctor's advice is health data: a run of the portal writes it to no log, whatever a request does
 * with it. This class runs in a JVM of its own (the module's surefire configuration forks per class) so that it
 * can turn every logger up before anything logs: SLF4J's (the library's and the portal's) to TRACE, and
 * java.util.logging's (the JDK's HTTP server's) to ALL.
 */
class PortalLogPrivacyTest {

    static {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "trace");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }

    /** Distinctive shares, so a trace of one in a log is found and nothing else matches by chance. */
    private static final List<String> ADVICE = List.of("0.371946", "0.823317", "1.731958", "0.091727");

    /** Held, as java.util.logging keeps loggers only weakly and would forget the level set on it. */
    private static final java.util.logging.Logger TEST_CLIENT_LOG =
            java.util.logging.Logger.getLogger("jdk.internal.httpclient.debug");

    private static final String CASE = "{\"caseId\":\"p-%d\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":"
            + "[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]},\"worker\":{\"occupationalPhysicianAdvice\":"
            + "{\"onSiteShare\":%s}},\"onSiteWorkplace\":{\"meetsCoronaMeasures\":true}}";

    @Test
    void no_log_line_of_a_run_holds_the_company_doctors_advice_wherever_a_request_puts_it() throws Exception {
        // given every log of the process captured, at its most talkative
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        Level rootLevel = root.getLevel();
        List<String> julRecords = new ArrayList<>();
        Handler julCapture = new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                synchronized (julRecords) {
                    julRecords.add(record.getLoggerName() + " " + format.format(record));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        julCapture.setLevel(Level.ALL);
        root.addHandler(julCapture);
        root.setLevel(Level.ALL);
        // the test's HTTP client stands in for a browser: its debug log (every URL it sends) is not the portal's
        TEST_CLIENT_LOG.setLevel(Level.OFF);
        List<Integer> statuses = new ArrayList<>();

        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(capture);
            HttpClient http = HttpClient.newHttpClient();
            try (Portal portal = Main.start(0, capture);
                 Portal failing = Portal.start((aCase, locale) -> {
                     throw new IllegalStateException(
                             "defect with " + aCase.worker().occupationalPhysicianAdvice().onSiteShare());
                 }, 0)) {

                // when the advice travels in valid, invalid and malformed cases, in a URL where it does not belong,
                // and through a defect whose message quotes it
                for (String share : ADVICE) {
                    String valid = String.format(CASE, statuses.size(), share);
                    for (String lang : List.of("en", "nl")) {
                        statuses.add(post(http, portal.uri().resolve("api/decisions?lang=" + lang), valid));
                    }
                    statuses.add(post(http, portal.uri().resolve("api/decisions"), valid.replace("Analysis", "")));
                    statuses.add(post(http, portal.uri().resolve("api/decisions"), valid.replace(share, share + "x")));
                    statuses.add(post(http, portal.uri().resolve("api/decisions"), valid.replace(share, share + "e2147483648")));
                    statuses.add(post(http, portal.uri().resolve("api/decisions?onSiteShare=" + share), valid));
                    statuses.add(post(http, portal.uri().resolve("api/decisions?lang=" + share), valid));
                    statuses.add(post(http, failing.uri().resolve("api/decisions"), valid));
                }
            }
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
            root.removeHandler(julCapture);
            root.setLevel(rootLevel);
        }
        String log = captured.toString(StandardCharsets.UTF_8) + "\n" + String.join("\n", julRecords);

        // then each kind of request was answered as it should be and the logs were really captured
        assertThat(statuses).containsOnly(200, 422, 400, 500);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(2 * ADVICE.size() - 2); // 1.73… is above 1
        assertThat(log).contains("rule set 2021-02-18 ready", "thuiswerk portal listening on",
                "a defect stopped a decision", "java.lang.IllegalStateException");
        // and the JDK's HTTP server, which writes request lines with their query at DEBUG, stays quiet
        assertThat(java.util.logging.Logger.getLogger("com.sun.net.httpserver").isLoggable(Level.FINE)).isFalse();
        // and none of the advice is in it: as given, its digits, as a decision rounds it, or as a percentage
        for (String share : ADVICE) {
            String digits = share.substring(share.indexOf('.') + 1);
            String rounded = share.substring(0, share.indexOf('.') + 5);
            String percent = digits.substring(0, 2) + "." + digits.substring(2, 4);
            for (String trace : List.of(share, digits, rounded, percent, percent.replace('.', ','))) {
                assertThat(standalone(trace).matcher(log).find()).as("the log holds " + trace).isFalse();
            }
        }
    }

    private static int post(HttpClient http, URI uri, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * The value as a number of its own: not inside a longer run of letters and digits, so the random hex of an id
     * that happens to hold the same six digits is not taken for it.
     */
    private static java.util.regex.Pattern standalone(String value) {
        return java.util.regex.Pattern.compile("(?<![0-9A-Za-z])" + java.util.regex.Pattern.quote(value) + "(?![0-9A-Za-z])");
    }
}
