package nl.thuiswerk.rules;

import nl.thuiswerk.Decision;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.NoRuleSetPeriod;
import nl.thuiswerk.Reason;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.internal.Engine;
import nl.thuiswerk.internal.Language;
import nl.thuiswerk.json.ThuiswerkJson;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Adding a version of an existing kind is its metadata file, its sources and its scenarios: no rule, no list of
 * versions, no kmodule, no index is edited. The test sources hold such a version (a fictitious one of 2030, of the
 * kind «at most half») with its scenarios; here it is added to a copy of the built rules, which the library then
 * loads, fingerprints and decides with.
 */
class AddingAVersionTest {

    private static final Path TEST_VERSION = Path.of("src/test/resources/test-version");
    private static final HomeWorkingAdvisor BUILT = HomeWorkingAdvisor.create();

    @TempDir
    Path copy;

    private Engine withTheTestVersion() throws IOException {
        return new RulesCopy(copy).withFile(TEST_VERSION, "versions/2030-01-01.json").engine();
    }

    @Test
    void a_version_added_as_one_metadata_file_is_found_fingerprinted_and_decides_with_its_kinds_rules()
            throws IOException {
        // given the built rules with one file added: the metadata of a version of «at most half»
        Engine engine = withTheTestVersion();

        // then the library has the version, after the others, with its own fingerprint and evidence
        assertThat(engine.ruleSets()).extracting(RuleSetInfo::id).endsWith("2022-02-15", "2030-01-01");
        RuleSetInfo added = engine.ruleSet("2030-01-01");
        assertThat(added.phaseCode()).isEqualTo("HALF_TIME_ON_SITE");
        assertThat(added.fingerprint()).matches("sha256:[0-9a-f]{64}")
                .isNotIn(BUILT.ruleSets().stream().map(RuleSetInfo::fingerprint).toList());
        assertThat(added.sources()).extracting(s -> s.id()).containsExactly("S1", "S2", "TEST-2030");
        // and the versions that were there are the same versions, to the byte
        for (RuleSetInfo v : BUILT.ruleSets()) {
            assertThat(engine.ruleSet(v.id())).as(v.id()).isEqualTo(v);
        }
        // and the lapse of 15 March 2022 gives its reason for the days around it, no period was edited
        assertThat(engine.periodsWithoutRuleSet()).extracting(NoRuleSetPeriod::from, NoRuleSetPeriod::to)
                .containsExactly(tuple(null, LocalDate.of(2021, 2, 17)),
                        tuple(LocalDate.of(2022, 3, 15), LocalDate.of(2029, 12, 31)),
                        tuple(LocalDate.of(2031, 1, 1), null));

        // when a case of its days is decided
        Decision d = engine.decide(ThuiswerkJson.readCase("{\"caseId\":\"t\",\"referenceDate\":\"2030-03-01\","
                + "\"job\":{\"tasks\":[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]}}"), Language.EN);

        // then the kind's rules decide it, named and cited as the version's metadata says
        assertThat(d.ruleSet().id()).isEqualTo("2030-01-01");
        assertThat(d.maxOnSiteShare()).hasValue(0.5);
        assertThat(d.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("HALF_TIME_ON_SITE");
            assertThat(r.rule()).isEqualTo("Testversie: maximaal de helft op kantoor: the criteria justify less than half, "
                    + "so the half of the advice applies");
            assertThat(r.source().id()).isEqualTo("TEST-2030");
            assertThat(r.source().quote()).contains("fictief");
        });
        assertThat(d.receipt().ruleSetFingerprint()).isEqualTo(added.fingerprint());
    }

    @TestFactory
    Stream<DynamicNode> the_added_versions_own_scenarios_pass_on_it() throws IOException {
        Engine engine = withTheTestVersion();
        Set<String> versions = engine.ruleSets().stream().map(RuleSetInfo::id).collect(Collectors.toSet());
        List<DynamicNode> scenarios = ScenarioTest.scenarios(TEST_VERSION.resolve("scenarios"),
                (c, locale) -> engine.decide(c, Language.of(locale)), versions);
        assertThat(scenarios).isNotEmpty();
        return scenarios.stream();
    }

    @Test
    void a_versions_limit_is_read_from_its_metadata_by_the_rules_of_its_kind() throws IOException {
        // given the built rules with one value of one version's metadata changed: the limit of 3 November 2021
        Engine engine = new RulesCopy(copy).with("versions/2021-11-03.json",
                java.nio.file.Files.readString(RuleSources.ROOT.resolve("versions/2021-11-03.json"))
                        .replace("\"value\": \"0.5\"", "\"value\": \"0.6\"")).engine();

        // when a case without a ground is decided on that day
        Decision d = engine.decide(ThuiswerkJson.readCase("{\"caseId\":\"t\",\"referenceDate\":\"2021-11-05\","
                + "\"job\":{\"tasks\":[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]}}"), Language.EN);

        // then its kind's rules read the new limit, and only that version's fingerprint changed
        assertThat(d.maxOnSiteShare()).hasValue(0.6);
        assertThat(d.reasons()).extracting(Reason::code).containsExactly("AT_LEAST_HALF_AT_HOME");
        for (RuleSetInfo v : BUILT.ruleSets()) {
            assertThat(engine.ruleSet(v.id()).fingerprint().equals(v.fingerprint())).as(v.id())
                    .isEqualTo(!v.id().equals("2021-11-03"));
        }
    }
}
