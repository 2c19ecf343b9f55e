package nl.thuiswerk.schema;

import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.internal.CanonicalCase;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.CaseGenerator;
import nl.thuiswerk.oracle.Fuzzer;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case's schema and the library agree: a case the schema accepts, the library accepts, and the reverse, for every
 * input whose verdict the schema can express. The inputs are generated valid cases and their hostile mutations (the
 * fuzzer the library is tested with, and mutations of each field at and around its limits). An input the schema
 * cannot judge is left out of the comparison by name, the reasons docs/schema/README.md lists; everything else must
 * agree.
 */
class CaseSchemaTest {

    /** The library's verdict: null when it reads the case, else its error code. */
    private static ErrorCode library(String json) {
        try {
            ThuiswerkJson.readCase(json);
            return null;
        } catch (DecisionException e) {
            return e.code();
        }
    }

    /** The schema's verdict: true when valid; false for JSON it refuses and for text that is no JSON at all. */
    private static boolean schema(String json) {
        try {
            return Schemas.errors(Schemas.CASE, json).isEmpty();
        } catch (JacksonException notJson) {
            return false;
        }
    }

    /**
     * Why the schema cannot judge this input, or null when it can. Each reason is one of docs/schema/README.md's.
     */
    static String beyondTheSchema(String json) {
        if (json.length() > 64 * 1024) {
            return "the reader's limits";
        }
        JsonNode tree;
        try {
            tree = Schemas.JSON.readTree(json);
        } catch (JacksonException e) {
            String m = String.valueOf(e.getOriginalMessage());
            if (m.contains("Duplicate field")) {
                return "duplicate keys";
            }
            if (m.contains("exceeds the maximum") || m.contains("Number value length") || m.contains("nesting depth")
                    || m.contains("String value length")) {
                return "the reader's limits";
            }
            return null; // not JSON: neither accepts it, which the comparison checks
        } catch (NumberFormatException | ArithmeticException e) {
            // an exponent beyond what a decimal holds: the library names its path, a reader of doubles sees infinity
            return "ranges on the exact decimal as written";
        }
        List<String> reasons = new ArrayList<>();
        walk(tree, 0, reasons);
        if (!reasons.isEmpty()) {
            return reasons.get(0);
        }
        JsonNode tasks = tree.path("job").path("tasks");
        if (tasks.isArray()) {
            BigDecimal total = BigDecimal.ZERO;
            for (JsonNode task : tasks) {
                if (task.path("hoursPerWeek").isNumber()) {
                    total = total.add(task.path("hoursPerWeek").decimalValue());
                }
            }
            if (total.compareTo(BigDecimal.valueOf(80)) > 0) {
                reasons.add("the hours of all tasks together");
            }
        }
        return reasons.isEmpty() ? null : reasons.get(0);
    }

