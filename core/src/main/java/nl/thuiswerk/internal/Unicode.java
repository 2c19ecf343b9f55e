package nl.thuiswerk.internal;

import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Text that is really Unicode. Input that is not (bytes that are no UTF-8, half a surrogate pair from a {@code \\u}
 * escape) cannot be written back unchanged: a decoder would replace it by U+FFFD, an encoder by {@code ?}, and two
 * different case ids would become one. It is refused instead, never repaired.
 */
public final class Unicode {

    private Unicode() {
    }

    /** Whether every surrogate of the text is half of a pair, so that it has a UTF-8 form. */
    public static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The text with each unpaired surrogate written as its escape, {@code \\udc00}. */
    static String escapeLoneSurrogates(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The bytes as UTF-8 text, refusing any byte that is not UTF-8 (a Latin-1 {@code é}, a cut-off character, an
     * encoded surrogate) rather than replacing it.
     *
     * @param lineOfFile the line of a JSON Lines file the bytes are, or 0 for a document of its own
     * @throws DecisionException {@code MALFORMED_JSON} naming the offset of the first such byte, and its line and column
     */
    public static String decodeUtf8(byte[] bytes, long lineOfFile) {
        return decodeUtf8(bytes, lineOfFile, Language.NL);
    }

    /** As {@link #decodeUtf8(byte[], long)}, with the refusal worded in the given language. */
    public static String decodeUtf8(byte[] bytes, long lineOfFile, Language language) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notUtf8(bytes, in.position(), lineOfFile, language);
        }
        out.flip();
        return out.toString();
    }

    /**
     * The text for one line of a terminal or a plain-text document: every character that could move the cursor,
     * ring, erase, start a new line or turn the text around (C0 and C1 controls, DEL, the line and paragraph
     * separators, the bidirectional overrides and isolates) written as its escape, {@code \\u001b}, so that text from
     * a case cannot forge a line of its own.
     */
    public static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escape = unprintable(c) || Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (escape && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escape) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean unprintable(char c) {
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }

    /** The UTF-8 byte-order mark, EF BB BF, which some editors write at the start of a file. */
    public static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static DecisionException notUtf8(byte[] bytes, int offset, long lineOfFile, Language language) {
        long line = Math.max(1, lineOfFile);
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // the column counts characters, as the JSON reader's columns do (the bytes before it on its line are UTF-8),
        // after the byte-order mark the reader never sees
        int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1
                - (lineStart == 0 && startsWithByteOrderMark(bytes) ? 1 : 0);
        String message = Messages.LIBRARY.get(language, "json.notUtf8", line, column, offset,
                lineOfFile > 0 ? Messages.LIBRARY.get(language, "json.inTheLine") : "",
                String.format(Locale.ROOT, "%02X", bytes[offset] & 0xFF));
        return new DecisionException(ErrorCode.MALFORMED_JSON, null, message, List.of());
    }
}
