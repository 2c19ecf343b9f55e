package nl.thuiswerk.rules;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule says which code it decides and which source it encodes, and every code the policy reading
 * ({@code criteria.md}) names for a version has a rule.
 */
class RuleMetadataTest {

    static final Path DRL_ROOT = Path.of("src/main/resources/nl/thuiswerk/rules");

    /** The codes the policy reading (docs/policy.md) gives every version: the criteria and the three conditions. */
    static final Set<String> CRITERIA_CODES = Set.of(
            "NATURE_OF_WORK", "LOCATION_BOUND_EQUIPMENT", "ESSENTIAL_PROCESS",
            "CONFIDENTIAL_INFORMATION", "MENTAL_HEALTH", "HOME_WORKPLACE_INADEQUATE",
            "HOME_WORKPLACE_TO_BE_MADE_ADEQUATE", "ON_SITE_WORKPLACE_NOT_CORONA_PROOF", "CORONA_MEASURES_UNCONFIRMED");

    /** Each version's own package and the code of its phase, as the policy's phase table gives them. */
    static final java.util.Map<String, String> PHASE_CODES = java.util.Map.of(
            "v2021_02_18", "WORK_FROM_HOME_UNLESS",
            "v2021_06_26", "HALF_TIME_ON_SITE",
            "v2021_07_19", "WORK_FROM_HOME_UNLESS",
            "v2021_09_25", "HOME_WHERE_POSSIBLE_OFFICE_WHEN_NEEDED",
            "v2021_11_03", "AT_LEAST_HALF_AT_HOME",
            "v2021_11_13", "WORK_FROM_HOME_UNLESS",
            "v2021_11_28", "WORK_FROM_HOME_UNLESS",
            "v2022_02_15", "HALF_TIME_ON_SITE");

    /** A rule as the DRL declares it. */
    record DeclaredRule(String file, String name, String code, String source) {
    }

    static List<DeclaredRule> declaredRules(String file, String drl) throws DroolsParserException {
        DrlParser parser = new DrlParser();
        PackageDescr pkg = parser.parse(false, drl);
        assertThat(parser.hasErrors()).as(file + " parses: " + parser.getErrors()).isFalse();
        List<DeclaredRule> rules = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            rules.add(new DeclaredRule(file, rule.getName(), value(rule, "code"), value(rule, "source")));
        }
        return rules;
    }

    private static String value(RuleDescr rule, String name) {
        var annotation = rule.getAnnotation(name);
        if (annotation == null || annotation.getSingleValueAsString() == null) {
            return null;
        }
        String v = annotation.getSingleValueAsString().replace("\"", "").trim();
        return v.isEmpty() ? null : v;
    }

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

    static List<DeclaredRule> allDeclaredRules(String... folders) throws IOException, DroolsParserException {
        List<DeclaredRule> rules = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.list(DRL_ROOT.resolve(folder))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                    rules.addAll(declaredRules(DRL_ROOT.relativize(f).toString(), Files.readString(f)));
                }
            }
        }
        return rules;
    }

    @Test
    void every_rule_of_every_version_has_a_code_and_a_source() throws Exception {
        // given
        List<DeclaredRule> rules = allDeclaredRules(folders());

        // when
        List<String> problems = missingMetadata(rules);

        // then
        assertThat(rules).hasSizeGreaterThanOrEqualTo(10 + 2 * PHASE_CODES.size());
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
        List<String> problems = missingMetadata(declaredRules("x.drl", drl));

        // then
        assertThat(problems).containsExactly(
                "x.drl: rule \"no code\" lacks @code",
                "x.drl: rule \"no source\" lacks @source",
                "x.drl: rule \"blank code\" lacks @code");
    }

    @Test
    void each_version_lists_the_packages_of_its_kbase_in_kmodule_xml_and_fingerprints_every_rule_file_in_them()
            throws Exception {
        // given
        var kmodule = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("src/main/resources/META-INF/kmodule.xml").toFile());
        var kbases = kmodule.getElementsByTagName("kbase");
        java.util.Map<String, List<String>> kbasePackages = new java.util.TreeMap<>();
        for (int i = 0; i < kbases.getLength(); i++) {
            var kbase = (org.w3c.dom.Element) kbases.item(i);
            kbasePackages.put(kbase.getAttribute("name"),
                    java.util.Arrays.stream(kbase.getAttribute("packages").split(",")).map(String::trim).toList());
        }
        List<com.fasterxml.jackson.databind.JsonNode> versions = new ArrayList<>(TraceabilityTest.versions());
        versions.addAll(TraceabilityTest.requestVersions());

        // then
        assertThat(kbasePackages).hasSameSizeAs(versions);
        for (var version : versions) {
            List<String> packages = new ArrayList<>();
            version.get("packages").forEach(p -> packages.add(p.asText()));
            assertThat(kbasePackages.get(version.get("kbase").asText())).as(version.get("id").asText())
                    .isEqualTo(packages);
            Set<String> listed = new TreeSet<>();
            version.get("files").forEach(f -> listed.add(f.asText()));
            for (String pkg : packages) {
                Path folder = DRL_ROOT.resolve(pkg.substring("nl.thuiswerk.rules.".length()).replace('.', '/'));
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(f -> f.toString().endsWith(".drl"))
                            .forEach(f -> assertThat(listed).as("fingerprinted files of " + version.get("id").asText())
                                    .contains(DRL_ROOT.relativize(f).toString()));
                }
            }
        }
    }

    static String[] folders() throws IOException {
        List<String> folders = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(DRL_ROOT)) {
            dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().forEach(folders::add);
        }
        return folders.toArray(String[]::new);
    }

    @Test
    void every_code_of_every_version_has_a_rule_in_that_version() throws Exception {
        assertThat(TraceabilityTest.versions()).hasSameSizeAs(PHASE_CODES.keySet());
        for (var version : TraceabilityTest.versions()) {
            // given
            String folder = version.get("kbase").asText();
            List<DeclaredRule> rules = allDeclaredRules("criteria", folder);

            // when
            Set<String> covered = new TreeSet<>();
            rules.forEach(r -> covered.add(r.code()));

            // then
            assertThat(version.get("phaseCode").asText()).isEqualTo(PHASE_CODES.get(folder));
            assertThat(covered).as(folder).containsAll(CRITERIA_CODES).contains(PHASE_CODES.get(folder));
            assertThat(allDeclaredRules(folder)).as(folder + "'s own rules are of its phase")
                    .allSatisfy(r -> assertThat(r.code()).isEqualTo(PHASE_CODES.get(folder)));
        }
    }
}
