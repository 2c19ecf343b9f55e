package nl.thuiswerk.portal;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.ThuiswerkJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slow clients hold connections; everybody else is still answered, and the slow ones are cut off once their request
 * has taken its time. Outcomes are asserted, never speeds: each test has one generous time limit, for a hang.
 */
@Timeout(180)
class SlowClientsTest {

    private static final String TEACHER = DecisionsApiTest.publicExample("ex-teacher");
    private static final Duration LONG = Duration.ofMinutes(10);

    private static HomeWorkingAdvisor advisor;
    private final List<SlowClient> slowClients = new ArrayList<>();
    private Portal portal;

    @BeforeAll
    static void advisor() {
        advisor = HomeWorkingAdvisor.create();
    }

    @AfterEach
    void stop() {
        slowClients.forEach(SlowClient::close);
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void every_normal_request_is_answered_while_sixteen_slow_clients_hold_connections() throws Exception {
        // given a portal whose request time outlasts this test, and 16 slow clients: 8 sending headers and 7 a body
        // a byte at a time, and one announcing a body of 999,999,999,999 bytes and sending a few
        portal = Portal.start(advisor, PortalSettings.defaults().withPort(0).withRequestTimeout(LONG)
                .withIdleTimeout(LONG));
        startSlowClients(8, 7);
        for (SlowClient client : slowClients) {
            client.awaitSent(3);
        }

        // when 12 people ask for a decision and 2 more open the page, all at once
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> decisions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            decisions.add(http.sendAsync(post(TEACHER.replace("ex-teacher", "normal-" + i)),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            pages.add(http.sendAsync(HttpRequest.newBuilder(portal.uri()).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(decisions.toArray(CompletableFuture[]::new)).join();
        CompletableFuture.allOf(pages.toArray(CompletableFuture[]::new)).join();

        // then the 15 who trickle still hold their connections, as the server sees them too
        List<SlowClient> trickling = slowClients.subList(0, 15);
        assertThat(trickling).allSatisfy(client -> assertThat(client.outcome()).as(client.kind.name()).isNull());
        assertThat(portal.connections().size()).isGreaterThanOrEqualTo(15);
        // and the one who announced too much was refused at once, unread
        assertThat(slowClients.get(15).awaitOutcome()).isEqualTo("answered 413");
        // and every person was answered with their own decision, exactly as the library writes it
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> response = decisions.get(i).join();
            String aCase = TEACHER.replace("ex-teacher", "normal-" + i);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(ThuiswerkJson.write(
                    advisor.decide(ThuiswerkJson.readCase(aCase), Locale.forLanguageTag("nl"))));
        }
        assertThat(pages).allSatisfy(page -> assertThat(page.join().statusCode()).isEqualTo(200));
    }

    @Test
    void slow_clients_are_cut_off_when_their_request_has_taken_the_request_time() throws Exception {
        // given a portal whose requests must arrive within 2 seconds, and the same 16 slow clients
        portal = Portal.start(advisor, PortalSettings.defaults().withPort(0).withRequestTimeout(Duration.ofSeconds(2)));
        startSlowClients(8, 7);

        // when they keep trickling
        List<String> outcomes = new ArrayList<>();
        for (SlowClient client : slowClients) {
            outcomes.add(client.awaitOutcome());
        }

        // then those still sending headers lose their connection (there is no request yet to answer), those still
        // sending a body are answered 408, and the one who announced too much 413
        assertThat(outcomes.subList(0, 8)).containsOnly("closed");
        assertThat(outcomes.subList(8, 15)).containsOnly("answered 408");
        assertThat(outcomes.get(15)).isEqualTo("answered 413");
        // and the portal goes on answering
        HttpResponse<String> after = HttpClient.newHttpClient().send(post(TEACHER), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(200);
    }

    @Test
    void a_client_that_falls_silent_is_cut_off_by_the_idle_timeout() throws Exception {
        // given a portal that closes a connection silent for a second, and clients that stop halfway through their
        // headers and halfway through their body
        portal = Portal.start(advisor, PortalSettings.defaults().withPort(0).withRequestTimeout(LONG)
                .withIdleTimeout(Duration.ofSeconds(1)));
        SlowClient inHeaders = slowClient(Kind.HEADERS, 5);
        SlowClient inBody = slowClient(Kind.BODY, 5);

        // when they fall silent, then the one in its headers loses its connection, the one in its body gets 408
        assertThat(inHeaders.awaitOutcome()).isEqualTo("closed");
        assertThat(inBody.awaitOutcome()).isEqualTo("answered 408");
    }

    @Test
    void connections_beyond_the_limit_wait_until_one_closes() throws Exception {
        // given a portal that holds at most 4 connections, all 4 held by slow clients
        portal = Portal.start(advisor, PortalSettings.defaults().withPort(0).withMaxConnections(4)
                .withRequestTimeout(LONG).withIdleTimeout(LONG));
        startSlowClients(4, 0);
        for (SlowClient client : slowClients.subList(0, 4)) {
            client.awaitSent(3);
        }

        // when a fifth person asks
        CompletableFuture<HttpResponse<String>> fifth = HttpClient.newHttpClient().sendAsync(post(TEACHER),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(1000);

        // then the server holds no more than 4, and the fifth is not answered while they stay
        assertThat(portal.connections()).hasSize(4);
        assertThat(fifth).isNotDone();
        // and when one of them goes, the fifth is answered
        slowClients.get(0).close();
        assertThat(fifth.join().statusCode()).isEqualTo(200);
    }

    private void startSlowClients(int headers, int bodies) throws IOException {
        for (int i = 0; i < headers; i++) {
            slowClients.add(slowClient(Kind.HEADERS, Integer.MAX_VALUE));
        }
        for (int i = 0; i < bodies; i++) {
            slowClients.add(slowClient(Kind.BODY, Integer.MAX_VALUE));
        }
        if (headers + bodies == 15) {
            slowClients.add(slowClient(Kind.HUGE_LENGTH, 0));
        }
    }

    private SlowClient slowClient(Kind kind, int bytesToTrickle) throws IOException {
        SlowClient client = new SlowClient(kind, portal.port(), bytesToTrickle);
        client.start();
        return client;
    }

    private HttpRequest post(String body) {
        return HttpRequest.newBuilder(portal.uri().resolve("api/decisions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    enum Kind {
        /** Sends a request line and one header, then a header's value a byte at a time. */
        HEADERS("POST /api/decisions HTTP/1.1\r\nHost: localhost\r\nX-Slow: "),
        /** Sends complete headers for a body of 100,000 bytes, then the body a byte at a time. */
        BODY("POST /api/decisions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100000\r\n\r\n"),
        /** Announces 999,999,999,999 bytes, sends a short body and nothing more. */
        HUGE_LENGTH("POST /api/decisions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 999999999999\r\n\r\n{\"caseId\":\"huge\"}");

        final String start;

        Kind(String start) {
            this.start = start;
        }
    }

    /**
     * A raw connection that sends the start of a request, then one byte every fifth of a second, and watches for
     * what the server does: answer (its status), or close the connection.
     */
    static final class SlowClient implements AutoCloseable {

        final Kind kind;
        private final Socket socket;
        private final int bytesToTrickle;
        private final Thread thread;
        private final CompletableFuture<String> outcome = new CompletableFuture<>();
        private volatile int sent;

        SlowClient(Kind kind, int port, int bytesToTrickle) throws IOException {
            this.kind = kind;
            this.bytesToTrickle = bytesToTrickle;
            this.socket = new Socket(InetAddress.getLoopbackAddress(), port);
            this.thread = new Thread(this::trickle, "slow-client-" + kind);
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void trickle() {
            try {
                socket.setSoTimeout(200);
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                out.write(kind.start.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                ByteArrayOutputStream answer = new ByteArrayOutputStream();
                byte[] buffer = new byte[256];
                while (!outcome.isDone()) {
                    if (sent < bytesToTrickle) {
                        out.write(kind == Kind.HEADERS ? 'a' : ' ');
                        out.flush();
                        sent++;
                    }
                    try {
                        int read = in.read(buffer);
                        if (read > 0) {
                            answer.write(buffer, 0, read);
                        }
                        // "HTTP/1.1 408": the status is the 10th to 12th byte
                        if (answer.size() >= 12) {
                            outcome.complete("answered " + answer.toString(StandardCharsets.US_ASCII).substring(9, 12));
                        } else if (read < 0) {
                            outcome.complete("closed");
                        }
                    } catch (SocketTimeoutException nothingYet) {
                        // still held: send the next byte
                    }
                }
            } catch (IOException cutOff) {
                // a reset, or a write into a connection the server closed
                outcome.complete("closed");
            }
        }

        /** Null while the connection is held and unanswered. */
        String outcome() {
            return outcome.getNow(null);
        }

        String awaitOutcome() {
            return outcome.join();
        }

        void awaitSent(int bytes) throws InterruptedException {
            while (sent < Math.min(bytes, bytesToTrickle) && !outcome.isDone()) {
                Thread.sleep(20);
            }
        }

        @Override
        public void close() {
            outcome.complete("closed by the client");
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all that is asked
            }
        }
    }
}
