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

    /**
     * What kind of document is read: the top-level field that holds its id, the message that says a second value
     * follows it, and whether a message may show a short word or a character of the input.
     *
     * @param idField     the top-level field of the document's id
     * @param moreThanOne the key of the message that there is more than one JSON value where the document is one
     * @param quotesInput whether a malformed document's message may name a word or character of it. A case's health
     *                    value is a number, which is never shown; a request's personal circumstances are true or
     *                    false, so a message about a request shows nothing of its text ({@code tru} would tell)
     */
    public record Document(String idField, String moreThanOne, boolean quotesInput) {
        public static final Document CASE = new Document("caseId", "json.moreThanOne", true);
        public static final Document REQUEST = new Document("requestId", "json.moreThanOneRequest", false);
    }

    private final JsonParser parser;
    private final Language language;
    private final Document document;
    private final List<Problem> problems = new ArrayList<>();
    private String caseId;

    private JsonTree(JsonParser parser, Language language, Document document) {
        this.parser = parser;
        this.language = language;
        this.document = document;
    }

    /**
     * Parses one JSON document.
     *
     * @throws DecisionException {@link ErrorCode#MALFORMED_JSON} with line and column when the text is not JSON, in
     *                           English: the library's own files are read this way
     */
    public static Parsed parse(String text) {
        return parse(text, 1, Language.EN);
    }

    /**
     * Parses one JSON document that begins on the given line of a larger text, such as one line of a JSON Lines
     * file, so that a malformed document names the line of that text.
     */
    public static Parsed parse(String text, long firstLine, Language language) {
        return parse(text, firstLine, language, Document.CASE);
    }

    /** As {@link #parse(String, long, Language)}, for a document of the given kind. */
    public static Parsed parse(String text, long firstLine, Language language, Document document) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonTree tree = new JsonTree(parser, language, document);
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw malformed(null, message(language, "json.empty"), firstLine, -1, language);
                }
                Object root = tree.value(first, "", 0);
                if (parser.nextToken() != null) {
                    JsonLocation where = parser.currentTokenLocation();
                    throw malformed(tree.caseId, message(language, document.moreThanOne()),
                            firstLine - 1 + where.getLineNr(), where.getColumnNr(), language);
                }
                return new Parsed(root, tree.problems, tree.caseId);
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw malformed(tree.caseId, describe(e, language, document.quotesInput()), where == null ? -1 : firstLine - 1 + where.getLineNr(),
                        where == null ? -1 : where.getColumnNr(), language);
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
            problems.add(new Problem(path, message(language, "problem.exponent")));
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
                problems.add(new Problem(fieldPath, message(language, "problem.duplicate")));
            } else {
                fields.put(name, value);
                if (depth == 1 && document.idField().equals(name) && value instanceof String id) {
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
            throw malformed(caseId, message(language, "json.depth", MAX_DEPTH), where.getLineNr(), where.getColumnNr(),
                    language);
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

    private static DecisionException malformed(String caseId, String what, long line, int column, Language language) {
        String where = line < 1 ? "" : column < 1 ? message(language, "json.atLine", line)
                : message(language, "json.atLineColumn", line, column);
        return new DecisionException(ErrorCode.MALFORMED_JSON, caseId, message(language, "json.malformed", where, what),
                List.of());
    }

    private static String message(Language language, String key, Object... values) {
        return Messages.LIBRARY.get(language, key, values);
    }

    private static final Pattern CODE = Pattern.compile("\\(code (\\d+)\\)");
    private static final Pattern TOKEN = Pattern.compile("token '([^']*)'");

    /**
     * The parser's failure in a sentence of our own. The parser's wording names its settings
     * ({@code StreamReadFeature…}) and quotes the input; only a character or a short word is taken from it, and only
     * when it cannot be part of a number, which may be the company doctor's advice.
     */
    static String describe(JsonProcessingException e, Language language) {
        return describe(e, language, true);
    }

    /** As {@link #describe(JsonProcessingException, Language)}; without {@code quotesInput}, nothing of the input is named. */
    static String describe(JsonProcessingException e, Language language, boolean quotesInput) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (m.startsWith("Number")) {
                return message(language, "json.numberLength", MAX_NUMBER_CHARS);
            }
            if (m.startsWith("String")) {
                return message(language, "json.textLength", MAX_STRING_CHARS * 4);
            }
            if (m.startsWith("Name")) {
                return message(language, "json.nameLength");
            }
            if (m.startsWith("Document nesting")) {
                return message(language, "json.depth", MAX_DEPTH);
            }
            return message(language, "json.limit");
        }
        if (m.startsWith("Unexpected end-of-input")) {
            if (m.contains("field name")) {
                return message(language, "json.endInName");
            }
            if (m.contains("quote") || m.contains("String")) {
                return message(language, "json.endInText");
            }
            if (m.contains("Object")) {
                return message(language, "json.endInObject");
            }
            if (m.contains("Array")) {
                return message(language, "json.endInArray");
            }
            return message(language, "json.endInValue");
        }
        if (m.startsWith("Non-standard token")) {
            return message(language, "json.nan");
        }
        String aValue = message(language, "json.aValue");
        if (m.startsWith("Unrecognized token")) {
            return message(language, "json.unrecognized", quotesInput ? word(m, language) : message(language, "json.aWord"), aValue);
        }
        if (m.startsWith("Invalid numeric value: Leading zeroes")) {
            return message(language, "json.leadingZero");
        }
        if (m.contains("in numeric value") || m.startsWith("Invalid numeric value")) {
            return message(language, "json.badNumber");
        }
        if (m.startsWith("Illegal unquoted character")) {
            return message(language, "json.control");
        }
        if (m.startsWith("Unrecognized character escape")) {
            return message(language, "json.badEscape");
        }
        if (m.contains("hex-digit for character escape")) {
            return message(language, "json.hexEscape");
        }
        if (m.startsWith("Unexpected close marker")) {
            return message(language, "json.closeMismatch");
        }
        if (m.startsWith("Unexpected character")) {
            String c = quotesInput ? character(m) : null;
            String found = c == null ? "" : message(language, "json.butFound", c);
            if (m.contains("double-quote to start field name")) {
                return message(language, "json.expectedName", found);
            }
            if (m.contains("comma to separate Object entries")) {
                return message(language, "json.expectedCommaObject", found);
            }
            if (m.contains("comma to separate Array entries")) {
                return message(language, "json.expectedCommaArray", found);
            }
            if (m.contains("colon to separate field name and value")) {
                return message(language, "json.expectedColon", found);
            }
            if (m.contains("expected a valid value")) {
                return message(language, "json.expectedValue", aValue, found);
            }
            return message(language, "json.unexpected", c == null ? "" : message(language, "json.found", c));
        }
        return message(language, "json.invalid");
    }

    /** The character the parser found, when it is safe to show: printable, not a digit nor a sign of a number; else null. */
    private static String character(String message) {
        Matcher code = CODE.matcher(message);
        if (!code.find()) {
            return null;
        }
        int c;
        try {
            c = Integer.parseInt(code.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
        if (c > 0x20 && c < 0x7F && !Character.isDigit(c) && c != '-' && c != '+' && c != '.') {
            return String.valueOf((char) c);
        }
        return null;
    }

    /** {@code 'tru'} for a short word of letters, which cannot be a number; otherwise a word without showing it. */
    private static String word(String message, Language language) {
        Matcher token = TOKEN.matcher(message);
        if (token.find() && token.group(1).matches("[A-Za-z_]{1,12}")) {
            return "'" + token.group(1) + "'";
        }
        return message(language, "json.aWord");
    }
}
