package nl.thuiswerk.cli;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Opens the files named on the command line, or the process's own streams for {@code -}, and turns the reasons they
 * cannot be opened into one line for the user. Input is read as bytes, which the library decodes as UTF-8 strictly
 * (a byte that is not UTF-8 is an error naming its offset, never a replaced character); output is UTF-8 whatever
 * the platform's default.
 */
final class Streams {

    static final String STANDARD_STREAM = "-";
    private static final int OUTPUT_BUFFER_CHARS = 64 * 1024;
    private static final int INPUT_BUFFER_BYTES = 64 * 1024;

    private Streams() {
    }

    static InputStream openInput(String file, InputStream stdin) {
        if (STANDARD_STREAM.equals(file)) {
            return unclosable(stdin);
        }
        Path path = path(file, "read");
        if (Files.isDirectory(path)) {
            throw Failure.of("file.isDirectory", file);
        }
        try {
            return new BufferedInputStream(Files.newInputStream(path), INPUT_BUFFER_BYTES);
        } catch (IOException e) {
            throw Failure.cannotRead(Failure.Said.verbatim(file), e);
        }
    }

    /**
     * The bytes of one JSON document (a case, a decision), but never more than a batch line may hold: the library
     * rejects far shorter texts, and a huge file must give that answer rather than run out of memory. A document cut
     * off is cut where a character begins, as a long line is, so the cut is never taken for broken UTF-8.
     */
    static byte[] readBytes(String file, InputStream stdin) {
        try (InputStream in = openInput(file, stdin)) {
            byte[] bytes = in.readNBytes(LineReader.MAX_LINE_BYTES + 1);
            return bytes.length > LineReader.MAX_LINE_BYTES
                    ? Arrays.copyOf(bytes, LineReader.characterBoundary(bytes, bytes.length)) : bytes;
        } catch (IOException e) {
            throw Failure.cannotRead(nameOfInput(file), e);
        }
    }

    /**
     * The text of a document that the library reads only as text (a decision), decoded as strictly as the library
     * decodes a case.
     *
     * @return the text, or null when a byte is not UTF-8, with {@code why} holding that byte in hex, a space and its
     *         offset
     */
    static String utf8(byte[] bytes, StringBuilder why) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // the byte in hex, a space, its offset
            why.append(String.format(Locale.ROOT, "%02X", bytes[in.position()] & 0xFF)).append(' ').append(in.position());
            return null;
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Answers to a file, or to stdout when {@code file} is null. */
    static Writer openOutput(String file, OutputStream stdout) {
        OutputStream out;
        if (file == null) {
            out = unclosable(stdout);
        } else {
            Path path = path(file, "write");
            try {
                out = Files.newOutputStream(path);
            } catch (IOException e) {
                throw Failure.cannotWrite(Failure.Said.verbatim(file), e);
            }
        }
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), OUTPUT_BUFFER_CHARS);
    }

    /** The size of an input file in bytes, or -1 for stdin or when it cannot be told. */
    static long sizeOf(String file) {
        if (STANDARD_STREAM.equals(file)) {
            return -1;
        }
        try {
            return Files.size(Path.of(file));
        } catch (IOException | InvalidPathException e) {
            return -1;
        }
    }

    /** The input's name as the user gave it, or standard input, in the language of the command. */
    static Failure.Said nameOfInput(String file) {
        return STANDARD_STREAM.equals(file) ? new Failure.Said("stream.stdin") : Failure.Said.verbatim(file);
    }

    static Failure.Said nameOfOutput(String file) {
        return file == null ? new Failure.Said("stream.stdout") : Failure.Said.verbatim(file);
    }

    /** Opening the output truncates it, so answering into the file being read would destroy the cases first. */
    static void refuseSameFile(String input, String output) {
        if (output == null || STANDARD_STREAM.equals(input)) {
            return;
        }
        Path in = path(input, "read");
        Path out = path(output, "write");
        try {
            if (Files.exists(out) && Files.exists(in) && Files.isSameFile(in, out)) {
                throw Failure.of("file.isInput", output);
            }
        } catch (IOException e) {
            throw Failure.cannotRead(Failure.Said.verbatim(input), e);
        }
    }

    private static Path path(String file, String verb) {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw Failure.of(verb.equals("read") ? "file.badNameRead" : "file.badNameWrite", file);
        }
    }

    // stdin and stdout belong to the process: a command finishing must not close them for whoever runs it
    private static InputStream unclosable(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
    }

    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }
}
