package nl.thuiswerk.cli;

import nl.thuiswerk.internal.Language;
import nl.thuiswerk.internal.Messages;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;

/**
 * A run that cannot go on: a file that cannot be read or written, an unknown version, rules that are not the ones
 * pinned. Its message is the one line the user sees, in the language of the command ({@link #message(Language)}); it
 * carries no stack trace because none is ever shown.
 */
final class Failure extends RuntimeException {

    /** The command line's own sentences, in Dutch and English, beside this class. */
    static final Messages MESSAGES = new Messages(Failure.class, "messages");

    private final boolean silent;
    private final String key;
    private final Object[] values;

    private Failure(boolean silent, String key, Object... values) {
        super(null, null, false, false);
        this.silent = silent;
        this.key = key;
        this.values = values;
    }

    /**
     * A failure in the words of the key in {@link #MESSAGES}; a value that is an {@link IOException} is shown as its
     * reason, one that is a {@link Said} in the same language.
     */
    static Failure of(String key, Object... values) {
        return new Failure(false, key, values);
    }

    static Failure cannotRead(Said name, IOException e) {
        return of("file.cannotRead", name, e);
    }

    static Failure cannotWrite(Said name, IOException e) {
        return of("file.cannotWrite", name, e);
    }

    /**
     * Whoever read stdout has stopped, as {@code | head} does. It asked for no more, so the run ends at once, without
     * a message and with exit code 0, as Unix tools that stop quietly on a closed pipe do: a pipeline that reads only
     * the first lines must not fail for it (docs/contract.md).
     */
    static Failure readerGone() {
        return new Failure(true, "library", "standard output was closed by its reader");
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

    /** The message in the language of the command. */
    String message(Language language) {
        Object[] shown = Arrays.stream(values).map(v -> shown(v, language)).toArray();
        return MESSAGES.get(language, key, shown);
    }

    private static Object shown(Object value, Language language) {
        if (value instanceof IOException io) {
            return describe(io, language);
        }
        if (value instanceof Said said) {
            return said.in(language);
        }
        return value;
    }

    @Override
    public String getMessage() {
        return message(Language.EN);
    }

    /** A text of the command line's bundle, worded when the language is known. */
    record Said(String key, Object... values) {
        static Said verbatim(String text) {
            return new Said("library", text);
        }

        String in(Language language) {
            return MESSAGES.get(language, key, Arrays.stream(values).map(v -> shown(v, language)).toArray());
        }
    }

    /** A short reason: NIO puts only the path into the message of its most common exceptions. */
    static String describe(Throwable e, Language language) {
        if (e instanceof Failure f) {
            return f.message(language);
        }
        if (e instanceof NoSuchFileException) {
            return MESSAGES.get(language, "reason.noSuchFile");
        }
        if (e instanceof AccessDeniedException) {
            return MESSAGES.get(language, "reason.permissionDenied");
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

    /** As {@link #describe(Throwable, Language)}, in English. */
    static String describe(Throwable e) {
        return describe(e, Language.EN);
    }
}
