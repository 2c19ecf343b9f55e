package nl.thuiswerk.portal;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * can turn every logger up before anything logs: SLF4J's (the library's, the portal's and Jetty's) to TRACE, and
 * java.util.logging's to ALL. Requests go through Jetty's own paths too: headers too large, a body in broken chunks,
 * a URL it cannot read, a foreign host, a body too slow, each carrying the advice.
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
            try (Portal portal = Main.start(PortalSettings.defaults().withPort(0)
                    .withRequestTimeout(Duration.ofSeconds(1)), capture);
                 Portal failing = Portal.start((aCase, locale) -> {
                     throw new IllegalStateException(
                             "defect with " + aCase.worker().occupationalPhysicianAdvice().onSiteShare());
                 }, 0)) {

                // when the advice travels in valid, invalid and malformed cases, in a URL where it does not belong,
                // through a defect whose message quotes it, and through the requests Jetty refuses itself
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
                    statuses.addAll(throughJetty(portal.port(), share, valid));
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
        assertThat(statuses).isSubsetOf(200, 422, 400, 500, 404, 408, 415, 421, 431, 0);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(2 * ADVICE.size() - 2); // 1.73… is above 1
        assertThat(log).contains("rule set 2021-02-18 ready", "thuiswerk portal listening on",
                "a defect stopped a decision", "java.lang.IllegalStateException");
        assertThat(statuses).contains(404, 408, 415, 421, 431);
        // and Jetty, which writes the bytes it parses at DEBUG, was held at WARN although everything else was TRACE
        assertThat(LoggerFactory.getLogger("org.eclipse.jetty.http.HttpParser").isDebugEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.eclipse.jetty.server.Server").isWarnEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger("nl.thuiswerk.portal.Portal").isTraceEnabled()).isTrue();
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

    /** Requests sent as raw bytes, as no well-behaved client would: their statuses, 0 for a connection closed. */
    private static List<Integer> throughJetty(int port, String share, String valid) throws Exception {
        String start = "POST /api/decisions HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n";
        String json = "Content-Type: application/json\r\n";
        List<Integer> statuses = new ArrayList<>();
        // headers too large, the advice among them
        statuses.add(raw(port, start + "X-Advice: " + share + "x".repeat(10_000) + "\r\n\r\n"));
        // a chunked body whose framing is broken after the advice
        statuses.add(raw(port, start + json + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(
                valid.length()) + "\r\n" + valid + "\r\nzz-not-a-chunk-size\r\n\r\n"));
        // the advice in a path, and in a URL Jetty cannot read
        statuses.add(raw(port, start.replace("/api/decisions", "/api/decisions/" + share) + json + "\r\n"));
        statuses.add(raw(port, start.replace("/api/decisions", "/%zz" + share) + "\r\n"));
        // the advice as a host name
        statuses.add(raw(port, start.replace("Host: localhost", "Host: " + share + ".example") + json
                + "Content-Length: " + valid.length() + "\r\n\r\n" + valid));
        // as plain text
        statuses.add(raw(port, start + "Content-Type: text/plain\r\nContent-Length: " + valid.length()
                + "\r\n\r\n" + valid));
        // and in a body that stops halfway, until the request time is up
        statuses.add(raw(port, start + json + "Content-Length: " + (valid.length() * 2) + "\r\n\r\n" + valid));
        return statuses;
    }

    private static int raw(int port, String request) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return answer.startsWith("HTTP/1.1 ") ? Integer.parseInt(answer.substring(9, 12)) : 0;
        } catch (SocketException reset) {
            return 0;
        }
    }

    private static int post(HttpClient http, URI uri, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /**
     * The value as a number of its own: not inside a longer run of letters and digits, so the random hex of an id
     * that happens to hold the same six digits is not taken for it.
     */
    private static java.util.regex.Pattern standalone(String value) {
        return java.util.regex.Pattern.compile("(?<![0-9A-Za-z])" + java.util.regex.Pattern.quote(value) + "(?![0-9A-Za-z])");
    }
}
