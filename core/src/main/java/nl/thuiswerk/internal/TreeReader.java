package nl.thuiswerk.internal;

import nl.thuiswerk.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What {@link CaseReader} and {@link RequestReader} share: reading one value of a parsed JSON tree as the shape the
 * contract asks for, and wording what breaks it in the reader's language. A value that is absent, null or already
 * reported by the JSON reader becomes null without a problem, so it is reported once, by the validator if at all.
 */
abstract class TreeReader {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    final List<Problem> problems = new ArrayList<>();
    final Language language;

    TreeReader(Language language) {
        this.language = language;
    }

    static boolean present(Object value) {
        return value != null && value != JsonTree.NULL;
    }

    /** A value the JSON reader could not read and has already reported at its path. */
    static boolean reported(Object value) {
        return value == JsonTree.UNREADABLE_NUMBER;
    }

    @SuppressWarnings("unchecked")
    final Map<String, Object> object(Object value, String path) {
        if (!present(value) || reported(value)) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        problem(path, "problem.object");
        return null;
    }

    final void unknown(Map<String, Object> fields, Set<String> known, String path) {
        for (String name : fields.keySet()) {
            if (!known.contains(name)) {
                problem(JsonTree.path(path, name), "problem.unknownField",
                        known.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
    }

    final String string(Object value, String path) {
        if (!present(value) || reported(value)) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        problem(path, "problem.string");
        return null;
    }

    final Boolean bool(Object value, String path) {
        if (!present(value) || reported(value)) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        problem(path, "problem.boolean");
        return null;
    }

    final LocalDate date(Object value, String path) {
        if (!present(value) || reported(value)) {
            return null;
        }
        if (value instanceof String s && ISO_DATE.matcher(s).matches()) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                problem(path, "problem.dateNotExists");
                return null;
            }
        }
        problem(path, "problem.date");
        return null;
    }

    final <E extends Enum<E>> E constant(Object value, String path, E[] values) {
        if (reported(value)) {
            return null;
        }
        if (value instanceof String s) {
            for (E e : values) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
        }
        problem(path, "problem.oneOf", names(values));
        return null;
    }

    final void problem(String path, String key, Object... values) {
        problems.add(new Problem(path, Messages.LIBRARY.get(language, key, values)));
    }

    static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
