package nl.thuiswerk.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/criteria.md, the auditors' traceability table (code → quoted source → DRL rules → scenario tests), is
 * generated from the rule files, their metadata and the scenario files. This test fails when the document and
 * its sources drift apart; run it with {@code -Dthuiswerk.writeDocs=true} to write the document afresh.
 */
class TraceabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DOC = Path.of("../docs/criteria.md");
    private static final Path RULES = RuleMetadataTest.DRL_ROOT;

    @Test
    void the_traceability_table_in_the_docs_matches_the_rules_their_quotes_and_the_scenarios() throws Exception {
        // given
        String generated = generate();

        // when
        if (Boolean.getBoolean("thuiswerk.writeDocs")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        String written = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";

        // then
        assertThat(written)
                .as("docs/criteria.md is out of date; regenerate it: mvn -B -pl rules -am verify -Dthuiswerk.writeDocs=true")
                .isEqualTo(generated);
    }

    @Test
    void every_code_of_a_version_has_a_quote_a_rule_and_a_scenario() throws Exception {
        for (JsonNode version : versions()) {
            Map<String, JsonNode> codes = codes(version);
            Map<String, List<String>> rules = rulesByCode(version);
            Map<String, List<String>> scenarios = scenarios(version);
            for (String code : codes.keySet()) {
                assertThat(codes.get(code).get("quote").asText()).as(code + " quote").isNotBlank();
                assertThat(rules.get(code)).as(code + " rules").isNotEmpty();
                assertThat(scenarios.get(code)).as(version.get("id").asText() + " " + code + " scenarios").isNotEmpty();
            }
            assertThat(codes.keySet()).as("codes with a rule are defined").containsAll(rules.keySet());
        }
    }

    /**
     * The scenarios of a version by code. The shared criteria are tested once, in the first version's scenarios;
     * a later version that has none of its own for such a code points there.
     */
    private static Map<String, List<String>> scenarios(JsonNode version) throws IOException {
        Map<String, List<String>> own = new TreeMap<>(scenariosByCode(version.get("id").asText()));
        String first = versions().get(0).get("id").asText();
        Map<String, List<String>> shared = scenariosByCode(first);
        for (JsonNode c : JSON.readTree(RULES.resolve("criteria/criteria.json").toFile()).get("codes")) {
            String code = c.get("code").asText();
            if (!own.containsKey(code) && shared.containsKey(code)) {
                own.put(code, List.of("shared criteria: " + shared.get(code).size() + " scenarios of rule set " + first));
            }
        }
        return own;
    }

    static String generate() throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("# Criteria traceability\n\n");
        md.append("For each code of each rule-set version: the published text it encodes, the DRL rules that decide it, and the\n");
        md.append("scenario tests that expect it. Generated from `rules/src/main/resources/nl/thuiswerk/rules` and\n");
        md.append("`rules/src/test/resources/scenarios` by `TraceabilityTest`, which fails the build when this page and those files\n");
        md.append("drift apart. Do not edit by hand: `mvn -B -pl rules -am verify -Dthuiswerk.writeDocs=true` writes it afresh.\n");
        md.append("The policy reading behind the rules, and the choices made where it is silent, are in [policy.md](policy.md).\n");
        for (JsonNode version : versions()) {
            String id = version.get("id").asText();
            md.append("\n## Rule set ").append(id).append(": «").append(version.get("title").asText()).append("»\n\n");
            md.append("In force from ").append(version.get("validFrom").asText()).append(" to ")
                    .append(version.get("validTo").asText()).append(" (both inclusive). Phase code `")
                    .append(version.get("phaseCode").asText()).append("`. Rule packages: ");
            List<String> pkgs = new ArrayList<>();
            version.get("packages").forEach(p -> pkgs.add("`" + p.asText() + "`"));
            md.append(String.join(", ", pkgs)).append(".\n\n");
            md.append("| source | document |\n|---|---|\n");
            for (JsonNode s : sources(version).values()) {
                md.append("| ").append(s.get("id").asText()).append(" | [").append(s.get("title").asText()).append("](")
                        .append(s.get("url").asText()).append(") |\n");
            }
            md.append("\nBesides these scenarios, `OracleAgreementTest` checks every code of this version against an independent\n")
                    .append("plain-Java reading of the policy, over every combination of the discrete facts on its first and last day.\n");
            md.append("\n| code | kind | source and quote | DRL rules | scenario tests |\n|---|---|---|---|---|\n");
            Map<String, List<String>> rules = rulesByCode(version);
            Map<String, List<String>> scenarios = scenarios(version);
            for (JsonNode code : codes(version).values()) {
                String c = code.get("code").asText();
                String kind = code.get("kind").asText().toLowerCase()
                        + (code.path("blocking").asBoolean(false) ? " (blocking)" : "");
                md.append("| `").append(c).append("` | ").append(kind).append(" | ")
                        .append(code.get("source").asText()).append(": ").append(code.get("quote").asText()).append(" | ")
                        .append(String.join("<br>", rules.getOrDefault(c, List.of()))).append(" | ")
                        .append(String.join("<br>", scenarios.getOrDefault(c, List.of()))).append(" |\n");
            }
        }
        return md.toString();
    }

    static List<JsonNode> versions() throws IOException {
        List<JsonNode> versions = new ArrayList<>();
        for (JsonNode folder : JSON.readTree(RULES.resolve("rulesets.json").toFile()).get("versions")) {
            versions.add(JSON.readTree(RULES.resolve(folder.asText()).resolve("ruleset.json").toFile()));
        }
        return versions;
    }

    private static List<JsonNode> metadataFiles(JsonNode version) throws IOException {
        List<JsonNode> files = new ArrayList<>();
        for (JsonNode f : version.get("files")) {
            if (f.asText().endsWith(".json")) {
                files.add(JSON.readTree(RULES.resolve(f.asText()).toFile()));
            }
        }
        return files;
    }

    static Map<String, JsonNode> codes(JsonNode version) throws IOException {
        Map<String, JsonNode> codes = new LinkedHashMap<>();
        for (JsonNode file : metadataFiles(version)) {
            file.path("codes").forEach(c -> codes.put(c.get("code").asText(), c));
        }
        return codes;
    }

    private static Map<String, JsonNode> sources(JsonNode version) throws IOException {
        Map<String, JsonNode> sources = new LinkedHashMap<>();
        for (JsonNode file : metadataFiles(version)) {
            file.path("sources").forEach(s -> {
                if (s.isObject()) {
                    sources.put(s.get("id").asText(), s);
                }
            });
        }
        return sources;
    }

    private static Map<String, List<String>> rulesByCode(JsonNode version) throws Exception {
        Map<String, List<String>> byCode = new TreeMap<>();
        for (JsonNode f : version.get("files")) {
            String file = f.asText();
            if (file.endsWith(".drl")) {
                for (RuleMetadataTest.DeclaredRule r : RuleMetadataTest.declaredRules(file, Files.readString(RULES.resolve(file)))) {
                    byCode.computeIfAbsent(r.code(), k -> new ArrayList<>()).add("`" + file + "`: " + r.name());
                }
            }
        }
        return byCode;
    }

    private static Map<String, List<String>> scenariosByCode(String versionId) throws IOException {
        Map<String, Set<String>> byCode = new TreeMap<>();
        Path folder = ScenarioTest.SCENARIOS.resolve(versionId);
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode s : JSON.readTree(file.toFile()).get("scenarios")) {
                    String name = file.getFileName() + ": " + s.get("name").asText();
                    JsonNode expect = s.get("expect");
                    for (String list : List.of("reasons", "conditions")) {
                        expect.path(list).forEach(c -> byCode.computeIfAbsent(c.asText(), k -> new LinkedHashSet<>()).add(name));
                    }
                }
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        byCode.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }
}
