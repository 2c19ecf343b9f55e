package nl.thuiswerk.rules;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.NoRuleSetPeriod;
import nl.thuiswerk.RuleSetInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules a user runs are the rules that were pinned, and the timeline of versions has no undeclared holes.
 * Edits are made to a copy of the built rules, loaded by a class loader of their own, as a tampered jar would be.
 */
class IntegrityTest {

    private static final HomeWorkingAdvisor ADVISOR = HomeWorkingAdvisor.create();

    @TempDir
    Path copy;

    @Test
    void every_day_from_the_first_version_to_after_the_lapse_has_exactly_one_version_or_a_declared_reason() {
        List<RuleSetInfo> versions = ADVISOR.ruleSets();
        List<NoRuleSetPeriod> periods = ADVISOR.periodsWithoutRuleSet();
        for (LocalDate day = LocalDate.of(2020, 1, 1); day.isBefore(LocalDate.of(2023, 1, 1)); day = day.plusDays(1)) {
            LocalDate d = day;
            long inForce = versions.stream().filter(v -> v.covers(d)).count();
            long declared = periods.stream().filter(p -> p.covers(d)).count();
            assertThat(inForce + declared).as(d + ": one version, or one declared period without").isEqualTo(1);
            if (inForce == 1) {
                assertThat(ADVISOR.ruleSetFor(d).covers(d)).isTrue();
            }
        }
        assertThat(versions).extracting(RuleSetInfo::id).containsExactly("2021-02-18", "2021-06-26", "2021-07-19",
                "2021-09-25", "2021-11-03", "2021-11-13", "2021-11-28", "2022-02-15");
    }