    private static void walk(JsonNode node, int depth, List<String> reasons) {
        if (depth > 16) {
            reasons.add("the reader's limits");
            return;
        }
        if (node.isNumber()) {
            String written = node.asString();
            BigDecimal exact = node.decimalValue();
            double nearest = exact.doubleValue();
            if (written.length() > 100) {
                reasons.add("the reader's limits");
            } else if (Double.isInfinite(nearest) || exact.signum() != 0 && nearest == 0.0
                    || Math.abs((long) exact.scale()) > 1_000_000 || BigDecimal.valueOf(nearest).compareTo(exact) != 0) {
                reasons.add("ranges on the exact decimal as written");
            }
        } else if (node.isString()) {
            String text = node.asString();
            if (text.length() > 10_000) {
                reasons.add("the reader's limits");
            }
            if (text.codePoints().anyMatch(c -> c >= 0x10000 || Character.isSurrogate((char) c))) {
                reasons.add("lengths in UTF-16 units, or half a surrogate pair");
            }
        } else if (node.isContainer()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().codePoints().anyMatch(c -> c >= 0x10000 || Character.isSurrogate((char) c))) {
                    reasons.add("lengths in UTF-16 units, or half a surrogate pair");
                }
                walk(field.getValue(), depth + 1, reasons);
            }
            if (node.isArray()) {
                node.forEach(item -> walk(item, depth + 1, reasons));
            }
        }
    }

    /** Mutations at the edges of each rule of the contract, which the fuzzer only meets by chance. */
    private static List<String> edges(String valid, Random random) {
        String[] replacements = {
            "\"caseId\":\"\"", "\"caseId\":\"" + "x".repeat(128) + "\"", "\"caseId\":\"" + "x".repeat(129) + "\"",
            "\"caseId\":null", "\"caseId\":7", "\"referenceDate\":\"2021-02-29\"", "\"referenceDate\":\"2024-02-29\"",
            "\"referenceDate\":\"2021-3-15\"", "\"referenceDate\":\"15-03-2021\"", "\"referenceDate\":null",
            "\"hoursPerWeek\":0", "\"hoursPerWeek\":80", "\"hoursPerWeek\":80.5", "\"hoursPerWeek\":-1",
            "\"hoursPerWeek\":\"24\"", "\"hoursPerWeek\":null", "\"hoursPerWeek\":1e1", "\"name\":\"\"",
            "\"name\":\"" + "n".repeat(200) + "\"", "\"name\":\"" + "n".repeat(201) + "\"", "\"name\":null",
            "\"needs\":[]", "\"needs\":null", "\"needs\":[\"PHYSICAL_PRESENCE\",\"PHYSICAL_PRESENCE\"]",
            "\"needs\":[\"TELEPORT\"]", "\"needs\":\"PHYSICAL_PRESENCE\"", "\"title\":null", "\"title\":\"" + "t".repeat(201) + "\"",
            "\"onSiteShare\":0", "\"onSiteShare\":1", "\"onSiteShare\":1.5", "\"onSiteShare\":null",
            "\"homeWorkplace\":null", "\"homeWorkplace\":\"GARDEN\"", "\"meetsCoronaMeasures\":null",
            "\"meetsCoronaMeasures\":\"yes\"", "\"tasks\":[]", "\"tasks\":null", "\"worker\":null", "\"worker\":{}",
            "\"occupationalPhysicianAdvice\":{}", "\"occupationalPhysicianAdvice\":null", "\"onSiteWorkplace\":{}",
            "\"job\":null", "\"job\":[]", "\"unknown\":1"};
        List<String> mutated = new ArrayList<>();
        for (String replacement : replacements) {
            String field = replacement.substring(0, replacement.indexOf(':') + 1);
            int at = valid.indexOf(field);
            if (at >= 0) {
                int end = valueEnd(valid, at + field.length());
                mutated.add(valid.substring(0, at) + replacement + valid.substring(end));
            } else {
                mutated.add("{" + replacement + "," + valid.substring(1));
            }
        }
        mutated.add(valid.replace("\"tasks\":[", "\"tasks\":[" + "{\"name\":\"x\",\"hoursPerWeek\":0.5},".repeat(100 + random.nextInt(2))));
        return mutated;
    }

    /** Where the JSON value that starts at {@code from} ends. */
    private static int valueEnd(String json, int from) {
        int depth = 0;
        boolean inText = false;
        for (int i = from; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inText) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inText = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            } else if (c == '"') {
                inText = true;
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
        return json.length();
    }

    @Test
    void every_generated_valid_case_is_valid_for_both() {
        CaseGenerator generator = new CaseGenerator(11L);
        for (int i = 0; i < 2_000; i++) {
            String json = CanonicalCase.json(generator.next());
            assertThat(schema(json)).as(json).isTrue();
            assertThat(library(json)).as(json).isNull();
        }
    }

    @Test
    void the_schema_accepts_exactly_what_the_library_accepts_over_hostile_mutations() {
        // given valid cases, each mutated at the edges of the contract, and the fuzzer's hostile inputs
        Random random = new Random(31L);
        CaseGenerator generator = new CaseGenerator(17L);
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            inputs.addAll(edges(CanonicalCase.json(generator.next()), random));
        }
        Fuzzer fuzzer = new Fuzzer(23L, List.of());
        for (int i = 0; i < 4_000; i++) {
            inputs.add(fuzzer.next());
        }

        // when each is judged by both
        Map<String, Integer> leftOut = new TreeMap<>();
        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        int refused = 0;
        for (String input : inputs) {
            String beyond = beyondTheSchema(input);
            if (beyond != null) {
                leftOut.merge(beyond, 1, Integer::sum);
                continue;
            }
            boolean bySchema = schema(input);
            ErrorCode byLibrary = library(input);
            if (bySchema != (byLibrary == null)) {
                disagreements.add((bySchema ? "schema accepts, library refuses (" + byLibrary + "): "
                        : "library accepts, schema refuses: ") + shortened(input));
            }
            if (bySchema) {
                accepted++;
            } else {
                refused++;
            }
        }

        // then they agree on every input the schema can judge, and there were many of both kinds
        assertThat(disagreements).isEmpty();
        assertThat(accepted).isGreaterThan(500);
        assertThat(refused).isGreaterThan(2_000);
        // and what was left out is only what the README lists
        assertThat(leftOut.keySet()).isSubsetOf("the reader's limits", "duplicate keys",
                "ranges on the exact decimal as written", "lengths in UTF-16 units, or half a surrogate pair",
                "the hours of all tasks together");
    }

    @Test
    void what_the_schema_cannot_say_the_library_still_refuses() {
        String valid = CanonicalCase.json(new CaseGenerator(3L).next());
        String total = "{\"caseId\":\"t\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":[{\"name\":\"a\","
                + "\"hoursPerWeek\":40},{\"name\":\"b\",\"hoursPerWeek\":40.5}]}}";
        String exact = total.replace("40.5", "0.000000000000000000001").replace("\"hoursPerWeek\":40}", "\"hoursPerWeek\":80.000000000000001}");
        String surrogate = valid.replaceFirst("\"caseId\":\"[^\"]*\"", "\"caseId\":\"x\\\\ud800\"");

        for (String input : List.of(total, exact, surrogate)) {
            assertThat(beyondTheSchema(input)).as(input).isNotNull();
            assertThat(library(input)).as(input).isEqualTo(ErrorCode.INVALID_INPUT);
        }
        // the schema lets the sum and the half surrogate pass: what it cannot say
        assertThat(schema(total)).isTrue();
        assertThat(schema(surrogate)).isTrue();
    }

    private static String shortened(String input) {
        return input.length() > 300 ? input.substring(0, 300) + "…" : input;
    }
}
