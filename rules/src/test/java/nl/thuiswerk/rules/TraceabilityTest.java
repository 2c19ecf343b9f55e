package nl.thuiswerk.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
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
 * The auditors' traceability: docs/criteria.md (code → quoted source → DRL rules → scenario tests), trace.json (the
 * same as data, for {@code trace}) and docs/versions.md are made from the rule files, their metadata and the scenario
 * files by the methods here, which the build's generate step ({@link GeneratedFiles}) runs; {@code GeneratedFilesTest}
 * compares the checked-in copies with what they make. The tests here check what must hold of the sources themselves.
 */
class TraceabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path RULES = RuleSources.ROOT;

    /** The trace shipped with the rules, as {@code trace.json} holds it. */
    static String traceJson() throws Exception {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(trace()).replace("\r\n", "\n") + "\n";
    }

    @Test
    void the_changelog_lists_the_fingerprints_this_version_of_the_library_gives() throws Exception {
        // given the fingerprints of this build, which every new version of the library changes
        var advisor = nl.thuiswerk.HomeWorkingAdvisor.create();
        StringBuilder expected = new StringBuilder("The fingerprints of " + nl.thuiswerk.HomeWorkingAdvisor.libraryVersion()
                + ":\n\n| id | fingerprint |\n|---|---|\n");
        advisor.ruleSets().forEach(v -> expected.append("| `").append(v.id()).append("` | `").append(v.fingerprint())
                .append("` |\n"));
        expected.append("| catalogue | `").append(advisor.catalogueFingerprint()).append("` |\n");

        // then the changelog shows them as they are, so a user can pin what it says
        String changelog = Files.readString(Path.of("../CHANGELOG.md")).replace("\r\n", "\n");
        assertThat(changelog).as("CHANGELOG.md must list, as a table like this, the fingerprints this build gives")
                .contains(expected);
    }

    static com.fasterxml.jackson.databind.node.ObjectNode trace() throws Exception {
        var root = JSON.createObjectNode();
        var sets = root.putArray("ruleSets");
        for (JsonNode version : versions()) {
            var set = sets.addObject();
            set.put("id", version.get("id").asText());
            var entries = set.putArray("codes");
            Map<String, List<RuleSources.DeclaredRule>> rules = rulesByCode(version);
            Map<String, List<String>> scenarios = scenarios(version);
            for (JsonNode code : codes(version).values()) {
                String c = code.get("code").asText();
                var e = entries.addObject();
                e.put("code", c);
                var r = e.putArray("rules");
                rules.getOrDefault(c, List.of()).forEach(rule -> r.addObject().put("file", rule.file()).put("name", rule.name()));
                var sc = e.putArray("scenarios");
                scenarios.getOrDefault(c, List.of()).forEach(sc::add);
            }
        }
        return root;
    }

    /** The fingerprints come from the library itself, so the page shows what `rulesets` shows. */
    static String versionsDoc() throws Exception {
        var advisor = nl.thuiswerk.HomeWorkingAdvisor.create();
        StringBuilder md = new StringBuilder();
        md.append("# Rule-set versions\n\n");
        md.append("One immutable, dated rule-set version per phase of the national home-working advice. Exactly one version\n");
        md.append("is in force on a day; on a day in a period without one, a case is refused with `NO_RULESET_IN_FORCE` and the\n");
        md.append("reason below. Generated from `rules/src/main/resources/nl/thuiswerk/rules/versions/*.json` and `periods.json`\n");
        md.append("by the rules module's generate step; `GeneratedFilesTest` fails the build when this page and that metadata\n");
        md.append("drift apart (`mvn -o -B -pl rules -am process-test-classes -Dthuiswerk.writeDocs=true` refreshes it).\n\n");
        md.append("A version's fingerprint is the sha256 over every file of the rules artefact it decides with, in path order,\n");
        md.append("each as its path, its length and its bytes: its metadata (`versions/<id>.json`), every file under the\n");
        md.append("directories of its rule packages (the shared criteria and outcome and its kind's: the DRL, their metadata and\n");
        md.append("the executable-model classes compiled from them), the model index and the texts. Any change to a rule, a\n");
        md.append("compiled class, a parameter, a quote, a date or a text gives a new fingerprint; [security.md](security.md) says\n");
        md.append("exactly what is covered and what is not.\n");
        md.append("Pin one with `HomeWorkingAdvisor.builder().pin(id, fingerprint)` or the command line's `--pin id=fingerprint`.\n\n");
        md.append("The fingerprints below are those of thuiswerk-rules ").append(nl.thuiswerk.HomeWorkingAdvisor.libraryVersion())
                .append(".\nThe generated classes are named after the library's version, so a rebuild of the same source gives the\n");
        md.append("same fingerprints, and a new version of the library gives new ones (the changelog lists them).\n\n");
        md.append("The catalogue's fingerprint, over `periods.json` (the periods without a version and their reasons),\n");
        md.append("`trace.json` and every version's id and fingerprint, is `").append(advisor.catalogueFingerprint())
                .append("`;\npin it with `pin(\"catalogue\", fingerprint)` or `--pin catalogue=fingerprint`.\n\n");
        md.append("Each version states the evidence for its first day and for the wording of its advice: **PRIMARY** where a\n");
        md.append("government text was read that says so (a Kamerbrief, rijksoverheid.nl, government.nl), **SECONDARY** where it is\n");
        md.append("known only from a report of it (a press agency, a newspaper, a copy of the government's text elsewhere), each\n");
        md.append("with the source that says so. `rulesets` shows it, and every decision carries it in its `ruleSet`\n");
        md.append("(`\"evidence\": {\"date\": \"PRIMARY\", \"wording\": \"SECONDARY\"}`).\n\n");
        md.append("A version is data: its metadata names its kind of phase (the rules it shares with the other versions of\n");
        md.append("that kind) and gives the kind's parameters, each with the source that states it (`phaseCode`, the code its\n");
        md.append("rules carry; `phaseName`, the words they are named by; `limit`, the share anyone may work on site).\n\n");
        md.append("## Timeline\n\n| from | to | version | advice | kind | phase code | date | wording | sources | fingerprint |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        List<Object[]> rows = new ArrayList<>();
        Map<String, String> kinds = new java.util.HashMap<>();
        for (JsonNode version : versions()) {
            kinds.put(version.get("id").asText(), version.get("kind").asText());
        }
        for (var info : advisor.ruleSets()) {
            var e = info.evidence();
            rows.add(new Object[]{info.validFrom(), "| " + info.validFrom() + " | " + info.validTo() + " | `" + info.id()
                    + "` | «" + info.title() + "» | `" + kinds.get(info.id()) + "` | `" + info.phaseCode() + "` | "
                    + e.date() + " (" + e.dateSource()
                    + ") | " + e.wording() + " (" + e.wordingSource() + ") | "
                    + String.join(", ", info.sources().stream().map(s -> "[" + s.id() + "](" + s.url() + ")").toList())
                    + " | `" + info.fingerprint() + "` |\n"});
        }
        for (var p : advisor.periodsWithoutRuleSet()) {
            rows.add(new Object[]{p.from() == null ? java.time.LocalDate.MIN : p.from(), "| " + (p.from() == null ? "—" : p.from())
                    + " | " + (p.to() == null ? "—" : p.to()) + " | none | " + p.reason() + " | | | | | | |\n"});
        }
        rows.sort(java.util.Comparator.comparing(r -> (java.time.LocalDate) r[0]));
        rows.forEach(r -> md.append((String) r[1]));
        md.append("\n## How each date was chosen\n\n");
        md.append("Dates are days: a change that took effect during a day (13 November 2021 at 18:00, 28 November 2021 at 05:00)\n");
        md.append("counts from that whole day. A quote in square brackets is not the source's own wording as we read it, but as a\n");
        md.append("secondary source reports it. «Not reached» means the text was found but the passage on home working was not read.\n");
        for (JsonNode version : versions()) {
            JsonNode evidence = version.get("evidence");
            md.append("\n### ").append(version.get("id").asText()).append(": «").append(version.get("title").asText()).append("»\n\n");
            md.append("- **From ").append(version.get("validFrom").asText()).append(".** ")
                    .append(evidence.get("validFrom").asText()).append("\n");
            md.append("- **To ").append(version.get("validTo").asText()).append(".** ")
                    .append(evidence.get("validTo").asText()).append("\n");
            for (String claim : List.of("date", "wording")) {
                JsonNode c = evidence.get(claim);
                md.append("- **").append(claim.equals("date") ? "Date" : "Wording").append(": ")
                        .append(c.get("level").asText()).append("** (").append(c.get("source").asText()).append("): ");
                if (c.has("quote")) {
                    md.append("«").append(c.get("quote").asText()).append("» ");
                }
                md.append(c.get("note").asText()).append("\n");
            }
            version.get("parameters").fields().forEachRemaining(p -> md.append("- **Parameter `").append(p.getKey())
                    .append("`** = `").append(p.getValue().get("value").asText()).append("` (")
                    .append(p.getValue().get("source").asText()).append(")\n"));
            for (JsonNode code : version.path("codes")) {
                md.append("- **").append(code.get("code").asText()).append("** (").append(code.get("source").asText())
                        .append("): ").append(code.get("quote").asText()).append("\n");
            }
        }
        md.append("\n## Which versions rest on a report\n\n");
        md.append("The versions whose first day or wording is known only from a secondary source; their decisions say so in\n");
        md.append("`ruleSet.evidence`. Where a government text is found that says otherwise, it wins, and the version changes.\n\n");
        for (var info : advisor.ruleSets()) {
            var e = info.evidence();
            List<String> secondary = new ArrayList<>();
            if (e.date() == nl.thuiswerk.EvidenceLevel.SECONDARY) {
                secondary.add("its first day (" + e.dateSource() + ")");
            }
            if (e.wording() == nl.thuiswerk.EvidenceLevel.SECONDARY) {
                secondary.add("its wording (" + e.wordingSource() + ")");
            }
            if (!secondary.isEmpty()) {
                md.append("- `").append(info.id()).append("`: ").append(String.join(" and ", secondary)).append("\n");
            }
        }
        md.append("\n## Corrections to the citations\n\n");
        md.append("- The Kamerbrief of 2 November 2021 is Kamerstuk 25 295, nr. 1468 (cited by `2021-11-03`).\n");
        md.append("- 13 November 2021 at 18:00 is cited from government.nl's text of 12 November 2021. Kamerstuk 25 295, nr. 1519,\n");
        md.append("  cited for it before, could not be confirmed as a letter of 12 November 2021 and is no longer cited.\n");
        md.append("- «Werk minstens de helft van de tijd thuis» is cited as ANP reports Rutte saying it in the Tweede Kamer, not as\n");
        md.append("  a quote of the press conference of 2 November 2021 (whose transcript stays cited, unread).\n");
        md.append("- «Het huidige thuiswerkadvies vervalt.» was read in a copy of the ministry's text of 15 March 2022, not in\n");
        md.append("  Kamerstuk 25 295, nr. 1819; government.nl's English text of that day is the primary source read.\n");
        return md.toString();
    }

    /** The README's table of versions is written by hand; it must give each version's dates, code and evidence. */
    @Test
    void the_readme_lists_every_version_with_its_dates_its_phase_code_and_its_evidence() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        for (var info : nl.thuiswerk.HomeWorkingAdvisor.create().ruleSets()) {
            String row = "\\| " + info.validFrom() + " \\.\\. " + info.validTo() + " \\| [^|\n]+ \\| `" + info.phaseCode()
                    + "` \\| " + info.evidence().date().name().toLowerCase() + ", "
                    + info.evidence().wording().name().toLowerCase() + "[^|\n]* \\|\n";
            assertThat(readme).as(info.id()).containsPattern(row);
        }
    }

    @Test
    void every_code_of_a_version_has_a_quote_a_rule_and_a_scenario() throws Exception {
        for (JsonNode version : versions()) {
            Map<String, JsonNode> codes = codes(version);
            Map<String, List<RuleSources.DeclaredRule>> rules = rulesByCode(version);
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
        md.append("`rules/src/test/resources/scenarios` by the rules module's generate step; `GeneratedFilesTest` fails the build\n");
        md.append("when this page and those files drift apart. Do not edit by hand:\n");
        md.append("`mvn -o -B -pl rules -am process-test-classes -Dthuiswerk.writeDocs=true` refreshes it.\n");
        md.append("The policy reading behind the rules, and the choices made where it is silent, are in [policy.md](policy.md).\n");
        for (JsonNode version : versions()) {
            String id = version.get("id").asText();
            md.append("\n## Rule set ").append(id).append(": «").append(version.get("title").asText()).append("»\n\n");
            md.append("In force from ").append(version.get("validFrom").asText()).append(" to ")
                    .append(version.get("validTo").asText()).append(" (both inclusive). Phase code `")
                    .append(version.get("parameters").get("phaseCode").get("value").asText()).append("`, kind `")
                    .append(version.get("kind").asText()).append("`. Rule packages: ");
            List<String> pkgs = new ArrayList<>();
            RuleSources.packageNames(version).forEach(p -> pkgs.add("`" + p + "`"));
            md.append(String.join(", ", pkgs)).append(".\n\n");
            md.append("| source | document |\n|---|---|\n");
            for (JsonNode s : sources(version).values()) {
                md.append("| ").append(s.get("id").asText()).append(" | [").append(s.get("title").asText()).append("](")
                        .append(s.get("url").asText()).append(") |\n");
            }
            md.append("\nBesides these scenarios, `OracleAgreementTest` checks every code of this version against an independent\n")
                    .append("plain-Java reading of the policy, over every combination of the discrete facts on its first and last day.\n");
            md.append("\n| code | kind | source and quote | DRL rules | scenario tests |\n|---|---|---|---|---|\n");
            Map<String, List<RuleSources.DeclaredRule>> rules = rulesByCode(version);
            Map<String, List<String>> scenarios = scenarios(version);
            for (JsonNode code : codes(version).values()) {
                String c = code.get("code").asText();
                String kind = code.get("kind").asText().toLowerCase()
                        + (code.path("blocking").asBoolean(false) ? " (blocking)" : "");
                md.append("| `").append(c).append("` | ").append(kind).append(" | ")
                        .append(code.get("source").asText()).append(": ").append(code.get("quote").asText()).append(" | ")
                        .append(String.join("<br>", rules.getOrDefault(c, List.of()).stream()
                                .map(r -> "`" + r.file() + "`: " + r.name()).toList())).append(" | ")
                        .append(String.join("<br>", scenarios.getOrDefault(c, List.of()))).append(" |\n");
            }
        }
        return md.toString();
    }

    static List<JsonNode> versions() throws IOException {
        return RuleSources.versions();
    }

    static Map<String, JsonNode> codes(JsonNode version) throws IOException {
        return RuleSources.codes(version);
    }

    private static Map<String, JsonNode> sources(JsonNode version) throws IOException {
        return RuleSources.sources(version);
    }

    private static Map<String, List<RuleSources.DeclaredRule>> rulesByCode(JsonNode version) throws Exception {
        Map<String, List<RuleSources.DeclaredRule>> byCode = new TreeMap<>();
        for (RuleSources.DeclaredRule r : RuleSources.rules(version)) {
            byCode.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(r);
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