    @Test
    void no_day_from_the_criteria_to_the_lapse_is_refused_and_only_before_and_after_them_is_a_period_without() {
        // given the first day of the criteria and the last day before the advice lapsed
        LocalDate first = LocalDate.of(2021, 2, 18);
        LocalDate last = LocalDate.of(2022, 3, 14);

        // when every day between is decided, then none is refused
        List<LocalDate> refused = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate d = day;
            if (ADVISOR.ruleSets().stream().noneMatch(v -> v.covers(d))) {
                refused.add(d);
            }
        }
        assertThat(refused).isEmpty();
        // and the periods without a version are only «before 18 February 2021» and «from 15 March 2022»
        assertThat(ADVISOR.periodsWithoutRuleSet()).extracting(NoRuleSetPeriod::from, NoRuleSetPeriod::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, first.minusDays(1)),
                        org.assertj.core.groups.Tuple.tuple(last.plusDays(1), null));
    }

    @Test
    void changing_one_byte_of_a_rule_file_changes_that_versions_fingerprint_and_a_pinned_advisor_refuses_to_start()
            throws Exception {
        // given the fingerprints of the rules as built
        String pinned = fingerprint(ADVISOR, "2021-02-18");
        String unrelated = fingerprint(ADVISOR, "2021-09-25");

        // when one byte of that version's own phase rules changes
        ClassLoader tampered = tamperedRules("nl/thuiswerk/rules/v2021_02_18/phase.drl",
                drl -> drl.replaceFirst("share in force", "share in forcE"));
        Object changed = build(tampered, null, null);

        // then its fingerprint changes and only its own
        assertThat(fingerprint(changed, "2021-02-18")).isNotEqualTo(pinned);
        assertThat(fingerprint(changed, "2021-09-25")).isEqualTo(unrelated);
        Throwable refused = startFails(tampered, "2021-02-18", pinned);
        assertThat(refused.getClass().getSimpleName()).isEqualTo("RuleSetIntegrityException");
        assertThat(refused.getMessage()).contains("2021-02-18").contains(pinned);
        // and an advisor pinned to another, untouched version still starts
        assertThat(build(tampered, "2021-09-25", unrelated)).isNotNull();
    }

    @Test
    void a_change_to_the_shared_criteria_changes_every_versions_fingerprint() throws Exception {
        ClassLoader tampered = tamperedRules("nl/thuiswerk/rules/criteria/criteria.json",
                json -> json.replace("door de aard van het werk", "door de aard van het werk "));
        Object changed = build(tampered, null, null);

        for (RuleSetInfo v : ADVISOR.ruleSets()) {
            assertThat(fingerprint(changed, v.id())).as(v.id()).isNotEqualTo(v.fingerprint());
        }
    }

    @Test
    void a_day_between_versions_that_no_period_declares_refuses_to_start() throws Exception {
        // given a version that starts a day late, so 19 July 2021 has neither a version nor a declared reason
        ClassLoader tampered = tamperedRules("nl/thuiswerk/rules/v2021_07_19/ruleset.json",
                json -> json.replace("\"validFrom\": \"2021-07-19\"", "\"validFrom\": \"2021-07-20\""));

        Throwable refused = startFails(tampered, null, null);

        assertThat(refused.getMessage()).contains("2021-07-19").contains("no declared reason")
                .contains("2021-06-26").contains("2021-07-19");
    }

    @Test
    void evidence_that_names_a_source_the_version_does_not_cite_refuses_to_start() throws Exception {
        // given the date of 28 November 2021 said to rest on the government's page of 12 November 2021, which that
        // version does not cite
        ClassLoader tampered = tamperedRules("nl/thuiswerk/rules/v2021_11_28/ruleset.json",
                json -> json.replace("\"source\": \"GOV-2021-11-26\"", "\"source\": \"GOV-2021-11-12\""));

        Throwable refused = startFails(tampered, null, null);

        assertThat(refused.getMessage()).contains("v2021_11_28/ruleset.json").contains("evidence.date.source")
                .contains("GOV-2021-11-26");
    }

    @Test
    void evidence_of_a_level_other_than_primary_or_secondary_refuses_to_start() throws Exception {
        ClassLoader tampered = tamperedRules("nl/thuiswerk/rules/v2021_06_26/ruleset.json",
                json -> json.replace("\"level\": \"SECONDARY\"", "\"level\": \"HEARSAY\""));

        Throwable refused = startFails(tampered, null, null);

        assertThat(refused.getMessage()).contains("evidence.wording.level must be PRIMARY or SECONDARY");
    }

    @Test
    void rules_found_twice_on_the_class_path_refuse_to_start_whichever_comes_first() throws Exception {
        // given a tampered copy of the rules, and the original rules behind it on the same class path
        URLClassLoader tampered = (URLClassLoader) tamperedRules("nl/thuiswerk/rules/v2021_02_18/phase.drl",
                drl -> drl.replace("no criterion applies", "no criterion applies!"));
        List<URL> urls = new ArrayList<>(List.of(tampered.getURLs()));
        urls.add(1, Path.of("target/classes").toUri().toURL());
        ClassLoader both = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());

        // when
        Throwable refused = startFails(both, null, null);

        // then
        assertThat(refused.getClass().getSimpleName()).isEqualTo("RuleSetIntegrityException");
        assertThat(refused.getMessage()).contains("2 copies of").contains("one thuiswerk-rules artefact");
    }

    // --- a copy of the built rules, edited, on a class loader of its own ------------------------------------

    private ClassLoader tamperedRules(String resource, UnaryOperator<String> edit) throws IOException {
        Path built = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(built)) {
            for (Path f : files.toList()) {
                Path target = copy.resolve(built.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        Path file = copy.resolve(resource);
        String before = Files.readString(file, StandardCharsets.UTF_8);
        String after = edit.apply(before);
        assertThat(after).as("the edit changes " + resource).isNotEqualTo(before);
        Files.writeString(file, after, StandardCharsets.UTF_8);
        List<URL> urls = new ArrayList<>();
        urls.add(copy.toUri().toURL());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath().normalize();
            if (!p.equals(built.toAbsolutePath().normalize()) && !p.endsWith(Path.of("target/test-classes"))) {
                urls.add(p.toUri().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static Object build(ClassLoader loader, String pinId, String pinFingerprint) throws Exception {
        Class<?> advisor = loader.loadClass("nl.thuiswerk.HomeWorkingAdvisor");
        Object builder = advisor.getMethod("builder").invoke(null);
        if (pinId != null) {
            builder = builder.getClass().getMethod("pin", String.class, String.class).invoke(builder, pinId, pinFingerprint);
        }
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static Throwable startFails(ClassLoader loader, String pinId, String pinFingerprint) throws Exception {
        try {
            build(loader, pinId, pinFingerprint);
        } catch (InvocationTargetException e) {
            return e.getCause();
        }
        throw new AssertionError("the advisor started");
    }

    @SuppressWarnings("unchecked")
    private static String fingerprint(Object advisor, String id) throws Exception {
        List<Object> sets = (List<Object>) advisor.getClass().getMethod("ruleSets").invoke(advisor);
        for (Object set : sets) {
            if (id.equals(set.getClass().getMethod("id").invoke(set))) {
                return (String) set.getClass().getMethod("fingerprint").invoke(set);
            }
        }
        throw new AssertionError("no rule set " + id);
    }
}
