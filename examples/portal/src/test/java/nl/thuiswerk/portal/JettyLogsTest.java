package nl.thuiswerk.portal;

import nl.thuiswerk.HomeWorkingAdvisor;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Jetty's loggers stay at WARN whatever the configuration asks. In a JVM of its own (the module's surefire
 * configuration forks per class), configured as someone hunting a problem would: everything at DEBUG, and Jetty's
 * I/O at DEBUG by name.
 */
class JettyLogsTest {

    static {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty.io", "debug");
    }

    @Test
    void jettys_loggers_are_held_at_warn_when_the_configuration_asks_for_debug() throws Exception {
        // given the configuration above; when a portal starts
        try (Portal portal = Portal.start(HomeWorkingAdvisor.create(), 0)) {

            // then none of Jetty's loggers that write requests has DEBUG, while the portal's own has
            for (String name : JettyLogs.REVEALING) {
                assertThat(LoggerFactory.getLogger(name).isDebugEnabled()).as(name).isFalse();
                assertThat(LoggerFactory.getLogger(name).isWarnEnabled()).as(name).isTrue();
            }
            assertThat(LoggerFactory.getLogger(Portal.class).isDebugEnabled()).isTrue();
            assertThat(portal.port()).isPositive();
        }
    }

    @Test
    void the_portal_does_not_start_where_a_jetty_logger_would_write_requests_at_debug() {
        // given a logging binding that has Jetty's parser at DEBUG (as a logger made before the portal could hold it
        // back would be, or one of a binding other than slf4j-simple)
        Logger debugging = LoggerFactory.getLogger("a.logger.at.debug");
        assertThat(debugging.isDebugEnabled()).isTrue();

        // when the portal checks, then it refuses, saying why and what to change
        assertThatThrownBy(() -> JettyLogs.requireQuiet(name -> name.equals("org.eclipse.jetty.http.HttpParser")
                ? debugging : NOPLogger.NOP_LOGGER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("org.eclipse.jetty.http.HttpParser logs at DEBUG")
                .hasMessageContaining("company doctor's advice")
                .hasMessageContaining("set org.eclipse.jetty to INFO or higher");
    }
}
