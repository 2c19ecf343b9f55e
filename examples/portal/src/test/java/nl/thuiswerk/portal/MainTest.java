package nl.thuiswerk.portal;

import nl.thuiswerk.HomeWorkingAdvisor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MainTest {

    @Test
    void the_port_is_8080_unless_given() {
        // given no options, and the two ways of giving a port

        // when they are read
        Main.Options none = Main.Options.parse();
        Main.Options spaced = Main.Options.parse("--port", "9090");
        Main.Options joined = Main.Options.parse("--port=0");

        // then
        assertThat(none.settings().port()).isEqualTo(8080);
        assertThat(spaced.settings().port()).isEqualTo(9090);
        assertThat(joined.settings().port()).isZero();
        assertThat(Main.Options.parse("--help").help()).isTrue();
    }

    @Test
    void without_options_the_limits_are_the_documented_defaults_and_the_loopback_names_are_allowed() {
        // given no options; when they are read
        PortalSettings settings = Main.Options.parse().settings();

        // then
        assertThat(settings).isEqualTo(PortalSettings.defaults());
        assertThat(settings.allowedHosts()).containsExactlyInAnyOrder("localhost", "127.0.0.1", "[::1]");
        assertThat(settings.maxConnections()).isEqualTo(64);
        assertThat(settings.idleTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.maxHeaderBytes()).isEqualTo(8192);
        assertThat(settings.threads()).isEqualTo(16);
    }

    @Test
    void each_limit_and_an_allowed_host_can_be_given_on_the_command_line() {
        // given every option

        // when they are read
        PortalSettings settings = Main.Options.parse("--allowed-host", "Portal.Example.NL", "--allowed-host=::1",
                "--max-connections", "200", "--idle-timeout=5", "--request-timeout", "3", "--max-header-bytes",
                "16384", "--threads", "40").settings();

        // then each is taken, and a host name is compared in lower case, an IPv6 address in brackets
        assertThat(settings.allowedHosts()).containsExactlyInAnyOrder("localhost", "127.0.0.1", "[::1]",
                "portal.example.nl");
        assertThat(settings.allowsHost("PORTAL.example.nl")).isTrue();
        assertThat(settings.allowsHost("evil.example")).isFalse();
        assertThat(settings.maxConnections()).isEqualTo(200);
        assertThat(settings.idleTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.maxHeaderBytes()).isEqualTo(16384);
        assertThat(settings.threads()).isEqualTo(40);
    }

    @Test
    void a_wrong_option_is_refused_with_a_message_for_the_user() {
        assertThatThrownBy(() -> Main.Options.parse("--port")).hasMessage("--port needs a value");
        assertThatThrownBy(() -> Main.Options.parse("--port", "eighty")).hasMessageContaining("from 0 to 65535");
        assertThatThrownBy(() -> Main.Options.parse("--port", "70000")).hasMessageContaining("from 0 to 65535");
        assertThatThrownBy(() -> Main.Options.parse("--max-connections", "0")).hasMessageContaining("from 1 to 10000");
        assertThatThrownBy(() -> Main.Options.parse("--request-timeout", "0")).hasMessageContaining("from 1 to 3600");
        assertThatThrownBy(() -> Main.Options.parse("--threads", "2")).hasMessageContaining("from 8 to 512");
        assertThatThrownBy(() -> Main.Options.parse("--max-header-bytes", "10")).hasMessageContaining("from 1024");
        assertThatThrownBy(() -> Main.Options.parse("--allowed-host", "evil.example:80"))
                .hasMessageStartingWith("--allowed-host: ").hasMessageContaining("without a port");
        // the portal listens on the loopback address only: there is no option to listen anywhere else
        assertThatThrownBy(() -> Main.Options.parse("--host", "0.0.0.0")).hasMessage("Unknown option: --host");
    }

    @Test
    void a_port_in_use_is_refused_when_binding_so_main_can_say_which() throws Exception {
        // given a portal on some port
        try (Portal first = Portal.start(HomeWorkingAdvisor.create(), 0)) {

            // when a second one is started on the same port, then it is refused before it answers anything
            assertThatThrownBy(() -> Portal.start(HomeWorkingAdvisor.create(), first.port()))
                    .isInstanceOf(BindException.class);
        }
    }

    @Test
    void starting_prints_the_address_where_the_page_answers() throws Exception {
        // given
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // when the portal is started on a free port
        try (Portal portal = Main.start(0, new PrintStream(out, true, StandardCharsets.UTF_8))) {

            // then it prints its address on localhost, and the page is there
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).startsWith("thuiswerk portal: http://localhost:" + portal.port() + "/");
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(portal.uri()).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<script src=\"portal.js\" defer></script>");
        }
    }
}
