package nl.thuiswerk.rules;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.NoRuleSetPeriod;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.internal.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules a user runs are the rules that were pinned, and the timeline of versions has no undeclared holes.
 * Edits are made to a copy of the built rules, loaded by a class loader of their own, as a tampered artefact would
 * be: packed as a jar (what users run; the jar is built here from {@code target/classes}, as the module's own jar
 * is only packaged after its tests) or left as a directory (what a build and an IDE run).
 */
class IntegrityTest {

    private static final HomeWorkingAdvisor ADVISOR = HomeWorkingAdvisor.create();
    private static final Path BUILT = Path.of("target/classes");
    private static final String RULES = "nl/thuiswerk/rules/";
    /** Decided under 2021-11-03, «at least half at home»: nothing needs the site, so the half of the advice applies. */
    private static final String HALF = "{\"caseId\":\"half\",\"referenceDate\":\"2021-11-05\","
            + "\"job\":{\"tasks\":[{\"name\":\"Analysis\",\"hoursPerWeek\":36}]}}";

    /** How the copy of the rules reaches the class loader. */
    enum Layout { JAR, DIRECTORY }

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
    void the_same_rules_in_a_jar_give_the_same_fingerprints_as_in_the_build_directory() throws Exception {
        // given the built rules, packed into a jar unchanged
        ClassLoader jar = tampered(Layout.JAR, Map.of());

        // when an advisor reads them from the jar
        Object fromJar = build(jar, Map.of());

        // then every fingerprint is the one the build directory gives: the listing of a jar and of a directory
        // find the same files
        for (RuleSetInfo v : ADVISOR.ruleSets()) {
            assertThat(fingerprint(fromJar, v.id())).as(v.id()).isEqualTo(v.fingerprint());
        }
        assertThat(catalogue(fromJar)).isEqualTo(ADVISOR.catalogueFingerprint()).matches("sha256:[0-9a-f]{64}");
    }

    // --- (a) a compiled class of a kind's package ----------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Layout.class)
    void a_changed_string_in_a_compiled_rule_changes_the_decision_and_a_pinned_advisor_refuses_to_start(Layout layout)
            throws Exception {
        // given the genuine fingerprints, and the genuine reason: the half of the advice applies
        String genuine = fingerprint(ADVISOR, "2021-11-03");
        String phaseRule = "so the half of the advice applies";
        assertThat(phaseReasonRule(HomeWorkingAdvisor.class.getClassLoader())).endsWith(phaseRule);

        // when one letter of that rule's name changes in the class compiled from the kind's DRL: the class still
        // valid, the DRL beside it untouched
        String ruleMethods = classFile("kinds/at_most_half", "RuleMethods0.class", phaseRule);
        ClassLoader tampered = tampered(layout, Map.of(ruleMethods,
                bytes -> replaceOnce(bytes, ascii(phaseRule), ascii(phaseRule.replace("half of", "Half of")))));

        // then an advisor without a pin runs the changed class (which is why the classes must be covered) ...
        assertThat(phaseReasonRule(tampered)).endsWith("so the Half of the advice applies");
        Object unpinned = build(tampered, Map.of());
        // ... under fingerprints that are not the genuine ones for the versions of that kind, and only for them
        for (RuleSetInfo v : ADVISOR.ruleSets()) {
            boolean ofTheKind = List.of("2021-06-26", "2021-11-03", "2022-02-15").contains(v.id());
            assertThat(fingerprint(unpinned, v.id()).equals(v.fingerprint())).as(v.id()).isNotEqualTo(ofTheKind);
        }
        // and an advisor pinned to the genuine fingerprint refuses to start, naming the version and the pin
        Throwable refused = startFails(tampered, Map.of("2021-11-03", genuine));
        assertThat(refused.getClass().getSimpleName()).isEqualTo("RuleSetIntegrityException");
        assertThat(refused.getMessage()).contains("rule set 2021-11-03").contains(genuine);
    }

    @Test
    void a_class_added_to_a_versions_package_changes_its_fingerprint() throws Exception {
        // given a class the metadata does not name, dropped into the package of a version's kind
        ClassLoader tampered = tampered(Layout.JAR, Map.of(RULES + "kinds/at_most_half/P00/Extra.class",
                absent -> new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}));

