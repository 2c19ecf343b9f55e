package nl.thuiswerk.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The auditors' trace of the requests' versions ({@code wfw/trace.json}), made by the generate step from the sources
 * alone, as {@code trace.json} is for the advice: each code of each version, the DRL rules that report it (the
 * shared steps in {@code wfw/common} and the version's kind), and the request scenarios that expect it.
 */
final class RequestTrace {

    static final Path WFW = RuleSources.ROOT.resolve("wfw");
    static final Path SCENARIOS = Path.of("src/test/resources/request-scenarios");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestTrace() {
    }

    /** The versions of requests, by their first day. */
    static List<JsonNode> versions() throws IOException {
        return RuleSources.versions(WFW);
    }

    /** The DRL files a version decides with, relative to the rules' root: the shared steps, then its kind's. */
    static List<String> drlFiles(JsonNode version) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path dir : List.of(WFW.resolve("common"), WFW.resolve("kinds").resolve(version.get("kind").asText()))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".drl")).sorted()
                        .map(p -> RuleSources.ROOT.relativize(p).toString().replace('\\', '/')).forEach(found::add);
            }
        }
        return found;
    }

    static List<RuleSources.DeclaredRule> rules(JsonNode version) throws Exception {
        List<RuleSources.DeclaredRule> rules = new ArrayList<>();
        for (String file : drlFiles(version)) {
            rules.addAll(RuleSources.declaredRules(file, Files.readString(RuleSources.ROOT.resolve(file))));
        }
        return rules;
    }

    static String traceJson() throws Exception {
        ObjectNode root = JSON.createObjectNode();
        var sets = root.putArray("ruleSets");
        for (JsonNode version : versions()) {
            String id = version.get("id").asText();
            var set = sets.addObject();
            set.put("id", id);
            var entries = set.putArray("codes");
            List<RuleSources.DeclaredRule> rules = rules(version);
            Map<String, List<String>> scenarios = scenariosByCode(id);
            for (JsonNode code : version.get("codes")) {
                String c = code.get("code").asText();
                var e = entries.addObject();
                e.put("code", c);
                var r = e.putArray("rules");
                rules.stream().filter(rule -> c.equals(rule.code()))
                        .sorted(Comparator.comparing(RuleSources.DeclaredRule::file)
                                .thenComparing(RuleSources.DeclaredRule::name))
                        .forEach(rule -> r.addObject().put("file", rule.file()).put("name", rule.name()));
                var sc = e.putArray("scenarios");
                scenarios.getOrDefault(c, List.of()).forEach(sc::add);
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root).replace("\r\n", "\n") + "\n";
    }

    /** The scenarios of a version that expect each code among their codes or defects. */
    static Map<String, List<String>> scenariosByCode(String versionId) throws IOException {
        Map<String, Set<String>> byCode = new TreeMap<>();
        Path folder = SCENARIOS.resolve(versionId);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    for (JsonNode s : JSON.readTree(file.toFile()).get("scenarios")) {
                        String name = file.getFileName() + ": " + s.get("name").asText();
                        JsonNode expect = s.get("expect");
                        for (String list : List.of("codes", "defects")) {
                            expect.path(list).forEach(c -> byCode.computeIfAbsent(c.asText(),
                                    k -> new LinkedHashSet<>()).add(name));
                        }
                    }
                }
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        byCode.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /**
     * docs/request-traceability.md: for each version of requests, its validity and fingerprint (as the library gives
     * them), and for each code the paragraph of the law with its verbatim text, the DRL rules that report it and the
     * scenarios that expect it.
     */
    static String doc() throws Exception {
        var advisor = nl.thuiswerk.HomeWorkingAdvisor.create();
        StringBuilder md = new StringBuilder();
        md.append("# Requests: traceability\n\n");
        md.append("For each code of each rule-set version of requests under the Wet flexibel werken: the paragraph of the law\n");
        md.append("it rests on, quoted verbatim, the DRL rules that report it, and the scenario tests that expect it. Generated\n");
        md.append("from `rules/src/main/resources/nl/thuiswerk/rules/wfw` and `rules/src/test/resources/request-scenarios` by\n");
        md.append("the rules module's generate step; `GeneratedFilesTest` fails the build when this page and those files drift\n");
        md.append("apart (`mvn -o -B -pl rules -am process-test-classes -Dthuiswerk.writeDocs=true` refreshes it). The reading\n");
        md.append("and the choices behind the rules are in [requests.md](requests.md).\n\n");
        md.append("Catalogue of requests (`--pin ").append(nl.thuiswerk.HomeWorkingAdvisor.REQUESTS_CATALOGUE).append("=…`): `")
                .append(advisor.requestCatalogueFingerprint()).append("`\n");
        for (JsonNode version : versions()) {
            String id = version.get("id").asText();
            var info = advisor.requestRuleSets().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
            md.append("\n## Rule set ").append(id).append(": «").append(version.get("title").asText()).append("»\n\n");
            md.append("In force for requests submitted from ").append(info.validFrom())
                    .append(info.validTo() == null ? ", without an end (a later date is answered by it)" : " to " + info.validTo())
                    .append(". Kind `").append(version.get("kind").asText()).append("`; rule files ");
            List<String> files = new ArrayList<>();
            drlFiles(version).forEach(f -> files.add("`" + f + "`"));
            md.append(String.join(", ", files)).append(". Fingerprint `").append(info.fingerprint()).append("`.\n\n");
            Map<String, JsonNode> provisions = new java.util.LinkedHashMap<>();
            version.get("provisions").forEach(p -> provisions.put(p.get("id").asText(), p));
            List<RuleSources.DeclaredRule> rules = rules(version);
            Map<String, List<String>> scenarios = scenariosByCode(id);
            md.append("| code | kind | article, lid | quote | rules | scenarios |\n|---|---|---|---|---|---|\n");
            for (JsonNode code : version.get("codes")) {
                String c = code.get("code").asText();
                JsonNode p = provisions.get(code.get("source").asText());
                String lid = p.get("lid").isNull() ? "" : " lid " + p.get("lid").asText();
                md.append("| `").append(c).append("` | ").append(code.get("kind").asText()).append(" | [art. ")
                        .append(p.get("article").asText()).append(lid).append("](").append(p.get("url").asText())
                        .append(") | «").append(p.get("quote").asText().replace("|", "\\|")).append("» | ");
                List<String> names = new ArrayList<>();
                rules.stream().filter(r -> c.equals(r.code())).forEach(r -> names.add(r.name()));
                md.append(String.join("; ", names)).append(" | ")
                        .append(scenarios.getOrDefault(c, List.of()).size()).append(" |\n");
            }
        }
        return md.toString();
    }
}
