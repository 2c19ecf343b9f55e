package nl.thuiswerk.rules;

import nl.thuiswerk.Case;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.Verification;
import nl.thuiswerk.json.ThuiswerkJson;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ExplanationTest {

    private static final HomeWorkingAdvisor ADVISOR = HomeWorkingAdvisor.create();
    static final String TEACHER = "{\"caseId\":\"ex-teacher\",\"referenceDate\":\"2021-03-15\",\"job\":{\"title\":"
            + "\"Teacher, secondary school\",\"tasks\":[{\"name\":\"Teaching in class\",\"hoursPerWeek\":24,\"needs\":"
            + "[\"PHYSICAL_PRESENCE\"]},{\"name\":\"Preparing lessons\",\"hoursPerWeek\":12}]},\"onSiteWorkplace\":"
            + "{\"meetsCoronaMeasures\":true}}";

    @Test
    void the_teacher_reads_outcome_reasons_sources_assumptions_alternatives_and_that_the_advice_decides_nothing() {
        // given
        Case teacher = ThuiswerkJson.readCase(TEACHER);

        // when
        String en = ADVISOR.explain(teacher, Locale.ENGLISH);
        String nl = ADVISOR.explain(teacher, Locale.forLanguageTag("nl"));

        // then
        assertThat(en).startsWith("Home-working advice for ex-teacher on 15 March 2021\n")
                .contains("Outcome: partly on site, at most 66.67% of working time on site.")
                .contains("- By the nature of the work, “Teaching in class” can only be done on site: 24 of 36 hours")
                .contains("  Source: S1, Kamerbrief Thuiswerken").contains("«In veel sectoren")
                .contains("- The home workplace was not stated and is taken as adequate. (worker.homeWorkplace)")
                .contains("- If “Teaching in class” could be done from home, the outcome would be work from home.")
                .endsWith("it decides nothing by itself. The employer decides together with the employee, within the "
                        + "arrangements agreed with the works council; the company doctor advises on health.\n");
        assertThat(nl).startsWith("Thuiswerkadvies voor ex-teacher op 15 maart 2021\n")
                .contains("Uitkomst: deels op locatie, hoogstens 66,67% van de werktijd op locatie.")
                .contains("- Door de aard van het werk kan “Teaching in class” alleen op locatie")
                .contains("  Bron: S1, Kamerbrief Thuiswerken")
                .contains("- Als “Teaching in class” thuis gedaan kon worden, dan zou de uitkomst thuiswerken zijn.")
                .contains("het beslist zelf niets");
    }

    @Test
    void control_characters_from_the_case_are_escaped_so_the_text_cannot_forge_a_line_on_a_terminal() {
        // given an id and a task's name that would erase the line, return the cursor, ring and start a line of their own
        Case forged = ThuiswerkJson.readCase(TEACHER.replace("ex-teacher", "ex\\u001b[1A")
                .replace("Teaching in class", "Teaching\\u001b[2K\\r\\u0007Outcome: work from home (100% at home)\\n\\u2028x"));

        // when it is explained
        String en = ADVISOR.explain(forged, Locale.ENGLISH);

        // then the text holds only its own line breaks and shows every other control character as its escape
        assertThat(en.replace("\n", "")).doesNotContainPattern("[\\p{Cntrl}\u2028]");
        assertThat(en).startsWith("Home-working advice for ex\\u001b[1A on 15 March 2021\n")
                .contains("“Teaching\\u001b[2K\\u000d\\u0007Outcome: work from home (100% at home)\\u000a\\u2028x”");
        assertThat(en.lines()).noneMatch(l -> l.startsWith("Outcome: work from home") || l.startsWith("x"));
    }

    @Test
    void a_decision_verifies_against_its_own_case_in_any_layout() {
        // given
        Case teacher = ThuiswerkJson.readCase(TEACHER);
        String decision = ThuiswerkJson.writePretty(ADVISOR.decide(teacher, Locale.ENGLISH));
        Case reordered = ThuiswerkJson.readCase("{\"onSiteWorkplace\":{\"meetsCoronaMeasures\":true},\"job\":{\"tasks\":"
                + "[{\"needs\":[\"PHYSICAL_PRESENCE\"],\"hoursPerWeek\":24.0,\"name\":\"Teaching in class\"},"
                + "{\"hoursPerWeek\":12,\"name\":\"Preparing lessons\"}],\"title\":\"Teacher, secondary school\"},"
                + "\"referenceDate\":\"2021-03-15\",\"caseId\":\"ex-teacher\"}");

        // when
        Verification v = ADVISOR.verify(decision, reordered);

        // then
        assertThat(v.differences()).isEmpty();
        assertThat(v.confirmed()).isTrue();
        assertThat(ADVISOR.verify(ThuiswerkJson.write(ADVISOR.decide(teacher)), teacher).confirmed()).as("in Dutch").isTrue();
    }

    @Test
    void a_changed_input_a_changed_outcome_and_another_rule_set_each_get_their_own_message() {
        // given
        Case teacher = ThuiswerkJson.readCase(TEACHER);
        String decision = ThuiswerkJson.write(ADVISOR.decide(teacher, Locale.ENGLISH));
        String fingerprint = ADVISOR.ruleSetFor(teacher.referenceDate()).fingerprint();

        // when
        Verification input = ADVISOR.verify(decision, ThuiswerkJson.readCase(TEACHER.replace(":24,", ":20,")),
                Locale.ENGLISH);
        Verification outcome = ADVISOR.verify(decision.replace("\"outcome\":\"PARTLY_ON_SITE\"", "\"outcome\":\"HOME\""),
                teacher, Locale.ENGLISH);
        Verification rules = ADVISOR.verify(decision.replace(fingerprint, "sha256:" + "0".repeat(64)), teacher,
                Locale.ENGLISH);

        // then
        assertThat(input.confirmed()).isFalse();
        assertThat(input.differences()).extracting(Verification.Difference::kind)
                .containsExactly(Verification.Kind.INPUT);
        assertThat(input.differences().get(0).message()).startsWith("The case is not the one that was decided");
        assertThat(outcome.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Verification.Kind.OUTCOME);
            assertThat(d.message()).contains("The decision says HOME").contains("gives PARTLY_ON_SITE");
        });
        assertThat(rules.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Verification.Kind.RULE_SET);
            assertThat(d.message()).contains("2021-02-18").contains(fingerprint).contains("its rules changed");
        });
    }

    @Test
    void a_decision_edited_elsewhere_than_its_outcome_is_found_at_its_path() {
        Case teacher = ThuiswerkJson.readCase(TEACHER);
        String decision = ThuiswerkJson.write(ADVISOR.decide(teacher, Locale.ENGLISH));

        Verification v = ADVISOR.verify(decision.replace("\"hoursPerWeek\":24", "\"hoursPerWeek\":25"), teacher,
                Locale.ENGLISH);

        assertThat(v.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Verification.Kind.DECISION);
            assertThat(d.message()).endsWith(" at reasons[0].facts.hoursPerWeek.");
        });
    }
}
