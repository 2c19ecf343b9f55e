package nl.thuiswerk.policies.voorbeeld_bv;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.Job;
import nl.thuiswerk.PolicyException;
import nl.thuiswerk.PolicyInfo;
import nl.thuiswerk.RuleSetIntegrityException;
import nl.thuiswerk.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A policy is loaded from its jar by path, versioned, fingerprinted and pinned as a national version is, and refused
 * at start, with a message naming it, when it cannot be trusted: each refusal with a policy broken on purpose here.
 */
class PolicyLoadingTest {

    private static final Case DEVELOPER = new Case("dev-1", LocalDate.of(2022, 6, 1),
            new Job("Developer", List.of(new Task("Programming", 36, null))), null, null, "voorbeeld-bv");

    @TempDir
    Path dir;

    @Test
    void a_policy_jar_given_by_path_decides_the_cases_that_name_it() throws Exception {
        // given the policy as a jar
        Path jar = PolicyJar.built(dir.resolve("voorbeeld-bv.jar"), Map.of());

        // when
        HomeWorkingAdvisor advisor = HomeWorkingAdvisor.builder().policy(jar).build();
        Decision d = advisor.decide(DEVELOPER, Locale.ENGLISH);

        // then the policy's version of the day decided, within its floor and cap
        assertThat(d.policy().version()).isEqualTo("voorbeeld-bv-2022-03-15");
        assertThat(d.minOnSiteShare()).isEqualTo(0.4);
        assertThat(d.maxOnSiteShare()).hasValue(0.8);
        assertThat(advisor.policies()).extracting(PolicyInfo::version).containsExactly("voorbeeld-bv-2021-09-25",
                "voorbeeld-bv-2022-03-15", "voorbeeld-bv-2024-01-01");
    }

    @Test
    void an_unknown_policy_is_invalid_input_at_employer_policy() {
        HomeWorkingAdvisor advisor = HomeWorkingAdvisor.builder().policyOnClassPath("voorbeeld-bv").build();

        DecisionException e = catchThrowableOfType(DecisionException.class,
                () -> advisor.decide(DEVELOPER.withEmployerPolicy("other-bv"), Locale.ENGLISH));

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(e.problems()).extracting(p -> p.path()).containsExactly("employerPolicy");
        assertThat(e.problems().get(0).message()).contains("voorbeeld-bv");
    }

    @Test
    void a_day_before_the_policys_first_version_is_no_ruleset_in_force_naming_the_policy() {
        HomeWorkingAdvisor advisor = HomeWorkingAdvisor.builder().policyOnClassPath("voorbeeld-bv").build();
        Case before = new Case("b-1", LocalDate.of(2021, 8, 2), DEVELOPER.job(), null, null, "voorbeeld-bv");

        DecisionException e = catchThrowableOfType(DecisionException.class, () -> advisor.decide(before, Locale.ENGLISH));

        assertThat(e.code()).isEqualTo(ErrorCode.NO_RULESET_IN_FORCE);
        assertThat(e.getMessage()).contains("voorbeeld-bv", "2021-08-02", "voorbeeld-bv-2021-09-25");
    }

    @Test
    void two_policies_with_one_id_are_refused_at_start_naming_the_id() throws Exception {
        Path one = PolicyJar.built(dir.resolve("one.jar"), Map.of());
        Path two = PolicyJar.built(dir.resolve("two.jar"), Map.of());

        assertThatThrownBy(() -> HomeWorkingAdvisor.builder().policy(one).policy(two).build())
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("two policies have the id voorbeeld-bv")
                .hasMessageContaining("one.jar").hasMessageContaining("two.jar");
    }

