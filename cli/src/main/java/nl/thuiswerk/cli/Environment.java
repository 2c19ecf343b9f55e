package nl.thuiswerk.cli;

import nl.thuiswerk.HomeWorkingAdvisor;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * What a command runs against. Passed in rather than taken from {@code System} so that tests drive the real
 * commands in-process with captured streams.
 *
 * @param stdin     read by {@code -} as a file name; never closed
 * @param stdout    the answers, as UTF-8 bytes; flushed, never closed
 * @param stderr    messages and progress for the person at the terminal
 * @param advisor   called at most once per command, only by the commands that need the rules
 * @param terminals whether stdout and stderr are terminals, which decides about progress
 */
record Environment(InputStream stdin, OutputStream stdout, PrintWriter stderr,
                   Supplier<HomeWorkingAdvisor> advisor, Terminals terminals) {
}
