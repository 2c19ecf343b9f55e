package nl.thuiswerk.cli;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Opens the files named on the command line, or the process's own streams for {@code -}, as UTF-8 whatever the
 * platform's default, and turns the reasons they cannot be opened into one line for the user.
 */
final class Streams {

    static final String STANDARD_STREAM = "-";
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int OUTPUT_BUFFER_CHARS = 64 * 1024;

    private Streams() {
    }

    static Reader openInput(String file, InputStream stdin) {
        if (STANDARD_STREAM.equals(file)) {
            return new InputStreamReader(unclosable(stdin), StandardCharsets.UTF_8);
        }
        Path path = path(file, "read");
        if (Files.isDirectory(path)) {
            throw Failure.of("cannot read " + file + ": it is a directory");
        }
        try {
            return new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Failure.cannotRead(file, e);
        }
    }

    /**
     * The whole text of one JSON document (a case, a decision), without a UTF-8 byte-order mark, but never more
     * than a batch line may hold: the library rejects far shorter texts, and a huge file must give that answer
     * rather than run out of memory.
     */
    static String readText(String file, InputStream stdin) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try (Reader in = openInput(file, stdin)) {
            int read;
            while (text.length() <= LineReader.MAX_LINE_CHARS && (read = in.read(buffer)) >= 0) {
                text.append(buffer, 0, read);
            }
        } catch (IOException e) {
            throw Failure.cannotRead(nameOfInput(file), e);
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text.deleteCharAt(0);
        }
        return text.toString();
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
                throw Failure.cannotWrite(file, e);
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

    static String nameOfInput(String file) {
        return STANDARD_STREAM.equals(file) ? "standard input" : file;
    }

    static String nameOfOutput(String file) {
        return file == null ? "standard output" : file;
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
                throw Failure.of("cannot write " + output + ": it is the input file");
            }
        } catch (IOException e) {
            throw Failure.cannotRead(input, e);
        }
    }

    private static Path path(String file, String verb) {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw Failure.of("cannot " + verb + " " + file + ": not a valid file name");
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
