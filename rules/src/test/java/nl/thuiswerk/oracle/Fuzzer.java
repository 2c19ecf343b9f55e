package nl.thuiswerk.oracle;

import nl.thuiswerk.Case;
import nl.thuiswerk.json.ThuiswerkJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile inputs from a seeded {@link Random}: valid cases (from {@link CaseGenerator}, the given seeds, and cases
 * whose company doctor's advice is a distinctive share) mutated the ways real input goes wrong: cut off, a character
 * changed, values of the wrong type, huge and tiny numbers, numbers whose exponent or digits exceed every limit,
 * numbers a hair beyond a limit, NaN and Infinity, deep nesting, very long strings, duplicate keys, broken unicode
 * escapes and lone surrogates, control characters in names, unknown fields, too many tasks, many empty tasks, and
 * plain garbage. The same seed gives the same inputs.
 *
 * <p>Every share it writes that is health data has the digits of one of {@link #HEALTH_DIGITS}, so a test can assert
 * that no error, message or log on any surface shows a share given in the input.
 */
public final class Fuzzer {

    /**
     * The digits of the distinctive shares this fuzzer writes: no error message, error JSON, exception or log may hold
     * them, whatever field a mutation moved them to.
     */
    public static final List<String> HEALTH_DIGITS = List.of("43219876", "37194655", "82331799");

    private static final String[] NUMBERS = {"0", "-0", "-1", "1e308", "1e309", "-1e400", "1e-320", "4.9e-324", "1e-400",
        "123456789012345678901234567890", "0.0000000000000000000001", "80.0000000001", "NaN", "Infinity", "-Infinity",
        "1.", ".5", "01", "0x10", "1e", "--1", "80", "81", "0.5", "1", "1.0000001",
        // beyond every limit: an exponent no decimal holds, more digits than the reader takes, a hair above a limit
        "0.43219876e2147483648", "-0.37194655e-2147483649", "0.82331799E+99999999999", "1e2147483647", "1e-2147483647",
        "0." + "43219876".repeat(13), "3719465500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
        "80.000000000000001", "1.00000000000000001", "0.00000000000000000000000000000000000000000000000000037194655e-300",
        "0.43219876", "0.37194655"};
    private static final String[] VALUES = {"null", "true", "false", "\"\"", "\"x\"", "[]", "{}", "[null]", "{\"a\":1}",
        "\"PHYSICAL_PRESENCE\"", "\"2021-02-30\"", "\"2021-13-01\"", "\"15-03-2021\"", "\"\\ud800\"", "\"\\u12\"",
        "\"\\uDFFF\\uD800\"", "\"\u0000\"", "\"\\u0000\"", "[\"TELEPORT\"]", "\"ADEQUATE\"", "\"GARDEN\"", "1e309"};
    private static final String[] FIELDS = {"caseId", "referenceDate", "job", "title", "tasks", "name", "hoursPerWeek",
        "needs", "worker", "occupationalPhysicianAdvice", "onSiteShare", "homeWorkplace", "onSiteWorkplace",
        "meetsCoronaMeasures"};

    private final Random random;
    private final CaseGenerator cases;
    private final List<String> seeds;

    public Fuzzer(long seed, List<String> extraSeeds) {
        this.random = new Random(seed);
        this.cases = new CaseGenerator(seed ^ 0x5DEECE66DL);
        this.seeds = new ArrayList<>(extraSeeds);
        for (String share : List.of("0.43219876", "0.37194655", "0.82331799")) {
            seeds.add("{\"caseId\":\"hd-" + share.substring(2, 4) + "\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":"
                    + "[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]},\"worker\":{\"occupationalPhysicianAdvice\":"
                    + "{\"onSiteShare\":" + share + "},\"homeWorkplace\":\"ADEQUATE\"},\"onSiteWorkplace\":{\"meetsCoronaMeasures\":true}}");
        }
    }

    /** The next hostile input: one or more mutations of a valid case, or garbage. */
    public String next() {
        String text = seed();
        int mutations = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
        for (int i = 0; i < mutations; i++) {
            text = mutate(text);
        }
        return text;
    }

    private String seed() {
        if (!seeds.isEmpty() && random.nextInt(4) == 0) {
            return seeds.get(random.nextInt(seeds.size()));
        }
        Case c = cases.next();
        return ThuiswerkJson.write(c);
    }

    private String mutate(String s) {
        if (s.isEmpty()) {
            return random.nextBoolean() ? "" : "{";
        }
        switch (random.nextInt(17)) {
            case 0:
                return s.substring(0, random.nextInt(s.length() + 1));
            case 1: {
                int at = random.nextInt(s.length());
                char c = "{}[]\",:\\ 0a-.\u0000\n\u00e9\ud800".charAt(random.nextInt(17));
                return s.substring(0, at) + c + s.substring(at + 1);
            }
            case 2: {
                int at = random.nextInt(s.length());
                return s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + random.nextInt(5)));
            }
            case 3:
                return replaceValue(s, NUMBERS[random.nextInt(NUMBERS.length)]);
            case 4:
                return replaceValue(s, VALUES[random.nextInt(VALUES.length)]);
            case 5: {
                int depth = 5 + random.nextInt(random.nextBoolean() ? 20 : 3000);
                String open = random.nextBoolean() ? "[" : "{\"a\":";
                String close = open.equals("[") ? "]" : "}";
                return replaceValue(s, open.repeat(depth) + "1" + close.repeat(depth));
            }
            case 6:
                return replaceValue(s, "\"" + "x".repeat(100 + random.nextInt(random.nextBoolean() ? 300 : 80_000)) + "\"");
            case 7: {
                String field = FIELDS[random.nextInt(FIELDS.length)];
                int at = s.indexOf("\"" + field + "\":");
                if (at < 0) {
                    return s;
                }
                int end = valueEnd(s, at + field.length() + 3);
                return s.substring(0, end) + "," + s.substring(at, end) + s.substring(end);
            }
            case 8: {
                int at = s.indexOf('{');
                String field = random.nextBoolean() ? "extra" : FIELDS[random.nextInt(FIELDS.length)].toLowerCase();
                return at < 0 ? s : s.substring(0, at + 1) + "\"" + field + "\":1," + s.substring(at + 1);
            }
            case 9: {
                StringBuilder tasks = new StringBuilder("[");
                int n = 90 + random.nextInt(random.nextBoolean() ? 20 : 2000);
                for (int i = 0; i < n; i++) {
                    tasks.append(i == 0 ? "" : ",").append("{\"name\":\"t\",\"hoursPerWeek\":0.01}");
                }
                int at = s.indexOf("\"tasks\":");
                return at < 0 ? s : s.substring(0, at + 8) + tasks + "]" + s.substring(valueEnd(s, at + 8));
            }
            case 10: {
                StringBuilder garbage = new StringBuilder();
                int n = random.nextInt(200);
                for (int i = 0; i < n; i++) {
                    garbage.append((char) (32 + random.nextInt(95)));
                }
                return garbage.toString();
            }
            case 11:
                return s.replace("\"", random.nextBoolean() ? "'" : "");
            case 12:
                return "[" + s + "]";
            case 13: {
                // half a surrogate pair in a text or a field name: no UTF-8 holds it
                String half = random.nextBoolean() ? "\\udc00" : "\\ud800";
                return random.nextBoolean() ? s.replaceFirst("\"caseId\":\"", "\"caseId\":\"a" + half.replace("\\", "\\\\"))
                        : s.replaceFirst("\\{\"", "{\"x" + half.replace("\\", "\\\\") + "\":1,\"");
            }
            case 14: {
                // control characters that would drive a terminal, escaped in the JSON and raw where JSON forbids them
                String control = "\\u001b[2K\\r\\u0007Outcome: HOME\\n" + (random.nextBoolean() ? "\u001b" : "");
                return s.replaceFirst("\"name\":\"", "\"name\":\"" + control.replace("\\", "\\\\"));
            }
            case 15: {
                // a small case with thousands of problems: empty tasks, or unknown fields
                int n = 100 + random.nextInt(random.nextBoolean() ? 50 : 20_000);
                int at = s.indexOf("\"tasks\":");
                String many = random.nextBoolean() ? "[" + "{},".repeat(n) + "{}]"
                        : "{" + java.util.stream.IntStream.range(0, n).mapToObj(i -> "\"u" + i + "\":1")
                                .collect(java.util.stream.Collectors.joining(",")) + "}";
                return at < 0 ? s : s.substring(0, at + 8) + many + s.substring(valueEnd(s, at + 8));
            }
            default:
                return s.replace("\"caseId\":\"", "\"caseId\":\"\\ud83d\\ude00\\ud800" + (random.nextBoolean() ? "\\" : ""));
        }
    }

    /** Replaces the value of a randomly chosen field with the given text. */
    private String replaceValue(String s, String value) {
        String field = FIELDS[random.nextInt(FIELDS.length)];
        int at = s.indexOf("\"" + field + "\":");
        if (at < 0) {
            return s;
        }
        int start = at + field.length() + 3;
        return s.substring(0, start) + value + s.substring(valueEnd(s, start));
    }

    /** Where the JSON value starting at {@code start} ends, for the shapes this generator writes. */
    private static int valueEnd(String s, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return s.length();
    }
}
