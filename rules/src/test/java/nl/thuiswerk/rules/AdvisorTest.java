package nl.thuiswerk.rules;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Job;
import nl.thuiswerk.Need;
import nl.thuiswerk.OccupationalPhysicianAdvice;
import nl.thuiswerk.OnSiteWorkplace;
import nl.thuiswerk.Outcome;
import nl.thuiswerk.Problem;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.RuleSetIntegrityException;
import nl.thuiswerk.Task;
import nl.thuiswerk.Worker;
import nl.thuiswerk.json.ThuiswerkJson;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AdvisorTest {

    private static final HomeWorkingAdvisor ADVISOR = HomeWorkingAdvisor.create();
    private static final LocalDate MARCH_2021 = LocalDate.of(2021, 3, 15);

    private static Case teacher(String id) {
        return new Case(id, MARCH_2021,
                Job.of("Teacher", Task.needing("Teaching in class", 24, Need.PHYSICAL_PRESENCE),
                        Task.atHome("Preparing lessons", 12)),
                null, new OnSiteWorkplace(true));
    }

    @Test
    void partly_on_site_when_two_thirds_of_the_hours_need_presence() {
        // given a teacher who teaches 24 of 36 hours in class
        Case aCase = teacher("t-1");

        // when
        Decision d = ADVISOR.decide(aCase, Locale.ENGLISH);

        // then
        assertThat(d.outcome()).isEqualTo(Outcome.PARTLY_ON_SITE);
        assertThat(d.maxOnSiteShare()).hasValue(0.6667);
        assertThat(d.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("NATURE_OF_WORK");
            assertThat(r.rule()).isNotBlank();
            assertThat(r.source().id()).isEqualTo("S1");
            assertThat(r.source().quote()).contains("door de aard van het werk");
            assertThat(r.facts().tasks()).containsExactly("Teaching in class");
            assertThat(r.facts().hoursPerWeek()).isEqualTo(24.0);
            assertThat(r.text()).contains("Teaching in class").contains("24 of 36");
        });
        assertThat(d.ruleSet().id()).isEqualTo("2021-02-18");
        assertThat(d.ruleSet().fingerprint()).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void the_same_case_gives_byte_identical_json_every_time_and_from_every_advisor() {
        // given
        Case aCase = new Case("same-1", MARCH_2021,
                Job.of("Lab", Task.needing("Lab work", 12.5, Need.PHYSICAL_PRESENCE, Need.LOCATION_BOUND_EQUIPMENT),
                        Task.needing("Dossiers", 7.25, Need.CONFIDENTIAL_INFORMATION), Task.atHome("Writing", 20)),
                new Worker(new OccupationalPhysicianAdvice(0.2), HomeWorkplace.INADEQUATE_REMEDIABLE), null);

        // when
        String first = ThuiswerkJson.write(ADVISOR.decide(aCase, Locale.ENGLISH));
        String second = ThuiswerkJson.write(ADVISOR.decide(aCase, Locale.ENGLISH));
        String otherAdvisor = ThuiswerkJson.write(HomeWorkingAdvisor.create().decide(aCase, Locale.ENGLISH));

        // then
        assertThat(second).isEqualTo(first);
        assertThat(otherAdvisor).isEqualTo(first);
        assertThat(first).contains("\"maxOnSiteShare\":0.4969");
    }

    @Test
    void dutch_and_english_decisions_differ_only_in_their_texts_and_the_language_they_record() {
        // given
        Case aCase = new Case("lang-1", MARCH_2021,
                Job.of("Nurse", Task.needing("Patient care", 32, Need.PHYSICAL_PRESENCE), Task.atHome("Notes", 4)),
                new Worker(null, HomeWorkplace.INADEQUATE_REMEDIABLE), null);

        // when
        String nl = ThuiswerkJson.write(ADVISOR.decide(aCase, Locale.forLanguageTag("nl")));
        String en = ThuiswerkJson.write(ADVISOR.decide(aCase, Locale.ENGLISH));

        // then
        assertThat(nl).isNotEqualTo(en);
        assertThat(withoutTexts(nl).replace("\"lang\":\"nl\"", "\"lang\":\"en\"")).isEqualTo(withoutTexts(en));
        assertThat(nl).contains("\"lang\":\"nl\"").contains("Door de aard van het werk");
        assertThat(en).contains("\"lang\":\"en\"");
        assertThat(en).contains("By the nature of the work");
    }

    static String withoutTexts(String json) {
        return json.replaceAll("\"text\":\"(?:[^\"\\\\]|\\\\.)*\"", "\"text\":\"\"");
    }

    @Test
    void dutch_is_the_default_language() {
        assertThat(ADVISOR.decide(teacher("nl-1")).reasons().get(0).text()).startsWith("Door de aard van het werk");
    }

    @Test
    void a_language_without_reviewed_texts_is_refused() {
        assertThatThrownBy(() -> ADVISOR.decide(teacher("de-1"), Locale.GERMAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nl or en");
    }

    @Test
    void a_home_workplace_not_stated_is_assumed_adequate_and_listed() {
        // given a case without a worker
        Case aCase = teacher("as-1");

        // when
        Decision d = ADVISOR.decide(aCase, Locale.ENGLISH);

        // then
        assertThat(d.assumptions()).filteredOn(a -> a.path().equals("worker.homeWorkplace")).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualTo("ADEQUATE");
            assertThat(a.text()).contains("not stated");
        });
        // and a stated home workplace is no assumption
        Case stated = new Case("as-2", MARCH_2021, aCase.job(), new Worker(null, HomeWorkplace.ADEQUATE), null);
        assertThat(ADVISOR.decide(stated, Locale.ENGLISH).assumptions()).extracting(a -> a.path())
                .doesNotContain("worker.homeWorkplace");
    }

    @Test
    void every_default_applied_is_listed_with_its_path_so_a_portal_knows_what_to_ask_next() {
        // given a case that states nothing it may leave out
        Case aCase = new Case("as-3", MARCH_2021,
                new Job("J", List.of(new Task("Stated", 10, Set.of()), new Task("Not stated", 10, null))), null, null);

        // when
        Decision d = ADVISOR.decide(aCase, Locale.ENGLISH);

        // then
        assertThat(d.assumptions()).extracting(a -> a.path() + "=" + a.value()).containsExactly(
                "job.tasks[1].needs=NONE", "worker.occupationalPhysicianAdvice=NONE", "worker.homeWorkplace=ADEQUATE");
        assertThat(d.assumptions().get(0).text()).contains("“Not stated”");
        // and nothing is assumed when everything is stated
        Case full = new Case("as-4", MARCH_2021, Job.of("J", Task.atHome("A", 10)),
                new Worker(new OccupationalPhysicianAdvice(0.2), HomeWorkplace.ADEQUATE), new OnSiteWorkplace(true));
        assertThat(ADVISOR.decide(full, Locale.ENGLISH).assumptions()).isEmpty();
    }

    @Test
    void a_date_before_the_first_version_is_refused_naming_the_date_and_the_first_version() {
        // given
        Case aCase = new Case("early-1", LocalDate.of(2020, 12, 1), teacher("x").job(), null, null);

        // when
        DecisionException e = catchThrowableOfType(DecisionException.class, () -> ADVISOR.decide(aCase, Locale.ENGLISH));

        // then
        assertThat(e.code()).isEqualTo(ErrorCode.NO_RULESET_IN_FORCE);
        assertThat(e.caseId()).isEqualTo("early-1");
        assertThat(e.getMessage()).contains("2020-12-01").contains("2021-02-18");
    }

    @Test
    void every_problem_of_an_invalid_case_is_listed_with_its_path() {
        // given a case with five things wrong
        Case aCase = new Case("", null,
                new Job("x".repeat(201), List.of(new Task("Too long", 81, Set.of()), new Task(null, -1, Set.of()))),
                new Worker(new OccupationalPhysicianAdvice(1.5), null), null);

        // when
        DecisionException e = catchThrowableOfType(DecisionException.class, () -> ADVISOR.decide(aCase, Locale.ENGLISH));

        // then
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(e.problems()).extracting(Problem::path).containsExactly(
                "caseId", "referenceDate", "job.title", "job.tasks[0].hoursPerWeek", "job.tasks[1].name",
                "job.tasks[1].hoursPerWeek", "worker.occupationalPhysicianAdvice.onSiteShare");
        assertThat(e.getMessage()).contains("7 problems").doesNotContain("1.5");
    }

    @Test
    void hours_over_eighty_in_total_are_refused_even_when_each_task_is_allowed() {
        Case aCase = new Case("tot-1", MARCH_2021,
                Job.of("Too much", Task.atHome("A", 40), Task.atHome("B", 40.5)), null, null);

        assertThat(ADVISOR.validate(aCase, Locale.ENGLISH)).containsExactly(
                new Problem("job.tasks", "must hold at most 80 hours a week in total"));
        // without a language, in Dutch, as decide(Case) answers
        assertThat(ADVISOR.validate(aCase)).containsExactly(
                new Problem("job.tasks", "mag samen hoogstens 80 uur per week bevatten"));
    }

    @Test
    void eighty_hours_in_total_is_allowed() {
        Case aCase = new Case("tot-2", MARCH_2021,
                Job.of("Full", Task.atHome("A", 40.1), Task.atHome("B", 39.9)), null, null);

        assertThat(ADVISOR.validate(aCase)).isEmpty();
        assertThat(ADVISOR.decide(aCase, Locale.ENGLISH).outcome()).isEqualTo(Outcome.HOME);
    }

    @Test
    void rule_sets_are_listed_with_validity_sources_and_fingerprint() {
        List<RuleSetInfo> sets = ADVISOR.ruleSets();

        assertThat(sets).isNotEmpty();
        RuleSetInfo first = sets.get(0);
        assertThat(first.id()).isEqualTo("2021-02-18");
        assertThat(first.validFrom()).isEqualTo(LocalDate.of(2021, 2, 18));
        assertThat(first.sources()).extracting(s -> s.id()).contains("S1", "S2");
        assertThat(first.fingerprint()).matches("sha256:[0-9a-f]{64}");
        assertThat(ADVISOR.ruleSetFor(MARCH_2021)).isEqualTo(first);
    }

    @Test
    void the_fingerprint_covers_the_rule_files_as_they_are_in_the_source_tree() throws Exception {
        // given the DRL in the jar is the DRL in the source tree
        Path drl = Path.of("src/main/resources/nl/thuiswerk/rules/criteria/criteria.drl");
        byte[] inJar;
        try (var in = getClass().getClassLoader().getResourceAsStream("nl/thuiswerk/rules/criteria/criteria.drl")) {
            inJar = in.readAllBytes();
        }

        // then
        assertThat(inJar).isEqualTo(Files.readAllBytes(drl));
    }

    @Test
    void an_advisor_pinned_to_another_fingerprint_refuses_to_start_naming_the_version() {
        String wrong = "sha256:" + "0".repeat(64);

        assertThatThrownBy(() -> HomeWorkingAdvisor.builder().pin("2021-02-18", wrong).build())
                .isInstanceOf(RuleSetIntegrityException.class)
                .hasMessageContaining("2021-02-18")
                .hasMessageContaining(wrong);
    }

    @Test
    void an_advisor_pinned_to_the_fingerprint_it_finds_starts() {
        String actual = ADVISOR.ruleSets().get(0).fingerprint();

        HomeWorkingAdvisor pinned = HomeWorkingAdvisor.builder().pin("2021-02-18", actual).loadAllVersionsAtStart().build();

        assertThat(pinned.decide(teacher("pin-1"), Locale.ENGLISH).outcome()).isEqualTo(Outcome.PARTLY_ON_SITE);
    }

    @Test
    void an_advisor_pinned_to_a_version_that_does_not_exist_refuses_to_start() {
        assertThatThrownBy(() -> HomeWorkingAdvisor.builder().pin("1999-01-01", "sha256:00").build())
                .isInstanceOf(RuleSetIntegrityException.class)
                .hasMessageContaining("1999-01-01");
    }
}
