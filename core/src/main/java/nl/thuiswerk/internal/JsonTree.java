package nl.thuiswerk.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.Problem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON text into plain Java values (LinkedHashMap, ArrayList, String, BigDecimal, Boolean, {@link #NULL},
 * {@link #UNREADABLE_NUMBER}).
 *
 * <p>Written on the streaming parser rather than a data binder so that a duplicate key is a problem with its
 * path (never last-one-wins), numbers stay exact decimals, and the case's id is known even when the text
 * breaks off later.
 *
 * <p>Nothing the parser says reaches a user in its own words: its messages name its own settings and may quote
 * the input, which may hold health data. Each failure is described in a sentence of this class, naming at most one
 * character or a short word of the input, never a digit.
 */
final class JsonTree {

    /** JSON null, distinct from an absent field. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /**
     * A number that is JSON but that no decimal holds (an exponent beyond ±2<sup>31</sup>); the parse lists it as a
     * problem at its path, so a reader of the tree reports nothing more about it.
     */
    public static final Object UNREADABLE_NUMBER = new Object() {
        @Override
        public String toString() {
            return "an unreadable number";
        }
    };

    public static final int MAX_DEPTH = 16;
    public static final int MAX_STRING_CHARS = 10_000;
    public static final int MAX_NUMBER_CHARS = 100;
    /** A field name longer than this is shortened in the paths of problems, so an error never repeats a huge name. */
    static final int MAX_NAME_IN_PATH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH + 1)
                    .maxStringLength(MAX_STRING_CHARS * 4)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .build())
            .build();

    /** The parsed value, the problems found while reading it, and the top-level caseId if one was read. */
    public record Parsed(Object root, List<Problem> problems, String caseId) {
    }

    private final JsonParser parser;
    private final List<Problem> problems = new ArrayList<>();
    private String caseId;

    private JsonTree(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * Parses one JSON document.
     *
     * @throws DecisionException {@link ErrorCode#MALFORMED_JSON} with line and column when the text is not JSON
     */
    public static Parsed parse(String text) {
        return parse(text, 1);
    }

    /**
     * Parses one JSON document that begins on the given line of a larger text, such as one line of a JSON Lines
     * file, so that a malformed document names the line of that text.
     */
    public static Parsed parse(String text, long firstLine) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonTree tree = new JsonTree(parser);
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw malformed(null, "there is no JSON value, the input is empty", firstLine, -1);
                }
                Object root = tree.value(first, "", 0);
                if (parser.nextToken() != null) {
                    JsonLocation where = parser.currentTokenLocation();
                    throw malformed(tree.caseId, "there is more than one JSON value, and a case is one object",
                            firstLine - 1 + where.getLineNr(), where.getColumnNr());
                }
                return new Parsed(root, tree.problems, tree.caseId);
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw malformed(tree.caseId, describe(e), where == null ? -1 : firstLine - 1 + where.getLineNr(),
                        where == null ? -1 : where.getColumnNr());
            }
        } catch (IOException e) {
            // a String source cannot fail to read; this only satisfies the parser's signature
            throw new IllegalStateException(e.getClass().getSimpleName());
        }
    }

    private Object value(JsonToken token, String path, int depth) throws IOException {
        switch (token) {
            case START_OBJECT:
                return object(path, depth + 1);
            case START_ARRAY:
                return array(path, depth + 1);
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return number(path);
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                throw new IllegalStateException("unexpected token " + token);
        }
    }

    /**
     * The number as an exact decimal. The parser reads a number's digits lazily, and an exponent beyond what a
     * decimal holds fails only then, with the number in the exception's message: it is caught here, and only its
     * path is kept.
     */
    private Object number(String path) throws IOException {
        try {
            return parser.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(new Problem(path, "is a number whose exponent is too large or too small to be read"));
            return UNREADABLE_NUMBER;
        }
    }

    private Map<String, Object> object(String path, int depth) throws IOException {
        checkDepth(depth);
        Map<String, Object> fields = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String fieldPath = path(path, name);
            Object value = value(parser.nextToken(), fieldPath, depth);
            if (fields.containsKey(name)) {
                problems.add(new Problem(fieldPath, "is given more than once"));
            } else {
                fields.put(name, value);
                if (depth == 1 && "caseId".equals(name) && value instanceof String id) {
                    // an id that cannot be written back unchanged is not echoed: a changed id would join the answer to another case
                    caseId = CaseJson.echoable(id);
                }
            }
        }
        return fields;
    }

    private List<Object> array(String path, int depth) throws IOException {
        checkDepth(depth);
        List<Object> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(token, path + "[" + items.size() + "]", depth));
        }
        return items;
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            var where = parser.currentTokenLocation();
            throw malformed(caseId, "the value is nested deeper than " + MAX_DEPTH + " levels", where.getLineNr(),
                    where.getColumnNr());
        }
    }

    /**
     * The path of a field: its name, shortened when very long (an error must not repeat a name of thousands of
     * characters) and with half a surrogate pair written as its escape (it has no UTF-8, so it would be written as
     * {@code ?} and name another field).
     */
    public static String path(String parent, String name) {
        String shown = Unicode.isWellFormed(name) ? name : Unicode.escapeLoneSurrogates(name);
        if (shown.length() > MAX_NAME_IN_PATH) {
            int cut = MAX_NAME_IN_PATH - 1;
            if (Character.isHighSurrogate(shown.charAt(cut - 1))) {
                cut--;
            }
            shown = shown.substring(0, cut) + "…";
        }
        return parent.isEmpty() ? shown : parent + "." + shown;
    }

    private static DecisionException malformed(String caseId, String what, long line, int column) {
        String where = line < 1 ? "" : column < 1 ? " at line " + line : " at line " + line + ", column " + column;
        return new DecisionException(ErrorCode.MALFORMED_JSON, caseId, "The JSON is malformed" + where + ": " + what + ".",
                List.of());
    }

    private static final Pattern CODE = Pattern.compile("\\(code (\\d+)\\)");
    private static final Pattern TOKEN = Pattern.compile("token '([^']*)'");
    private static final String A_VALUE = "a text in double quotes, a number, an object, an array, true, false or null";

    /**
     * The parser's failure in a sentence of our own. The parser's wording names its settings
     * ({@code StreamReadFeature…}) and quotes the input; only a character or a short word is taken from it, and only
     * when it cannot be part of a number, which may be the company doctor's advice.
     */
    static String describe(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (m.startsWith("Number")) {
                return "a number has more than " + MAX_NUMBER_CHARS + " characters";
            }
            if (m.startsWith("String")) {
                return "a text is longer than " + MAX_STRING_CHARS * 4 + " characters";
            }
            if (m.startsWith("Name")) {
                return "a field name is longer than the reader allows";
            }
            if (m.startsWith("Document nesting")) {
                return "the value is nested deeper than " + MAX_DEPTH + " levels";
            }
            return "the input goes beyond a limit of the reader";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            if (m.contains("field name")) {
                return "the input ends inside a field name";
            }
            if (m.contains("quote") || m.contains("String")) {
                return "the input ends inside a text, before its closing double quote";
            }
            if (m.contains("Object")) {
                return "the input ends before an object is closed with }";
            }
            if (m.contains("Array")) {
                return "the input ends before an array is closed with ]";
            }
            return "the input ends before the JSON value is complete";
        }
        if (m.startsWith("Non-standard token")) {
            return "NaN and Infinity are not JSON numbers";
        }
        if (m.startsWith("Unrecognized token")) {
            return "found " + word(m) + " where a value belongs; expected " + A_VALUE;
        }
        if (m.startsWith("Invalid numeric value: Leading zeroes")) {
            return "a number begins with a zero followed by more digits, which JSON does not allow";
        }
        if (m.contains("in numeric value") || m.startsWith("Invalid numeric value")) {
            return "a number is not written the way JSON writes numbers";
        }
        if (m.startsWith("Illegal unquoted character")) {
            return "a text holds a control character, which must be written as an escape such as \\n";
        }
        if (m.startsWith("Unrecognized character escape")) {
            return "a text holds a backslash escape that JSON does not have";
        }
        if (m.contains("hex-digit for character escape")) {
            return "a \\u escape in a text needs four hexadecimal digits";
        }
        if (m.startsWith("Unexpected close marker")) {
            return "a closing bracket does not match the bracket opened before it";
        }
        if (m.startsWith("Unexpected character")) {
            String found = character(m);
            if (m.contains("double-quote to start field name")) {
                return "expected a field name in double quotes" + found;
            }
            if (m.contains("comma to separate Object entries")) {
                return "expected a comma or } after the value of a field" + found;
            }
            if (m.contains("comma to separate Array entries")) {
                return "expected a comma or ] after a value in an array" + found;
            }
            if (m.contains("colon to separate field name and value")) {
                return "expected a colon after a field name" + found;
            }
            if (m.contains("expected a valid value")) {
                return "expected " + A_VALUE + found;
            }
            return "the input holds a character that does not belong here" + found.replace(" but", ",");
        }
        return "the text is not valid JSON here";
    }

    /** {@code , but found 'x'} for a character that is safe to show: printable, not a digit nor a sign of a number. */
    private static String character(String message) {
        Matcher code = CODE.matcher(message);
        if (!code.find()) {
            return "";
        }
        int c;
        try {
            c = Integer.parseInt(code.group(1));
        } catch (NumberFormatException e) {
            return "";
        }
        if (c > 0x20 && c < 0x7F && !Character.isDigit(c) && c != '-' && c != '+' && c != '.') {
            return ", but found '" + (char) c + "'";
        }
        return "";
    }

    /** {@code 'tru'} for a short word of letters, which cannot be a number; otherwise a word without showing it. */
    private static String word(String message) {
        Matcher token = TOKEN.matcher(message);
        if (token.find() && token.group(1).matches("[A-Za-z_]{1,12}")) {
            return "'" + token.group(1) + "'";
        }
        return "a word";
    }
}
