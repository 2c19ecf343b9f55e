package nl.thuiswerk.json;

import nl.thuiswerk.Case;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Need;
import nl.thuiswerk.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReadCaseTest {

    private static final String TEACHER = """
            {"caseId":"teacher-7","referenceDate":"2021-03-15",
             "job":{"title":"Teacher","tasks":[
                {"name":"Teaching in class","hoursPerWeek":24,"needs":["PHYSICAL_PRESENCE"]},
                {"name":"Preparing lessons","hoursPerWeek":12}]},
             "worker":{"occupationalPhysicianAdvice":{"onSiteShare":0.4},"homeWorkplace":"ADEQUATE"},
             "onSiteWorkplace":{"meetsCoronaMeasures":true}}
            """;

    private static DecisionException refused(String json) {
        DecisionException e = catchThrowableOfType(DecisionException.class, () -> ThuiswerkJson.readCase(json, Locale.ENGLISH));
        assertThat(e).as("refused: " + json).isNotNull();
        return e;
    }

    @Test
    void a_case_of_the_contract_is_read_field_by_field() {
        Case c = ThuiswerkJson.readCase(TEACHER);

        assertThat(c.caseId()).isEqualTo("teacher-7");
        assertThat(c.referenceDate()).isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(c.job().tasks()).hasSize(2);
        assertThat(c.job().tasks().get(0).needs()).containsExactly(Need.PHYSICAL_PRESENCE);
        assertThat(c.job().tasks().get(1).needs()).as("not stated").isNull();
        assertThat(c.job().tasks().get(1).needsOrNone()).isEmpty();
        assertThat(c.worker().occupationalPhysicianAdvice().onSiteShare()).isEqualTo(0.4);
        assertThat(c.worker().homeWorkplace()).isEqualTo(HomeWorkplace.ADEQUATE);
        assertThat(c.onSiteWorkplace().meetsCoronaMeasures()).isTrue();
    }

    @Test
    void malformed_json_is_refused_with_line_and_column_and_the_case_id_when_it_was_read() {
        DecisionException e = refused("{\"caseId\":\"m-1\",\n \"referenceDate\": 2021-03-15}");

        assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(e.caseId()).isEqualTo("m-1");
        assertThat(e.getMessage()).contains("line 2, column");
    }

    @Test
    void malformed_json_before_the_case_id_has_no_case_id() {
        DecisionException e = refused("{\"job\": [1, 2,, 3], \"caseId\": \"x\"}");

        assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(e.caseId()).isNull();
    }

    @Test
    void truncated_and_empty_input_are_malformed() {
        assertThat(refused("{\"caseId\":\"t-1\",\"job\":{").code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(refused("").code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(refused("   ").code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(refused("{} {}").code()).isEqualTo(ErrorCode.MALFORMED_JSON);
    }

    @Test
    void the_text_of_a_malformed_value_is_not_repeated_in_the_message() {
        DecisionException e = refused("{\"caseId\":\"p-1\",\"worker\":{\"occupationalPhysicianAdvice\":{\"onSiteShare\":0.47x}}}");

        assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(e.getMessage()).doesNotContain("0.47").doesNotContain("47x");
    }

    @Test
    void a_misspelt_field_is_refused_and_never_falls_back_to_a_default() {
        DecisionException e = refused(TEACHER.replace("\"homeWorkplace\"", "\"homeWorkPlace\""));

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(e.caseId()).isEqualTo("teacher-7");
        assertThat(e.problems()).extracting(Problem::path).containsExactly("worker.homeWorkPlace");
        assertThat(e.problems().get(0).message()).contains("homeWorkplace");
    }

    @Test
    void every_problem_is_listed_with_its_path_not_just_the_first() {
        String json = """
                {"referenceDate":"2021-02-30","extra":1,
                 "job":{"tasks":[{"name":"A","hoursPerWeek":0},{"name":7,"hoursPerWeek":"ten","needs":["TELEPORT"]},
                                 {"hoursPerWeek":81,"needs":"PHYSICAL_PRESENCE"}]},
                 "worker":{"homeWorkplace":"GARDEN","occupationalPhysicianAdvice":{"onSiteShare":0}},
                 "onSiteWorkplace":{"meetsCoronaMeasures":"yes"}}
                """;

        DecisionException e = refused(json);

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(e.caseId()).isNull();
        assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
                "extra", "referenceDate",
                "job.tasks[1].name", "job.tasks[1].hoursPerWeek", "job.tasks[1].needs[0]", "job.tasks[2].needs",
                "worker.homeWorkplace", "onSiteWorkplace.meetsCoronaMeasures",
                "caseId", "job.tasks[0].hoursPerWeek", "job.tasks[2].name", "job.tasks[2].hoursPerWeek",
                "worker.occupationalPhysicianAdvice.onSiteShare");
        assertThat(e.problems()).filteredOn(p -> p.path().equals("referenceDate"))
                .singleElement().extracting(Problem::message).asString().contains("not a date that exists");
        assertThat(e.problems()).filteredOn(p -> p.path().equals("job.tasks[0].hoursPerWeek"))
                .singleElement().extracting(Problem::message).isEqualTo("must be greater than 0");
        assertThat(e.getMessage()).isEqualTo("The case has 13 problems, each listed in problems. The first: caseId is required.");
        assertThat(e.moreProblems()).isZero();
    }

    @Test
    void problems_come_in_the_order_of_the_contracts_fields_whoever_found_them() {
        DecisionException e = refused("{\"caseId\":\"\",\"referenceDate\":\"2021-3-15\",\"zzz\":1,"
                + "\"job\":{\"tasks\":[{\"name\":\"\",\"hoursPerWeek\":\"24\"},{\"name\":\"B\",\"hoursPerWeek\":0}]}}");

        assertThat(e.problems()).extracting(Problem::path).containsExactly("caseId", "referenceDate",
                "job.tasks[0].name", "job.tasks[0].hoursPerWeek", "job.tasks[1].hoursPerWeek", "zzz");
    }

    @Test
    void a_field_of_the_wrong_type_is_reported_once() {
        DecisionException e = refused(TEACHER.replace("\"caseId\":\"teacher-7\"", "\"caseId\":7"));

        assertThat(e.problems()).containsExactly(new Problem("caseId", "must be a string"));
    }

    @Test
    void a_duplicate_key_is_invalid_never_last_one_wins() {
        DecisionException e = refused(TEACHER.replace("\"caseId\":\"teacher-7\"", "\"caseId\":\"a\",\"caseId\":\"b\""));

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(e.problems()).containsExactly(new Problem("caseId", "is given more than once"));
        assertThat(e.caseId()).isEqualTo("a");
    }

    @Test
    void dates_must_be_iso_dates_that_exist() {
        assertThat(refused(TEACHER.replace("2021-03-15", "15-03-2021")).problems())
                .containsExactly(new Problem("referenceDate", "must be an ISO date, yyyy-mm-dd"));
        assertThat(refused(TEACHER.replace("2021-03-15", "2021-13-01")).problems())
                .extracting(Problem::path).containsExactly("referenceDate");
        assertThat(refused(TEACHER.replace("2021-03-15", "2022-02-29")).problems())
                .extracting(Problem::path).containsExactly("referenceDate");
        assertThat(ThuiswerkJson.readCase(TEACHER.replace("2021-03-15", "2024-02-29")).referenceDate())
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    private static String withTasks(String tasks) {
        return "{\"caseId\":\"n-1\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":[" + tasks + "]}}";
    }

    @Test
    void tasks_must_be_between_one_and_a_hundred() {
        assertThat(refused(withTasks("")).problems()).containsExactly(new Problem("job.tasks", "must hold 1 to 100 tasks"));

        String task = "{\"name\":\"t\",\"hoursPerWeek\":0.5}";
        assertThat(refused(withTasks(String.join(",", java.util.Collections.nCopies(101, task)))).problems())
                .containsExactly(new Problem("job.tasks", "must hold 1 to 100 tasks"));
        assertThat(ThuiswerkJson.readCase(withTasks(String.join(",", java.util.Collections.nCopies(100, task))))
                .job().tasks()).hasSize(100);
    }

    @Test
    void hours_in_total_over_eighty_are_refused() {
        String json = TEACHER.replace("\"hoursPerWeek\":24", "\"hoursPerWeek\":70");

        assertThat(refused(json).problems())
                .containsExactly(new Problem("job.tasks", "must hold at most 80 hours a week in total"));
    }

    @Test
    void huge_and_tiny_numbers_are_refused_with_their_path() {
        assertThat(refused(TEACHER.replace("\"hoursPerWeek\":24", "\"hoursPerWeek\":1e400")).problems())
                .extracting(Problem::path).containsExactly("job.tasks[0].hoursPerWeek");
        assertThat(refused(TEACHER.replace("\"hoursPerWeek\":24", "\"hoursPerWeek\":1e-400")).problems())
                .extracting(Problem::path).containsExactly("job.tasks[0].hoursPerWeek");
    }

    @Test
    void a_need_listed_twice_is_refused() {
        DecisionException e = refused(TEACHER.replace("[\"PHYSICAL_PRESENCE\"]", "[\"PHYSICAL_PRESENCE\",\"PHYSICAL_PRESENCE\"]"));

        assertThat(e.problems()).extracting(Problem::path).containsExactly("job.tasks[0].needs[1]");
    }

    @Test
    void null_for_an_optional_field_is_the_same_as_leaving_it_out() {
        Case c = ThuiswerkJson.readCase(TEACHER.replace("\"homeWorkplace\":\"ADEQUATE\"", "\"homeWorkplace\":null"));

        assertThat(c.worker().homeWorkplace()).isNull();
    }

    @Test
    void messages_about_the_company_doctors_advice_name_the_path_never_the_value() {
        DecisionException e = refused(TEACHER.replace("\"onSiteShare\":0.4", "\"onSiteShare\":1.3719"));

        assertThat(e.problems()).containsExactly(new Problem("worker.occupationalPhysicianAdvice.onSiteShare",
                "must be greater than 0 and at most 1"));
        assertThat(e.getMessage()).doesNotContain("1.3719");
        assertThat(e.toString()).doesNotContain("1.3719");
    }

    @Test
    void deeply_nested_input_is_refused_without_a_stack_overflow() {
        String deep = "{\"caseId\":\"d-1\",\"job\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

        DecisionException e = refused(deep);

        assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(e.caseId()).isEqualTo("d-1");
    }
}
