package nl.thuiswerk.cli;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.RuleSetIntegrityException;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * What a command runs against. Passed in rather than taken from {@code System} so that tests drive the real
 * commands in-process with captured streams.
 *
 * @param stdin     read by {@code -} as a file name; never closed
 * @param stdout    the answers, as UTF-8 bytes; flushed, never closed
 * @param stderr    messages and progress for the person at the terminal
 * @param advisors  called at most once per command, only by the commands that need the rules
 * @param terminals whether stdout and stderr are terminals, which decides about progress
 */
record Environment(InputStream stdin, OutputStream stdout, PrintWriter stderr,
                   AdvisorFactory advisors, Terminals terminals) {

    /**
     * The advisor, with the given versions pinned. Rules that are not the ones pinned end the run before
     * anything is written, with the library's message as the one line the user reads.
     */
    HomeWorkingAdvisor advisor(Map<String, String> pins) {
        return advisor(pins, java.util.List.of());
    }

    /** As {@link #advisor(Map)}, with the employers' policies of these jars; a policy refused ends the run so too. */
    HomeWorkingAdvisor advisor(Map<String, String> pins, java.util.List<java.nio.file.Path> policies) {
        try {
            return advisors.create(pins, policies);
        } catch (nl.thuiswerk.PolicyException e) {
            String message = e.getMessage() == null ? "a policy was refused" : e.getMessage();
            throw Failure.of("library", message.lines().findFirst().orElse(message));
        } catch (RuleSetIntegrityException e) {
            String message = e.getMessage() == null ? "the rule sets are not the ones pinned" : e.getMessage();
            // the library's own words (in English: an advisor is built before any case, in no language)
            throw Failure.of("library", message.lines().findFirst().orElse(message));
        }
    }
}