    @Test
    void a_policy_whose_rules_fail_to_load_is_refused_at_start_naming_it() throws Exception {
        // given a jar whose compiled rules are cut short: the model classes cannot be loaded
        Path jar = PolicyJar.built(dir.resolve("broken.jar"), Map.of());
        String modelClass;
        try (var zip = new java.util.jar.JarFile(jar.toFile())) {
            modelClass = zip.stream().map(java.util.jar.JarEntry::getName)
                    .filter(n -> n.startsWith(PolicyJar.ROOT + "kinds/team_days/Rules") && n.endsWith(".class"))
                    .findFirst().orElseThrow();
        }
        Path broken = PolicyJar.built(dir.resolve("cut.jar"), Map.of(modelClass, new byte[] {(byte) 0xCA, (byte) 0xFE}));

        // when / then
        assertThatThrownBy(() -> HomeWorkingAdvisor.builder().policy(broken).build())
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("policy voorbeeld-bv")
                .hasMessageContaining("voorbeeld-bv-2021-09-25");
    }

    @Test
    void a_policy_whose_rule_names_a_code_its_version_does_not_quote_is_refused_at_start() throws Exception {
        String drl = Files.readString(PolicyJar.SOURCES.resolve(PolicyJar.ROOT + "kinds/team_days/rules.drl"),
                StandardCharsets.UTF_8).replace("@code(\"TEAM_DAYS\")", "@code(\"SOME_OTHER_CODE\")");
        Path jar = PolicyJar.compiled(dir.resolve("code.jar"), "nl.test:code-policy",
                Map.of("kinds/team_days/rules.drl", drl));

        assertThatThrownBy(() -> HomeWorkingAdvisor.builder().policy(jar).build())
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("policy voorbeeld-bv")
                .hasMessageContaining("SOME_OTHER_CODE");
    }

    @Test
    void a_policy_that_concludes_anything_but_a_floor_or_a_cap_is_refused_at_start() throws Exception {
        // given a rule that inserts the bounds itself, past the delegation
        String drl = Files.readString(PolicyJar.SOURCES.resolve(PolicyJar.ROOT + "kinds/team_days/rules.drl"),
                StandardCharsets.UTF_8).replace("import nl.thuiswerk.facts.PolicyFloor;",
                "import nl.thuiswerk.facts.PolicyFloor;\nimport nl.thuiswerk.facts.Bounds;")
                + "\nrule \"Everyone on site\"\n    @code(\"TEAM_DAYS\") @source(\"{teamDays}\")\nwhen\n"
                + "    Parameter( name == \"teamDays\" )\nthen\n"
                + "    insert( new Bounds( java.math.BigDecimal.ONE, java.math.BigDecimal.ONE ) );\nend\n";
        Path jar = PolicyJar.compiled(dir.resolve("bounds.jar"), "nl.test:bounds-policy",
                Map.of("kinds/team_days/rules.drl", drl));

        // when / then
        assertThatThrownBy(() -> HomeWorkingAdvisor.builder().policy(jar).build())
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("policy voorbeeld-bv")
                .hasMessageContaining("Everyone on site")
                .hasMessageContaining("may conclude only a PolicyFloor or a PolicyCap");
    }

    @Test
    void a_policy_that_declares_a_global_to_report_through_is_refused_at_start() throws Exception {
        String drl = Files.readString(PolicyJar.SOURCES.resolve(PolicyJar.ROOT + "kinds/team_days/rules.drl"),
                StandardCharsets.UTF_8).replace("import nl.thuiswerk.facts.PolicyFloor;",
                "import nl.thuiswerk.facts.PolicyFloor;\nimport nl.thuiswerk.internal.Verdict;\n\nglobal Verdict verdict;");
        Path jar = PolicyJar.compiled(dir.resolve("global.jar"), "nl.test:global-policy",
                Map.of("kinds/team_days/rules.drl", drl));

        assertThatThrownBy(() -> HomeWorkingAdvisor.builder().policy(jar).build())
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("policy voorbeeld-bv")
                .hasMessageContaining("global");
    }

