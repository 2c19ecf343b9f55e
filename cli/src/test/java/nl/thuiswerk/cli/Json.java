package nl.thuiswerk.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough reading of the answers for assertions; the contract's own codec is what is being tested. */
final class Json {

    private static final String STRING = "\"((?:[^\"\\\\]|\\\\.)*)\"";
    private static final Pattern TEXT = Pattern.compile("\"text\"\\s*:\\s*" + STRING);

    private Json() {
    }

    /** The first string value of a field anywhere in the text, or null when the field is absent or null. */
    static String string(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*" + STRING).matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static boolean has(String json, String field) {
        return json.contains("\"" + field + "\":") || json.contains("\"" + field + "\" :");
    }

    /** The JSON with every {@code text} value emptied: what must be equal between languages. */
    static String withoutTexts(String json) {
        return TEXT.matcher(json).replaceAll("\"text\":\"\"");
    }

    static String errorCode(String json) {
        int error = json.indexOf("\"error\"");
        return error < 0 ? null : string(json.substring(error), "code");
    }
}
