package nl.thuiswerk.internal;

/** Rule metadata as the executable model hands it over: sometimes still quoted, numbers sometimes as text. */
final class Metadata {

    private Metadata() {
    }

    /** The value as plain text without surrounding quotes, or null when absent or blank. */
    static String string(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1).trim();
        }
        return s.isEmpty() ? null : s;
    }
}
