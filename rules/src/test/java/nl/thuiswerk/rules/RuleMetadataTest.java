package nl.thuiswerk.rules;

import com.fasterxml.jackson.databind.JsonNode;
import nl.thuiswerk.rules.RuleSources.DeclaredRule;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule says which code it decides and which source it encodes, and every code the policy reading
 * ({@code criteria.md}) names for a version has a rule.
 */
class RuleMetadataTest {

    /** The codes the policy reading (docs/policy.md) gives every version: the criteria and the three conditions. */
    static final Set<String> CRITERIA_CODES = Set.of(
            "NATURE_OF_WORK", "LOCATION_BOUND_EQUIPMENT", "ESSENTIAL_PROCESS",
            "CONFIDENTIAL_INFORMATION", "MENTAL_HEALTH", "HOME_WORKPLACE_INADEQUATE",
            "HOME_WORKPLACE_TO_BE_MADE_ADEQUATE", "ON_SITE_WORKPLACE_NOT_CORONA_PROOF", "CORONA_MEASURES_UNCONFIRMED");

    /** Each version's phase code and kind, as the policy's phase table gives them. */
    static final Map<String, List<String>> PHASES = Map.of(
            "2021-02-18", List.of("WORK_FROM_HOME_UNLESS", "unless"),
            "2021-06-26", List.of("HALF_TIME_ON_SITE", "at_most_half"),
            "2021-07-19", List.of("WORK_FROM_HOME_UNLESS", "unless"),
            "2021-09-25", List.of("HOME_WHERE_POSSIBLE_OFFICE_WHEN_NEEDED", "no_limit"),
            "2021-11-03", List.of("AT_LEAST_HALF_AT_HOME", "at_most_half"),
            "2021-11-13", List.of("WORK_FROM_HOME_UNLESS", "unless"),
            "2021-11-28", List.of("WORK_FROM_HOME_UNLESS", "unless"),
            "2022-02-15", List.of("HALF_TIME_ON_SITE", "at_most_half"));

    /** The problems of a set of rules: each one that lacks its @code or @source. */
    static List<String> missingMetadata(List<DeclaredRule> rules) {
        List<String> problems = new ArrayList<>();
        for (DeclaredRule r : rules) {
            if (r.code() == null) {
                problems.add(r.file() + ": rule \"" + r.name() + "\" lacks @code");
            }
            if (r.source() == null) {
                problems.add(r.file() + ": rule \"" + r.name() + "\" lacks @source");
            }
        }
        return problems;
    }

    @Test
    void every_rule_in_every_drl_file_has_a_code_and_a_source() throws Exception {
        // given every rule of the artefact: the shared criteria and outcome and every kind's
        List<DeclaredRule> rules = new ArrayList<>();
        for (String file : RuleSources.allDrlFiles()) {
            rules.addAll(RuleSources.declaredRules(file, Files.readString(RuleSources.ROOT.resolve(file))));
        }

        // when
        List<String> problems = missingMetadata(rules);

        // then
        assertThat(rules).hasSizeGreaterThanOrEqualTo(10 + 4 + 2 * 3);
        assertThat(problems).isEmpty();
    }

    @Test
    void a_rule_without_code_or_source_is_reported() throws Exception {
        // given
        String drl = """
                package x;
                rule "has both" @code("NATURE_OF_WORK") @source("S1") when then end
                rule "no code" @source("S1") when then end
                rule "no source" @code(MENTAL_HEALTH) when then end
                rule "blank code" @code("") @source("S1") when then end
                """;

        // when
        List<String> problems = missingMetadata(RuleSources.declaredRules("x.drl", drl));

        // then
        assertThat(problems).containsExactly(
                "x.drl: rule \"no code\" lacks @code",
                "x.drl: rule \"no source\" lacks @source",
                "x.drl: rule \"blank code\" lacks @code");
    }

    @Test
    void kmodule_xml_has_a_kbase_per_domain_naming_no_version_and_no_kind_so_adding_either_never_edits_it()
            throws Exception {
        // given the kmodule the KIE plugin compiles with (the library itself never reads it)
        var kmodule = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("src/main/resources/META-INF/kmodule.xml").toFile());
        var kbases = kmodule.getElementsByTagName("kbase");
        java.util.Map<String, List<String>> packages = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kbases.getLength(); i++) {
            var kbase = (org.w3c.dom.Element) kbases.item(i);
            packages.put(kbase.getAttribute("name"), List.of(kbase.getAttribute("packages").split(",")));
        }

        // then one kbase per domain, so the plugin compiles each on its own (it numbers what it generates across a
        // compilation: compiled together, the requests' rules would renumber the advice's classes), each naming its
        // domain's shared packages and its kinds by a wildcard, never a version or a kind; the advice's also names
        // the delegation every employer's policy decides with (docs/policies.md)
        assertThat(packages).containsExactly(
                java.util.Map.entry("rules", List.of("nl.thuiswerk.rules.criteria", "nl.thuiswerk.rules.outcome",
                        "nl.thuiswerk.rules.policy", "nl.thuiswerk.rules.kinds.*")),
                java.util.Map.entry("requests", List.of("nl.thuiswerk.rules.wfw.*")));
    }

    @Test
    void every_code_of_every_version_has_a_rule_in_that_version_and_its_kinds_rules_carry_its_phase_code()
            throws Exception {
        assertThat(RuleSources.versions()).extracting(v -> v.get("id").asText())
                .containsExactlyInAnyOrderElementsOf(PHASES.keySet());
        for (JsonNode version : RuleSources.versions()) {
            // given
            String id = version.get("id").asText();
            String phaseCode = PHASES.get(id).get(0);
            List<DeclaredRule> rules = RuleSources.rules(version);

            // when
            Set<String> covered = new TreeSet<>();
            rules.forEach(r -> covered.add(r.code()));

            // then
            assertThat(version.get("kind").asText()).as(id).isEqualTo(PHASES.get(id).get(1));
            assertThat(version.get("parameters").get("phaseCode").get("value").asText()).as(id).isEqualTo(phaseCode);
            assertThat(covered).as(id).containsAll(CRITERIA_CODES).contains(phaseCode);
            assertThat(rules).filteredOn(r -> r.file().startsWith("kinds/")).as(id + "'s kind's rules are of its phase")
                    .isNotEmpty().allSatisfy(r -> assertThat(r.code()).isEqualTo(phaseCode));
        }
    }
}
