package nl.thuiswerk.rules.requests;

import com.fasterxml.jackson.databind.JsonNode;
import nl.thuiswerk.Assessment;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.WorkplaceRequest;
import nl.thuiswerk.facts.requests.Employee;
import nl.thuiswerk.facts.requests.Period;
import nl.thuiswerk.json.ThuiswerkJson;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The drafted rules of the wfw-* versions against their metadata, the law texts, their texts and their design. */
class RequestRulesTest {

    private static final Path RESOURCES = Path.of("src/main/resources/nl/thuiswerk/rules");
    private static final Path SOURCES = Path.of("../docs/sources");
    /** The facts inserted before any rule fires: the only ones a rule may read under {@code not}. */
    private static final Set<String> INPUT_FACTS = Set.of("Submission", "Employee", "Employer", "EmployerDecision");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z]+}");

    private static JsonNode meta(String id) {
        return RequestRules.json(RequestRules.ROOT + "wfw/versions/" + id + ".json");
    }

    private static String normalised(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    /** Each rule of the DRL files of a version, with its metadata. */
    private static Map<String, RuleDescr> rules(JsonNode meta) throws Exception {
        Map<String, RuleDescr> rules = new LinkedHashMap<>();
        for (String f : List.of("wfw/common/request.drl", "wfw/kinds/" + meta.get("kind").asText() + "/version.drl")) {
            DrlParser parser = new DrlParser();
            PackageDescr pkg = parser.parse(false, Files.readString(RESOURCES.resolve(f)));
            assertThat(parser.hasErrors()).as(f + " " + parser.getErrors()).isFalse();
            pkg.getRules().forEach(r -> rules.put(r.getName(), r));
        }
        return rules;
    }

    private static String annotation(RuleDescr rule, String name) {
        var a = rule.getAnnotation(name);
        return a == null ? null : a.getSingleValueAsString().replace("\"", "").trim();
    }

    @Test
    void every_quote_is_verbatim_in_the_law_text_of_its_version_kept_in_docs_sources() throws Exception {
        for (String folder : List.of("wfw-2016-01-01", "wfw-2022-08-02")) {
            JsonNode meta = meta(folder);
            String date = meta.get("validFrom").asText();
            String law = normalised(Files.readString(SOURCES.resolve("wfw-" + date + ".txt")));
            for (JsonNode p : meta.get("provisions")) {
                assertThat(law).as(folder + " " + p.get("id").asText()).contains(normalised(p.get("quote").asText()));
                assertThat(p.get("url").asText()).as(p.get("id").asText())
                        .isEqualTo("https://wetten.overheid.nl/BWBR0011173/" + date + "#Artikel" + p.get("article").asText());
                String lid = p.get("lid").isNull() ? "" : "-lid" + p.get("lid").asText();
                assertThat(p.get("id").asText()).startsWith("art" + p.get("article").asText() + lid);
            }
            assertThat(law).contains(normalised(meta.at("/evidence/date/quote").asText()),
                    normalised(meta.at("/evidence/wording/quote").asText()));
        }
    }

    @Test
    void the_quotes_of_wfw_2022_08_02_are_unchanged_in_the_consolidation_of_2025_except_the_link_text_of_art_2a() throws Exception {
        String law2025 = normalised(Files.readString(SOURCES.resolve("wfw-2025-01-01.txt")));
        for (JsonNode p : meta("wfw-2022-08-02").get("provisions")) {
            boolean inText = law2025.contains(normalised(p.get("quote").asText()));
            assertThat(inText).as(p.get("id").asText()).isEqualTo(!p.get("article").asText().equals("2a"));
        }
        assertThat(law2025).contains("artikel 5:1, tweede lid van de Wet arbeid en zorg, die levensbedreigend ziek is");
    }

    @Test
    void the_renumbered_paragraphs_are_cited_per_version() {
        RequestRules rules = RequestRules.get();
        Map<String, String> lids2016 = new LinkedHashMap<>();
        Map<String, String> lids2022 = new LinkedHashMap<>();
        for (String code : List.of("EMPLOYER_UNDER_10", "DEVIATING_ARRANGEMENT", "WITHIN_A_YEAR_OF_LAST_DECISION",
                "DEADLINE_FIVE_WORKING_DAYS", "NO_CONSULTATION", "NO_WRITTEN_REASONS", "DECISION_NOT_IN_WRITING")) {
            lids2016.put(code, lid(rules.version("wfw-2016-01-01"), code));
            lids2022.put(code, lid(rules.version("wfw-2022-08-02"), code));
        }
        assertThat(lids2016).containsExactly(Map.entry("EMPLOYER_UNDER_10", "2 lid 16"),
                Map.entry("DEVIATING_ARRANGEMENT", "2 lid 15"), Map.entry("WITHIN_A_YEAR_OF_LAST_DECISION", "2 lid 3"),
                Map.entry("DEADLINE_FIVE_WORKING_DAYS", "2 lid 12"), Map.entry("NO_CONSULTATION", "2 lid 6"),
                Map.entry("NO_WRITTEN_REASONS", "2 lid 8"), Map.entry("DECISION_NOT_IN_WRITING", "2 lid 8"));
        assertThat(lids2022).containsExactly(Map.entry("EMPLOYER_UNDER_10", "2 lid 18"),
                Map.entry("DEVIATING_ARRANGEMENT", "2 lid 17"), Map.entry("WITHIN_A_YEAR_OF_LAST_DECISION", "2 lid 3"),
                Map.entry("DEADLINE_FIVE_WORKING_DAYS", "2 lid 12"), Map.entry("NO_CONSULTATION", "2 lid 6"),
                Map.entry("NO_WRITTEN_REASONS", "2 lid 8"), Map.entry("DECISION_NOT_IN_WRITING", "2 lid 8"));
        assertThat(lid(rules.version("wfw-2022-08-02"), "RIGHT_TO_RETURN")).isEqualTo("2 lid 15");
        assertThat(lid(rules.version("wfw-2022-08-02"), "ART_2A")).isEqualTo("2a lid 1");
        assertThat(lid(rules.version("wfw-2022-08-02"), "PROTECTION_AGAINST_DISADVANTAGE")).isEqualTo("3a lid null");
        assertThat(rules.version("wfw-2016-01-01").codes()).doesNotContainKeys("ART_2A", "RIGHT_TO_RETURN",
                "PROTECTION_AGAINST_DISADVANTAGE");
    }

    private static String lid(RequestRules.Version v, String code) {
        var s = v.provisions().get(v.codes().get(code).provision()).source();
        return s.article() + " lid " + s.lid();
    }

    @Test
    void every_rule_has_a_code_of_its_version_and_cites_that_codes_provision_and_every_code_has_a_rule() throws Exception {
        for (String folder : List.of("wfw-2016-01-01", "wfw-2022-08-02")) {
            JsonNode meta = meta(folder);
            Map<String, String> provisionOf = new LinkedHashMap<>();
            meta.get("codes").forEach(c -> provisionOf.put(c.get("code").asText(), c.get("source").asText()));
            Set<String> provisions = new TreeSet<>();
            meta.get("provisions").forEach(p -> provisions.add(p.get("id").asText()));
            Set<String> covered = new TreeSet<>();
            for (RuleDescr rule : rules(meta).values()) {
                String code = annotation(rule, "code");
                assertThat(provisionOf).as(rule.getName()).containsKey(code);
                assertThat(annotation(rule, "source")).as(rule.getName()).isEqualTo(provisionOf.get(code));
                covered.add(code);
            }
            assertThat(covered).as(folder).isEqualTo(provisionOf.keySet());
            assertThat(provisions).as(folder + ": every provision is cited").isEqualTo(new TreeSet<>(provisionOf.values()));
        }
    }

    @Test
    void the_rules_are_stratified_without_salience_agenda_groups_or_truth_maintenance() throws Exception {
        Set<String> negatedAnywhere = new TreeSet<>();
        for (String folder : List.of("wfw-2016-01-01", "wfw-2022-08-02")) {
            for (RuleDescr rule : rules(meta(folder)).values()) {
                // given the conditions it negates and what it does
                List<String> negated = new ArrayList<>();
                negatedTypes(rule.getLhs(), false, negated);
                negatedAnywhere.addAll(negated);
                String then = rule.getConsequence().toString();

                // then it negates only input facts, complete before any rule fires
                assertThat(negated).as(rule.getName()).allSatisfy(t -> assertThat(INPUT_FACTS).contains(t));
                assertThat(rule.getAttributes()).as(rule.getName()).doesNotContainKeys("salience", "agenda-group",
                        "ruleflow-group", "activation-group", "no-loop", "lock-on-active");
                assertThat(then).as(rule.getName()).doesNotContain("insertLogical", "modify", "retract", "delete(",
                        "update(");
            }
        }
        assertThat(negatedAnywhere).as("the absence of a decision is read under not").containsExactly("EmployerDecision");
    }

    private static void negatedTypes(BaseDescr d, boolean underNot, List<String> out) {
        if (d instanceof PatternDescr p) {
            if (underNot) {
                out.add(p.getObjectType());
            }
            return;
        }
        if (d instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                negatedTypes(child, underNot || d instanceof NotDescr, out);
            }
        }
    }

    @Test
    void every_code_and_assumption_has_a_dutch_and_an_english_text_with_the_same_placeholders() throws Exception {
        Properties nl = texts("nl");
        Properties en = texts("en");
        Set<String> keys = new TreeSet<>();
        for (RequestRules.Version v : RequestRules.get().versions()) {
            keys.addAll(v.codes().keySet());
            v.assumptions().forEach(a -> keys.add("assumption." + a));
        }
        for (String key : List.of("lastDayToSubmit", "tenureReached", "firstPossibleStart", "nextRequestFrom",
                "decisionDeadline", "grantedByLawFrom")) {
            keys.add("keyDate." + key);
        }
        assertThat(nl.stringPropertyNames()).isEqualTo(keys);
        assertThat(en.stringPropertyNames()).isEqualTo(keys);
        for (String key : keys) {
            assertThat(placeholders(nl.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
            assertThat(nl.getProperty(key)).as(key).isNotBlank();
            assertThat(en.getProperty(key)).as(key).isNotBlank();
        }
    }

    private static Properties texts(String lang) throws Exception {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve("wfw/texts_" + lang + ".properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void the_versions_follow_one_another_without_a_gap_from_2016_and_the_last_is_open_ended() {
        List<RequestRules.Version> versions = RequestRules.get().versions();
        assertThat(versions).extracting(RequestRules.Version::id).containsExactly("wfw-2016-01-01", "wfw-2022-08-02");
        assertThat(versions.get(0).validFrom()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(versions.get(0).validTo().plusDays(1)).isEqualTo(versions.get(1).validFrom());
        assertThat(versions.get(1).validTo()).isNull();
        assertThat(versions.get(1).covers(LocalDate.of(2999, 12, 31))).isTrue();
    }

    private static WorkplaceRequest submittedOn(LocalDate day) {
        return new WorkplaceRequest("r", day, true, day.plusMonths(3), null, "Home", null,
                new WorkplaceRequest.Employee(List.of(new WorkplaceRequest.EmploymentPeriod(day.minusYears(2), null)),
                        null, null), new WorkplaceRequest.Employer(50, null), null, null, day);
    }

    @Test
    void a_request_submitted_today_is_assessed_by_wfw_2022_08_02() {
        assertThat(RequestRules.get().run(submittedOn(LocalDate.now())).version().id()).isEqualTo("wfw-2022-08-02");
    }

    @Test
    void a_request_submitted_before_2016_has_no_rule_set_in_force_naming_the_wet_aanpassing_arbeidsduur() {
        DecisionException e = catchThrowableOfType(DecisionException.class,
                () -> RequestRules.get().run(submittedOn(LocalDate.of(2015, 12, 31))));

        assertThat(e.code()).isEqualTo(ErrorCode.NO_RULESET_IN_FORCE);
        assertThat(e.getMessage()).contains("Wet aanpassing arbeidsduur").contains("2015-12-31");
        assertThat(RequestRules.get().run(submittedOn(LocalDate.of(2016, 1, 1))).version().id())
                .isEqualTo("wfw-2016-01-01");
    }

    @Test
    void the_engine_of_the_criteria_does_not_load_the_request_versions() {
        assertThat(HomeWorkingAdvisor.create().ruleSets()).extracting(RuleSetInfo::id)
                .noneMatch(id -> id.startsWith("wfw"));
    }

    @Test
    void the_same_request_gives_the_same_assessment_bytes_and_the_version_cites_the_law() throws Exception {
        String line = Files.readAllLines(Path.of("../examples/requests/requests.jsonl")).get(3);
        WorkplaceRequest r = ThuiswerkJson.readRequest(line);

        String first = ThuiswerkJson.write(RequestRules.get().assess(r, Locale.ENGLISH));
        String again = ThuiswerkJson.write(RequestRules.get().assess(ThuiswerkJson.readRequest(line), Locale.ENGLISH));
        Assessment dutch = RequestRules.get().assess(r, Locale.forLanguageTag("nl"));

        assertThat(again).isEqualTo(first);
        assertThat(first).contains("\"status\":\"DECIDED\"", "\"decisionDeadline\":\"2026-10-02\"",
                "\"code\":\"NO_WRITTEN_REASONS\"", "\"lid\":\"8\"", "\"validTo\":null",
                "https://wetten.overheid.nl/BWBR0011173/2022-08-02#Artikel2");
        assertThat(dutch.defects().get(0).text()).startsWith("De werkgever heeft afgewezen");
        assertThat(dutch.assumptions()).extracting(a -> a.path()).containsExactly("unforeseenCircumstances",
                "employee.parentOfChildUnder8", "employee.caregiver", "employer.deviatingArrangement");
    }

    @Test
    void no_record_and_no_fact_shows_the_circumstances_of_article_2a() {
        WorkplaceRequest.Employee employee = new WorkplaceRequest.Employee(
                List.of(new WorkplaceRequest.EmploymentPeriod(LocalDate.of(2020, 1, 1), null)), true, true);
        WorkplaceRequest request = new WorkplaceRequest("p", LocalDate.of(2026, 1, 5), true, LocalDate.of(2026, 3, 5),
                null, "Home", null, employee, new WorkplaceRequest.Employer(5, null), null, null, LocalDate.of(2026, 1, 5));
        Employee fact = new Employee(List.of(new Period(LocalDate.of(2020, 1, 1), null)), true, true);

        for (String shown : List.of(employee.toString(), request.toString(), fact.toString(),
                RequestRules.facts(request).toString())) {
            assertThat(shown).doesNotContain("parentOfChildUnder8=true", "caregiver=true", "parentOfChildUnder8=false",
                    "caregiver=false").contains("parentOfChildUnder8=<not shown>", "caregiver=<not shown>");
        }
    }
}