    @Test
    void a_policy_jar_changed_by_one_byte_changes_its_fingerprint_and_a_pinned_policy_refuses_to_start()
            throws Exception {
        // given the policy's fingerprints as built
        Path jar = PolicyJar.built(dir.resolve("as-built.jar"), Map.of());
        HomeWorkingAdvisor asBuilt = HomeWorkingAdvisor.builder().policy(jar).build();
        String version = "voorbeeld-bv-2022-03-15";
        String pinned = asBuilt.policies().stream().filter(p -> p.version().equals(version)).findFirst().orElseThrow()
                .fingerprint();
        // a pinned advisor on the same jar starts
        assertThat(HomeWorkingAdvisor.builder().policy(jar).pin(version, pinned).build().policies()).hasSize(3);

        // when one byte of a compiled class of the version's rules changes (a letter of a rule's name)
        String classFile;
        byte[] bytes;
        try (var zip = new java.util.jar.JarFile(jar.toFile())) {
            var entry = zip.stream().filter(e -> e.getName().startsWith(PolicyJar.ROOT + "kinds/office_days/")
                    && e.getName().endsWith(".class")).filter(e -> {
                        try {
                            return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.ISO_8859_1)
                                    .contains("At most four days");
                        } catch (java.io.IOException x) {
                            throw new java.io.UncheckedIOException(x);
                        }
                    }).findFirst().orElseThrow();
            classFile = entry.getName();
            bytes = zip.getInputStream(entry).readAllBytes();
        }
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = latin.indexOf("At most four days");
        bytes[at + 3] = (byte) 'M';
        Path changed = PolicyJar.built(dir.resolve("changed.jar"), Map.of(classFile, bytes));

        // then its fingerprint differs, and an advisor pinned to the one as built refuses to start, naming it
        HomeWorkingAdvisor unpinned = HomeWorkingAdvisor.builder().policy(changed).build();
        assertThat(unpinned.policies().stream().filter(p -> p.version().equals(version)).findFirst().orElseThrow()
                .fingerprint()).isNotEqualTo(pinned);
        assertThatThrownBy(() -> HomeWorkingAdvisor.builder().policy(changed).pin(version, pinned).build())
                .isInstanceOf(RuleSetIntegrityException.class)
                .hasMessageContaining(version).hasMessageContaining("voorbeeld-bv").hasMessageContaining(pinned);
    }

    @Test
    void a_changed_metadata_file_changes_its_versions_fingerprint_and_the_whole_policys() throws Exception {
        Path jar = PolicyJar.built(dir.resolve("as-built.jar"), Map.of());
        String file = PolicyJar.ROOT + "versions/voorbeeld-bv-2024-01-01.json";
        byte[] meta = Files.readAllBytes(PolicyJar.BUILT.resolve(file));
        String text = new String(meta, StandardCharsets.UTF_8).replace("drie dagen", "drie  dagen");
        Path changed = PolicyJar.built(dir.resolve("meta.jar"), Map.of(file, text.getBytes(StandardCharsets.UTF_8)));

        HomeWorkingAdvisor before = HomeWorkingAdvisor.builder().policy(jar).build();
        HomeWorkingAdvisor after = HomeWorkingAdvisor.builder().policy(changed).build();

        assertThat(after.policies().get(2).fingerprint()).isNotEqualTo(before.policies().get(2).fingerprint());
        assertThat(after.policies().get(0).fingerprint()).as("another version's").isEqualTo(before.policies().get(0).fingerprint());
        assertThat(after.policyFingerprints().get("voorbeeld-bv")).isNotEqualTo(before.policyFingerprints().get("voorbeeld-bv"));
        assertThatThrownBy(() -> HomeWorkingAdvisor.builder().policy(changed)
                .pin("voorbeeld-bv", before.policyFingerprints().get("voorbeeld-bv")).build())
                .isInstanceOf(RuleSetIntegrityException.class).hasMessageContaining("policy voorbeeld-bv");
    }
}
