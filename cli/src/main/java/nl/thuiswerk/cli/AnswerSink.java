package nl.thuiswerk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Where the answers go, one per line. Every line ends with {@code \n} whatever the platform, so the output is
 * the same bytes everywhere; a write that fails ends the run as a {@link Failure} naming the output.
 */
final class AnswerSink implements AutoCloseable {

    private final Writer out;
    private final Failure.Said name;
    private final boolean toStdout;

    private AnswerSink(Writer out, Failure.Said name, boolean toStdout) {
        this.out = out;
        this.name = name;
        this.toStdout = toStdout;
    }

    /** To a file, or to stdout when {@code file} is null. */
    static AnswerSink open(String file, OutputStream stdout) {
        return new AnswerSink(Streams.openOutput(file, stdout), Streams.nameOfOutput(file), file == null);
    }

    void line(String text) {
        try {
            out.write(text);
            out.write('\n');
        } catch (IOException e) {
            throw failure(e);
        }
    }

    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private Failure failure(IOException e) {
        return toStdout && Failure.isClosedPipe(e) ? Failure.readerGone() : Failure.cannotWrite(name, e);
    }
}
