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
        assertThat(none.port()).isEqualTo(8080);
        assertThat(spaced.port()).isEqualTo(9090);
        assertThat(joined.port()).isZero();
        assertThat(Main.Options.parse("--help").help()).isTrue();
    }

    @Test
    void a_wrong_option_is_refused_with_a_message_for_the_user() {
        assertThatThrownBy(() -> Main.Options.parse("--port")).hasMessage("--port needs a number");
        assertThatThrownBy(() -> Main.Options.parse("--port", "eighty")).hasMessageContaining("from 0 to 65535");
        assertThatThrownBy(() -> Main.Options.parse("--port", "70000")).hasMessageContaining("from 0 to 65535");
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
