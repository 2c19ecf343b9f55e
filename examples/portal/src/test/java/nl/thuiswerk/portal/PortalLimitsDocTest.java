package nl.thuiswerk.portal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of the portal's limits in its README and in docs/security.md is generated from the defaults in the
 * code, between the markers {@value #BEGIN} and {@value #END}; this test fails when either file says otherwise.
 * {@code -Dthuiswerk.writeDocs=true} writes the table afresh.
 */
class PortalLimitsDocTest {

    static final String BEGIN = "<!-- portal-limits:begin -->";
    static final String END = "<!-- portal-limits:end -->";

    @Test
    void the_readme_and_the_security_document_show_the_limits_the_code_has() throws IOException {
        for (Path doc : new Path[] {Path.of("README.md"), Path.of("../../docs/security.md")}) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            assertThat(text).as(doc + " has the markers of the limits table").contains(BEGIN, END);
            String generated = text.substring(0, text.indexOf(BEGIN) + BEGIN.length()) + "\n" + table()
                    + text.substring(text.indexOf(END));
            if (Boolean.getBoolean("thuiswerk.writeDocs")) {
                Files.writeString(doc, generated, StandardCharsets.UTF_8);
                text = generated;
            }
            assertThat(text).as(doc + "'s table of the portal's limits is out of date; regenerate it: "
                    + "mvn -B -pl examples/portal -am verify -Dthuiswerk.writeDocs=true").isEqualTo(generated);
        }
    }

    static String table() {
        PortalSettings defaults = PortalSettings.defaults();
        return "| limit | default | option | when it is reached |\n"
                + "|---|---|---|---|\n"
                + row("request time: headers and body, from the request's first byte",
                        seconds(defaults.requestTimeout()), "`--request-timeout S`",
                        "a body still arriving: `408 REQUEST_TIMEOUT`, the connection closed; headers still arriving: "
                                + "the connection closed")
                + row("idle time: nothing arrives", seconds(defaults.idleTimeout()), "`--idle-timeout S`",
                        "the connection closed; while a body is awaited, `408` first")
                + row("open connections", String.valueOf(defaults.maxConnections()), "`--max-connections N`",
                        "no more are accepted: they wait in the operating system's queue until one closes")
                + row("request line and headers", bytes(defaults.maxHeaderBytes()), "`--max-header-bytes N`",
                        "`431 HEADERS_TOO_LARGE`")
                + row("body", bytes(DecisionsEndpoint.MAX_BODY_BYTES), "none: 4 × the library's 64 Ki characters",
                        "`413 PAYLOAD_TOO_LARGE`, announced or sent, once the rest is read and thrown away (up to "
                                + bytes(DecisionsEndpoint.DISCARD_MAX_BYTES) + ", within the request time; a body "
                                + "announced longer is refused at once), so the client sees the answer, not a reset; "
                                + "the connection closed")
                + row("body type", "one `application/json`, UTF-8", "none", "`415 UNSUPPORTED_MEDIA_TYPE`")
                + row("`Host` names", PortalSettings.LOOPBACK_NAMES.stream().map(name -> "`" + name + "`")
                        .collect(Collectors.joining(", ")), "`--allowed-host NAME`, repeated for more",
                        "`421 MISDIRECTED_REQUEST`")
                + row("server threads", String.valueOf(defaults.threads()), "`--threads N`",
                        "a slow client holds none while its request arrives")
                + row("`TCP_NODELAY` on accepted sockets", "on", "none", "an answer leaves as soon as it is written");
    }

    private static String row(String limit, String value, String option, String reached) {
        return "| " + limit + " | " + value + " | " + option + " | " + reached + " |\n";
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + " s";
    }

    private static String bytes(int bytes) {
        return String.format(Locale.ROOT, "%,d bytes", bytes);
    }
}
