package nl.thuiswerk.flink;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One line of an input file as read: its bytes, not yet decoded, and its number in its file. The library decodes the
 * bytes strictly ({@link nl.thuiswerk.json.ThuiswerkJson#answerLine}), so a line that is not UTF-8 is answered with an
 * error naming its byte, never decided with characters replaced; and an error names the line it answers.
 *
 * <p>Like {@link JsonLine}, its {@link #toString()} does not show the case, which holds health data. A Flink POJO
 * (public fields, no-argument constructor), serialised by Flink itself, never by Kryo.
 */
public final class CaseLine {

    /** The line's bytes, without its line break. */
    public byte[] bytes;
    /** The line's number in its file, from 1. */
    public long number;

    /** For Flink. */
    public CaseLine() {
    }

    public CaseLine(byte[] bytes, long number) {
        this.bytes = bytes;
        this.number = number;
    }

    /** A line of the given text, in UTF-8. */
    public static CaseLine of(String text, long number) {
        return new CaseLine(text.getBytes(StandardCharsets.UTF_8), number);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseLine other && number == other.number && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + Long.hashCode(number);
    }

    @Override
    public String toString() {
        return "line " + number + " of " + (bytes == null ? 0 : bytes.length) + " bytes";
    }
}
