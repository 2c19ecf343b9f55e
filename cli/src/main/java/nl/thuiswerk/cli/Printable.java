package nl.thuiswerk.cli;

import java.util.Locale;

/**
 * Text for a line of a terminal. Whatever comes from a case or a file (an id, a path naming a field, a task's name
 * in a message) could hold ESC, BEL, a carriage return or a line break, and move the cursor, erase a line or forge
 * one of its own, such as {@code Outcome: HOME}. Every such character (C0 and C1 controls, DEL, the line and
 * paragraph separators, the bidirectional overrides and isolates, half a surrogate pair) is shown as its escape,
 * {@code \\u001b}; JSON output escapes them itself.
 */
final class Printable {

    private Printable() {
    }

    static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            boolean escape = unprintable(c) || Character.isSurrogate(c) && !paired;
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
}
