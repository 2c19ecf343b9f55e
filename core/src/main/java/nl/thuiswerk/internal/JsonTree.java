package nl.thuiswerk.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.Problem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into plain Java values (LinkedHashMap, ArrayList, String, BigDecimal, Boolean, {@link #NULL}).
 *
 * <p>Written on the streaming parser rather than a data binder so that a duplicate key is a problem with its
 * path (never last-one-wins), numbers stay exact decimals, and the case's id is known even when the text
 * breaks off later.
 */
public final class JsonTree {

    /** JSON null, distinct from an absent field. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    public static final int MAX_DEPTH = 16;
    public static final int MAX_STRING_CHARS = 10_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH + 1)
                    .maxStringLength(MAX_STRING_CHARS * 4)
                    .maxNumberLength(100)
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
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonTree tree = new JsonTree(parser);
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw malformed(null, "no JSON value: the input is empty", 1, 1);
                }
                Object root = tree.value(first, "", 0);
                if (parser.nextToken() != null) {
                    throw malformed(tree.caseId, "more than one JSON value",
                            parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr());
                }
                return new Parsed(root, tree.problems, tree.caseId);
            } catch (JsonProcessingException e) {
                var where = e.getLocation();
                throw malformed(tree.caseId, describe(e), where == null ? -1 : where.getLineNr(),
                        where == null ? -1 : where.getColumnNr());
            }
        } catch (IOException e) {
            // a String source cannot fail to read; this only satisfies the parser's signature
            throw new IllegalStateException(e);
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
                return parser.getDecimalValue();
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

    private Map<String, Object> object(String path, int depth) throws IOException {
        checkDepth(depth);
        Map<String, Object> fields = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String fieldPath = path.isEmpty() ? name : path + "." + name;
            Object value = value(parser.nextToken(), fieldPath, depth);
            if (fields.containsKey(name)) {
                problems.add(new Problem(fieldPath, "is given more than once"));
            } else {
                fields.put(name, value);
                if (depth == 1 && "caseId".equals(name) && value instanceof String id) {
                    caseId = id;
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
            throw malformed(caseId, "nested deeper than " + MAX_DEPTH + " levels", where.getLineNr(), where.getColumnNr());
        }
    }

    private static DecisionException malformed(String caseId, String what, int line, int column) {
        String message = line > 0
                ? "malformed JSON at line " + line + ", column " + column + ": " + what
                : "malformed JSON: " + what;
        return new DecisionException(ErrorCode.MALFORMED_JSON, caseId, message, List.of());
    }

    /** Jackson's own wording, without the quoted input it sometimes repeats: input may hold health data. */
    private static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        if (original == null) {
            return "not valid JSON";
        }
        String firstLine = original.lines().findFirst().orElse("not valid JSON");
        return firstLine
                .replaceAll("\\s*\\((?:'[^']*'|\"[^\"]*\")\\s*(?:\\(code \\d+\\))?\\)", "")
                .replaceAll("'(?!(?:null|true|false)')[^']*'", "'…'")
                .replaceAll("\\s+", " ")
                .trim();
    }
}
