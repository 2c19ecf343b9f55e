package nl.thuiswerk.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * A run that cannot go on: a file that cannot be read or written. Its message is the one line the user sees;
 * it carries no stack trace because none is ever shown.
 */
final class Failure extends RuntimeException {

    private final boolean silent;

    private Failure(String message, boolean silent) {
        super(message, null, false, false);
        this.silent = silent;
    }

    static Failure cannotRead(String name, IOException e) {
        return new Failure("cannot read " + name + ": " + describe(e), false);
    }

    static Failure cannotWrite(String name, IOException e) {
        return new Failure("cannot write " + name + ": " + describe(e), false);
    }

    /**
     * Whoever read stdout has stopped, as {@code | head} does. It asked for no more, so the run ends without a
     * message, like other command-line tools; the exit code still says the output is not complete.
     */
    static Failure readerGone() {
        return new Failure("standard output was closed by its reader", true);
    }

    static Failure of(String message) {
        return new Failure(message, false);
    }

    /** Java has no type for it; these are the messages of Linux, macOS and Windows. */
    static boolean isClosedPipe(IOException e) {
        String message = e.getMessage();
        return message != null && (message.contains("Broken pipe") || message.contains("pipe is being closed")
                || message.contains("pipe has been ended"));
    }

    /** Whether the user is better off without the message. */
    boolean silent() {
        return silent;
    }

    /** A short reason: NIO puts only the path into the message of its most common exceptions. */
    static String describe(Throwable e) {
        if (e instanceof Failure) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String firstLine = message.lines().findFirst().orElse(message);
        return e instanceof IOException ? firstLine : e.getClass().getSimpleName() + ": " + firstLine;
    }
}