        // then the version's fingerprint changes: the files of a package are listed, not named in advance
        assertThat(fingerprint(build(tampered, Map.of()), "2022-02-15"))
                .isNotEqualTo(fingerprint(ADVISOR, "2022-02-15"));
    }

    // --- (b) a class of the shared criteria ----------------------------------------------------------------

    @Test
    void a_changed_class_of_the_shared_criteria_changes_every_versions_fingerprint() throws Exception {
        // given one letter of a rule's name changed in the compiled criteria
        String ruleMethods = classFile("criteria", "RuleMethods0.class", "Nature of work");
        ClassLoader tampered = tampered(Layout.JAR, Map.of(ruleMethods,
                bytes -> replaceOnce(bytes, ascii("Nature of work"), ascii("Nature of Work"))));

        // then every version's fingerprint changes, and a pinned advisor refuses to start
        assertEveryVersionChangedAndPinsRefused(tampered);
    }

    // --- (c) a DRL -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Layout.class)
    void changing_one_byte_of_a_kinds_drl_changes_its_versions_fingerprints_and_a_pinned_advisor_refuses_to_start(
            Layout layout) throws Exception {
        // given the fingerprints of the rules as built
        String pinned = fingerprint(ADVISOR, "2021-02-18");
        String unrelated = fingerprint(ADVISOR, "2021-09-25");

        // when one byte of the phase rules of that version's kind («tenzij») changes
        ClassLoader tampered = tampered(layout, Map.of(RULES + "kinds/unless/phase.drl",
                text(drl -> drl.replaceFirst("share in force", "share in forcE"))));
        Object changed = build(tampered, Map.of());

        // then its fingerprint changes, as every version's of that kind, and no other
        for (RuleSetInfo v : ADVISOR.ruleSets()) {
            boolean ofTheKind = List.of("2021-02-18", "2021-07-19", "2021-11-13", "2021-11-28").contains(v.id());
            assertThat(fingerprint(changed, v.id()).equals(v.fingerprint())).as(v.id()).isNotEqualTo(ofTheKind);
        }
        assertThat(fingerprint(changed, "2021-02-18")).isNotEqualTo(pinned);
        assertThat(fingerprint(changed, "2021-09-25")).isEqualTo(unrelated);
        Throwable refused = startFails(tampered, Map.of("2021-02-18", pinned));
        assertThat(refused.getClass().getSimpleName()).isEqualTo("RuleSetIntegrityException");
        assertThat(refused.getMessage()).contains("2021-02-18").contains(pinned);
        // and an advisor pinned to another, untouched version still starts
        assertThat(build(tampered, Map.of("2021-09-25", unrelated))).isNotNull();
    }

    // --- (d) a metadata file -------------------------------------------------------------------------------

    @Test
    void changing_one_byte_of_a_versions_metadata_changes_its_fingerprint_and_a_pinned_advisor_refuses_to_start()
            throws Exception {
        ClassLoader tampered = tampered(Layout.JAR, Map.of(RULES + "versions/2021-11-03.json",
                text(json -> json.replace("\"title\": \"Werk minstens de helft van de tijd thuis\"",
                        "\"title\": \"Werk minstens de helft van de tijd Thuis\""))));

        assertThat(fingerprint(build(tampered, Map.of()), "2021-11-03")).isNotEqualTo(fingerprint(ADVISOR, "2021-11-03"));
        Throwable refused = startFails(tampered, Map.of("2021-11-03", fingerprint(ADVISOR, "2021-11-03")));
        assertThat(refused.getClass().getSimpleName()).isEqualTo("RuleSetIntegrityException");
        assertThat(refused.getMessage()).contains("rule set 2021-11-03");
    }

    @Test
    void a_change_to_the_shared_criterias_metadata_changes_every_versions_fingerprint() throws Exception {
        ClassLoader tampered = tampered(Layout.JAR, Map.of(RULES + "criteria/criteria.json",
                text(json -> json.replace("door de aard van het werk", "door de aard van het werk "))));

        assertEveryVersionChangedAndPinsRefused(tampered);
    }

    // --- (e) a text ----------------------------------------------------------------------------------------

    @Test
    void changing_one_byte_of_the_texts_changes_every_versions_fingerprint_and_pinned_advisors_refuse_to_start()
            throws Exception {
        // the reasons are worded from these files, so a decision's text depends on them as on its rules
        for (Map.Entry<String, String> and : Map.of("texts_en.properties", "and", "texts_nl.properties", "en").entrySet()) {
            String line = "\nlist.and=" + and.getValue() + "\n";
            ClassLoader tampered = tampered(Layout.JAR, Map.of(RULES + and.getKey(),
                    bytes -> replaceOnce(bytes, ascii(line), ascii(line.replace("=", "=&").substring(0, line.length())))));

            assertEveryVersionChangedAndPinsRefused(tampered);
        }
    }

    // --- (f) the catalogue ---------------------------------------------------------------------------------

    @Test
    void removing_the_last_version_from_the_catalogue_is_refused_by_an_advisor_pinned_to_the_catalogue()
            throws Exception {
        // given the catalogue without its last version's file: the versions left are intact, so their pins still hold
        ClassLoader tampered = tampered(Layout.JAR, Map.of(RULES + "versions/2022-02-15.json", removed -> null));
        Object unpinned = build(tampered, Map.of());
        assertThat(ruleSetIds(unpinned)).doesNotContain("2022-02-15");
        Map<String, String> everyVersion = new LinkedHashMap<>();
        ruleSetIds(unpinned).forEach(id -> everyVersion.put(id, fingerprint(ADVISOR, id)));
        assertThat(build(tampered, everyVersion)).isNotNull();

        // when the catalogue is pinned too
        Map<String, String> withCatalogue = new LinkedHashMap<>(everyVersion);
        withCatalogue.put(HomeWorkingAdvisor.CATALOGUE, ADVISOR.catalogueFingerprint());
        Throwable refused = startFails(tampered, withCatalogue);

        // then the advisor refuses to start, naming the catalogue and its pinned fingerprint
        assertThat(refused.getClass().getSimpleName()).isEqualTo("RuleSetIntegrityException");
        assertThat(refused.getMessage()).startsWith("the catalogue of rule sets does not match")
                .contains(ADVISOR.catalogueFingerprint());
    }

    @Test
    void removing_a_version_between_two_others_is_refused_as_a_changed_catalogue_before_its_gap_is_found()
            throws Exception {
        ClassLoader tampered = tampered(Layout.JAR, Map.of(RULES + "versions/2021-11-03.json", removed -> null));

        Throwable pinned = startFails(tampered, Map.of(HomeWorkingAdvisor.CATALOGUE, ADVISOR.catalogueFingerprint()));
        Throwable unpinned = startFails(tampered, Map.of());

        assertThat(pinned.getClass().getSimpleName()).isEqualTo("RuleSetIntegrityException");
        assertThat(pinned.getMessage()).contains("catalogue");
        assertThat(unpinned.getMessage()).contains("no declared reason");
    }

    @Test
    void rewriting_the_reason_of_a_period_without_rule_set_is_refused_by_an_advisor_pinned_to_the_catalogue()
            throws Exception {
        // given the reason of the lapse with one letter changed: no version's files changed
        ClassLoader tampered = tampered(Layout.JAR, Map.of(RULES + "periods.json",
                text(json -> json.replace("the home-working advice lapsed", "the home-working advice Lapsed"))));
        Object unpinned = build(tampered, Map.of());
        for (RuleSetInfo v : ADVISOR.ruleSets()) {
            assertThat(fingerprint(unpinned, v.id())).as(v.id()).isEqualTo(v.fingerprint());
        }

        // then only the catalogue's fingerprint tells, and a pin of it refuses to start
        assertThat(catalogue(unpinned)).isNotEqualTo(ADVISOR.catalogueFingerprint());
        Throwable refused = startFails(tampered, Map.of(HomeWorkingAdvisor.CATALOGUE, ADVISOR.catalogueFingerprint()));
        assertThat(refused.getClass().getSimpleName()).isEqualTo("RuleSetIntegrityException");
        assertThat(refused.getMessage()).contains("catalogue").contains(ADVISOR.catalogueFingerprint());
    }

    @Test
    void changing_the_trace_shown_to_auditors_changes_the_catalogues_fingerprint() throws Exception {
        ClassLoader tampered = tampered(Layout.JAR, Map.of(RULES + "trace.json",
                bytes -> replaceOnce(bytes, ascii("\"2021-02-18\""), ascii("\"2021-02-19\""))));

        assertThat(catalogue(build(tampered, Map.of()))).isNotEqualTo(ADVISOR.catalogueFingerprint());
        assertThat(startFails(tampered, Map.of(HomeWorkingAdvisor.CATALOGUE, ADVISOR.catalogueFingerprint()))
                .getClass().getSimpleName()).isEqualTo("RuleSetIntegrityException");
    }

    @Test
    void the_genuine_catalogue_fingerprint_starts_an_advisor_and_a_wrong_one_is_named_beside_a_wrong_version() {
        // given the genuine catalogue and every genuine version pinned
        HomeWorkingAdvisor.Builder all = HomeWorkingAdvisor.builder().pin(HomeWorkingAdvisor.CATALOGUE,
                ADVISOR.catalogueFingerprint());
        ADVISOR.ruleSets().forEach(v -> all.pin(v.id(), v.fingerprint()));
        assertThat(all.build().catalogueFingerprint()).isEqualTo(ADVISOR.catalogueFingerprint());

        // when both the catalogue and a version are pinned wrongly, then the refusal names both
        String wrong = "sha256:" + "0".repeat(64);
        assertThatThrownBy(() -> HomeWorkingAdvisor.builder().pin("2021-02-18", wrong)
                .pin(HomeWorkingAdvisor.CATALOGUE, wrong).build())
                .isInstanceOf(nl.thuiswerk.RuleSetIntegrityException.class)
                .hasMessageContaining("rule set 2021-02-18 does not match")
                .hasMessageContaining("the catalogue of rule sets does not match");
    }

    // --- what else must hold ------------------------------------------------------------------------------

    @Test
    void rules_that_cannot_be_read_under_a_pin_are_refused_as_not_the_ones_pinned() throws Exception {
        ClassLoader tampered = tampered(Layout.JAR, Map.of(RULES + "versions/2021-11-03.json",
                text(json -> json.replace("\"parameters\"", "\"parameters\" ]"))));

        Throwable refused = startFails(tampered, Map.of(HomeWorkingAdvisor.CATALOGUE, ADVISOR.catalogueFingerprint()));

        assertThat(refused.getClass().getSimpleName()).isEqualTo("RuleSetIntegrityException");
        assertThat(refused.getMessage()).contains("cannot be checked").contains(HomeWorkingAdvisor.CATALOGUE);
    }

    @Test
    void a_day_between_versions_that_no_period_declares_refuses_to_start() throws Exception {
        // given a version that starts a day late, so 19 July 2021 has neither a version nor a declared reason
        ClassLoader tampered = tampered(Layout.DIRECTORY, Map.of(RULES + "versions/2021-07-19.json",
                text(json -> json.replace("\"validFrom\": \"2021-07-19\"", "\"validFrom\": \"2021-07-20\""))));

        Throwable refused = startFails(tampered, Map.of());

        assertThat(refused.getMessage()).contains("2021-07-19").contains("no declared reason")
                .contains("2021-06-26").contains("2021-07-19");
    }

    @Test
    void evidence_that_names_a_source_the_version_does_not_cite_refuses_to_start() throws Exception {
        // given the date of 28 November 2021 said to rest on the government's page of 12 November 2021, which that
        // version does not cite
        ClassLoader tampered = tampered(Layout.DIRECTORY, Map.of(RULES + "versions/2021-11-28.json",
                text(json -> json.replace("\"source\": \"GOV-2021-11-26\"", "\"source\": \"GOV-2021-11-12\""))));

        Throwable refused = startFails(tampered, Map.of());

        assertThat(refused.getMessage()).contains("versions/2021-11-28.json").contains("evidence.date.source")
                .contains("GOV-2021-11-26");
    }

    @Test
    void evidence_of_a_level_other_than_primary_or_secondary_refuses_to_start() throws Exception {
        ClassLoader tampered = tampered(Layout.DIRECTORY, Map.of(RULES + "versions/2021-06-26.json",
                text(json -> json.replace("\"level\": \"SECONDARY\"", "\"level\": \"HEARSAY\""))));

        Throwable refused = startFails(tampered, Map.of());

        assertThat(refused.getMessage()).contains("evidence.wording.level must be PRIMARY or SECONDARY");
    }

    @Test
    void rules_found_twice_on_the_class_path_refuse_to_start_whichever_comes_first() throws Exception {
        // given a tampered copy of the rules, and the original rules behind it on the same class path
        URLClassLoader tampered = (URLClassLoader) tampered(Layout.DIRECTORY, Map.of(RULES + "kinds/unless/phase.drl",
                text(drl -> drl.replace("no criterion applies", "no criterion applies!"))));
        List<URL> urls = new ArrayList<>(List.of(tampered.getURLs()));
        urls.add(1, BUILT.toUri().toURL());
        ClassLoader both = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());

        // when
        Throwable refused = startFails(both, Map.of());

        // then
        assertThat(refused.getClass().getSimpleName()).isEqualTo("RuleSetIntegrityException");
        assertThat(refused.getMessage()).contains("2 copies of").contains("one thuiswerk-rules artefact");
    }

    @Test
    void rules_reached_through_a_url_whose_files_cannot_be_listed_are_refused_rather_than_fingerprinted_in_part() {
        // given a class loader that serves the rules through a URL scheme that is neither a jar nor a directory
        ClassLoader opaque = new OpaqueRulesLoader(IntegrityTest.class.getClassLoader());

        // then loading refuses, saying why, instead of fingerprinting only the files it could name
        assertThatThrownBy(() -> Engine.load(opaque, Map.of(), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot list the files of the rules artefact at opaque:");
    }

    @Test
    void the_generated_classes_are_named_reproducibly_so_a_rebuild_of_the_same_source_gives_the_same_fingerprints()
            throws Exception {
        // Drools names a package's model class Rules + a UUID: random for a snapshot, unless the KIE plugin runs
        // with drools.reproducibleExecutableModelGeneration; then md5(releaseId + package), releaseId being
        // groupId:artifactId:packaging:version (PackageModel.getPkgUUID, StringUtils.md5Hash: upper-case hex)
        String releaseId = "nl.thuiswerk:thuiswerk-rules:kjar:" + HomeWorkingAdvisor.libraryVersion();
        List<String> models = Files.readAllLines(BUILT.resolve("META-INF/kie/nl.thuiswerk/thuiswerk-rules/drools-model"))
                .stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version")).toList();

        Map<String, String> byPackage = new TreeMap<>();
        for (String model : models) {
            String pkg = model.substring(0, model.lastIndexOf('.'));
            byPackage.put(pkg, model.substring(pkg.length() + 1));
        }
        java.util.Set<String> declared = new java.util.TreeSet<>();
        for (var version : RuleSources.versions()) {
            declared.addAll(RuleSources.packageNames(version));
        }
        for (var version : RequestTrace.versions()) {
            declared.add("nl.thuiswerk.rules.wfw.common");
            declared.add("nl.thuiswerk.rules.wfw.kinds." + version.get("kind").asText());
        }
        // and the delegation, which every employer's policy decides with (docs/policies.md)
        declared.add("nl.thuiswerk.rules.policy");
        assertThat(byPackage.keySet()).as("one model class per rule package the versions of both domains and the policies declare")
                .isEqualTo(declared);
        for (Map.Entry<String, String> e : byPackage.entrySet()) {
            String md5 = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5")
                    .digest((releaseId + e.getKey()).getBytes(StandardCharsets.UTF_8)));
            assertThat(e.getValue()).as(e.getKey()).isEqualTo("Rules" + md5);
        }
    }

    // --- a copy of the built rules, edited, on a class loader of its own ------------------------------------

    /**
     * The built rules with some files changed, packed as the layout says, on a class loader with the rest of the
     * test's class path (the thuiswerk-core and Drools classes) but not the original rules.
     *
     * @param edits path → new bytes from the old (null when the file is absent; null to remove it)
     */
    private ClassLoader tampered(Layout layout, Map<String, UnaryOperator<byte[]>> edits) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> tree = Files.walk(BUILT)) {
            for (Path f : tree.filter(Files::isRegularFile).toList()) {
                files.put(BUILT.relativize(f).toString().replace(File.separatorChar, '/'), Files.readAllBytes(f));
            }
        }
        for (Map.Entry<String, UnaryOperator<byte[]>> edit : edits.entrySet()) {
            byte[] before = files.get(edit.getKey());
            byte[] after = edit.getValue().apply(before == null ? null : before.clone());
            assertThat(after).as("the edit changes " + edit.getKey()).isNotEqualTo(before);
            if (after == null) {
                files.remove(edit.getKey());
            } else {
                files.put(edit.getKey(), after);
            }
        }
        Path rules = layout == Layout.JAR ? jar(files) : directory(files);
        List<URL> urls = new ArrayList<>();
        urls.add(rules.toUri().toURL());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath().normalize();
            if (!p.equals(BUILT.toAbsolutePath().normalize()) && !p.endsWith(Path.of("target/test-classes"))) {
                urls.add(p.toUri().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private Path jar(Map<String, byte[]> files) throws IOException {
        // a new file each time: a class loader keeps the jars it opened, and reads a rewritten one as garbage
        Path jar = Files.createTempFile(copy, "thuiswerk-rules", ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            List<String> directories = new ArrayList<>();
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                // directory entries as the jar plugin writes them; the rules must not depend on them either way
                String name = f.getKey();
                for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                    String directory = name.substring(0, slash + 1);
                    if (!directories.contains(directory)) {
                        directories.add(directory);
                        zip.putNextEntry(new JarEntry(directory));
                        zip.closeEntry();
                    }
                }
                zip.putNextEntry(new JarEntry(name));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return jar;
    }

    private Path directory(Map<String, byte[]> files) throws IOException {
        Path root = Files.createTempDirectory(copy, "classes");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path target = root.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
        return root;
    }

    private static UnaryOperator<byte[]> text(UnaryOperator<String> edit) {
        return bytes -> edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** A string constant as a class file's constant pool holds it: tag 1, a two-byte length, the bytes. */
    private static byte[] utf8Constant(String s) {
        byte[] text = ascii(s);
        byte[] constant = new byte[text.length + 3];
        constant[0] = 1;
        constant[1] = (byte) (text.length >> 8);
        constant[2] = (byte) text.length;
        System.arraycopy(text, 0, constant, 3, text.length);
        return constant;
    }

    /** The bytes with the one occurrence of {@code from} replaced by {@code to}, of the same length. */
    private static byte[] replaceOnce(byte[] bytes, byte[] from, byte[] to) {
        assertThat(to).hasSameSizeAs(from);
        int at = indexOf(bytes, from, 0);
        assertThat(at).as("the bytes to change are there").isNotNegative();
        assertThat(indexOf(bytes, from, at + 1)).as("the bytes to change are there once").isNegative();
        System.arraycopy(to, 0, bytes, at, to.length);
        return bytes;
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        outer:
        for (int i = from; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The one class file of a package whose name ends so and that holds the text. */
    private static String classFile(String folder, String suffix, String holding) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> tree = Files.walk(BUILT.resolve(RULES + folder))) {
            for (Path f : tree.filter(p -> p.getFileName().toString().endsWith(suffix)).toList()) {
                if (indexOf(Files.readAllBytes(f), ascii(holding), 0) >= 0) {
                    found.add(BUILT.relativize(f).toString().replace(File.separatorChar, '/'));
                }
            }
        }
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static void assertEveryVersionChangedAndPinsRefused(ClassLoader tampered) throws Exception {
        Object changed = build(tampered, Map.of());
        for (RuleSetInfo v : ADVISOR.ruleSets()) {
            assertThat(fingerprint(changed, v.id())).as(v.id()).isNotEqualTo(v.fingerprint());
            Throwable refused = startFails(tampered, Map.of(v.id(), v.fingerprint()));
            assertThat(refused.getClass().getSimpleName()).as(v.id()).isEqualTo("RuleSetIntegrityException");
            assertThat(refused.getMessage()).as(v.id()).contains("rule set " + v.id()).contains(v.fingerprint());
        }
        assertThat(startFails(tampered, Map.of(HomeWorkingAdvisor.CATALOGUE, ADVISOR.catalogueFingerprint()))
                .getMessage()).contains("catalogue");
    }

    private static Object build(ClassLoader loader, Map<String, String> pins) throws Exception {
        Class<?> advisor = loader.loadClass("nl.thuiswerk.HomeWorkingAdvisor");
        assertThat(advisor).as("the copy runs on its own class loader").isNotSameAs(HomeWorkingAdvisor.class);
        Object builder = advisor.getMethod("builder").invoke(null);
        for (Map.Entry<String, String> pin : pins.entrySet()) {
            builder = builder.getClass().getMethod("pin", String.class, String.class)
                    .invoke(builder, pin.getKey(), pin.getValue());
        }
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static Throwable startFails(ClassLoader loader, Map<String, String> pins) throws Exception {
        try {
            build(loader, pins);
        } catch (InvocationTargetException e) {
            return e.getCause();
        }
        throw new AssertionError("the advisor started");
    }

    /** The name of the rule behind the reason an advisor without a pin on the given class loader gives {@link #HALF}. */
    private static String phaseReasonRule(ClassLoader loader) throws Exception {
        Object advisor = loader == HomeWorkingAdvisor.class.getClassLoader() ? ADVISOR : build(loader, Map.of());
        Object aCase = loader.loadClass("nl.thuiswerk.json.ThuiswerkJson").getMethod("readCase", String.class)
                .invoke(null, HALF);
        // Drools finds its services through the context class loader, as a container that loads the copy sets it
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Object decision = advisor.getClass().getMethod("decide", aCase.getClass()).invoke(advisor, aCase);
            List<?> reasons = (List<?>) decision.getClass().getMethod("reasons").invoke(decision);
            Object reason = reasons.get(reasons.size() - 1);
            return (String) reason.getClass().getMethod("rule").invoke(reason);
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> ruleSetIds(Object advisor) throws Exception {
        List<String> ids = new ArrayList<>();
        for (Object set : (List<Object>) advisor.getClass().getMethod("ruleSets").invoke(advisor)) {
            ids.add((String) set.getClass().getMethod("id").invoke(set));
        }
        return ids;
    }

    private static String catalogue(Object advisor) throws Exception {
        return (String) advisor.getClass().getMethod("catalogueFingerprint").invoke(advisor);
    }

    @SuppressWarnings("unchecked")
    private static String fingerprint(Object advisor, String id) {
        try {
            List<Object> sets = (List<Object>) advisor.getClass().getMethod("ruleSets").invoke(advisor);
            for (Object set : sets) {
                if (id.equals(set.getClass().getMethod("id").invoke(set))) {
                    return (String) set.getClass().getMethod("fingerprint").invoke(set);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no rule set " + id);
    }

    /** Serves the rules' resources under {@code opaque:} URLs, as a class loader of an unknown container might. */
    private static final class OpaqueRulesLoader extends ClassLoader {

        private final ClassLoader real;

        OpaqueRulesLoader(ClassLoader real) {
            super(real);
            this.real = real;
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (!name.startsWith(RULES)) {
                return super.getResources(name);
            }
            List<URL> urls = new ArrayList<>();
            for (URL served : Collections.list(real.getResources(name))) {
                urls.add(new URL(null, "opaque:" + name, new URLStreamHandler() {
                    @Override
                    protected URLConnection openConnection(URL u) {
                        return new URLConnection(u) {
                            @Override
                            public void connect() {
                            }

                            @Override
                            public InputStream getInputStream() throws IOException {
                                return served.openStream();
                            }
                        };
                    }
                }));
            }
            return Collections.enumeration(urls);
        }
    }
}
