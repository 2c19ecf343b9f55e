package nl.thuiswerk.json;

import nl.thuiswerk.DecisionException;
import nl.thuiswerk.DecisionOutcome;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.Problem;
import nl.thuiswerk.WorkplaceRequest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReadRequestTest {

    /** The request of docs/requests.md. */
    static final String SPEC_EXAMPLE = """
            {
              "requestId": "req-17",
              "submittedOn": "2026-09-01",
              "inWriting": true,
              "intendedStart": "2026-11-02",
              "until": null,
              "desiredWorkplace": "Home, on Tuesdays and Thursdays",
              "unforeseenCircumstances": false,
              "employee": {
                "employment": [ { "from": "2025-06-02", "to": null } ],
                "parentOfChildUnder8": false,
                "caregiver": false
              },
              "employer": { "employees": 40, "deviatingArrangement": false },
              "previousDecisionOn": null,
              "decision": { "decidedOn": "2026-09-20", "inWriting": true, "outcome": "REFUSED", "reasonsGiven": true, "consulted": true },
              "asOf": "2026-11-30"
            }
            """;

    /** The smallest valid request: every optional field left out. */
    static final String MINIMAL = "{\"requestId\":\"r-1\",\"submittedOn\":\"2026-09-01\",\"inWriting\":true,"
            + "\"intendedStart\":\"2026-11-02\",\"desiredWorkplace\":\"Home\","
            + "\"employee\":{\"employment\":[{\"from\":\"2024-02-06\",\"to\":null}]},"
            + "\"employer\":{\"employees\":250},\"asOf\":\"2026-09-15\"}";

    /** The error of reading the request in English, whose wording these tests pin (the Dutch is LanguageOfErrorsTest's). */
    private static DecisionException refused(String json) {
        DecisionException e = catchThrowableOfType(DecisionException.class,
                () -> ThuiswerkJson.readRequest(json, Locale.ENGLISH));
        assertThat(e).as("refused: " + json).isNotNull();
        return e;
    }

    /** MINIMAL with one top-level field replaced or added (raw JSON value), or removed (null). */
    private static String with(String field, String rawValue) {
        StringBuilder out = new StringBuilder("{");
        boolean replaced = false;
        String[][] fields = {
                {"requestId", "\"r-1\""}, {"submittedOn", "\"2026-09-01\""}, {"inWriting", "true"},
                {"intendedStart", "\"2026-11-02\""}, {"desiredWorkplace", "\"Home\""},
                {"employee", "{\"employment\":[{\"from\":\"2024-02-06\",\"to\":null}]}"},
                {"employer", "{\"employees\":250}"}, {"asOf", "\"2026-09-15\""}};
        for (String[] kv : fields) {
            String value = kv[0].equals(field) ? rawValue : kv[1];
            replaced |= kv[0].equals(field);
            if (value != null) {
                out.append(out.length() > 1 ? "," : "").append('"').append(kv[0]).append("\":").append(value);
            }
        }
        if (!replaced && rawValue != null) {
            out.append(",\"").append(field).append("\":").append(rawValue);
        }
        return out.append('}').toString();
    }

    private static List<String> paths(DecisionException e) {
        return e.problems().stream().map(Problem::path).toList();
    }

    @Test
    void the_request_of_the_spec_is_read_field_by_field() {
        WorkplaceRequest r = ThuiswerkJson.readRequest(SPEC_EXAMPLE);

        assertThat(r.requestId()).isEqualTo("req-17");
        assertThat(r.submittedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(r.inWriting()).isTrue();
        assertThat(r.intendedStart()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(r.until()).isNull();
        assertThat(r.desiredWorkplace()).isEqualTo("Home, on Tuesdays and Thursdays");
        assertThat(r.unforeseenCircumstances()).isFalse();
        assertThat(r.employee().employment()).containsExactly(
                new WorkplaceRequest.EmploymentPeriod(LocalDate.of(2025, 6, 2), null));
        assertThat(r.employee().parentOfChildUnder8()).isFalse();
        assertThat(r.employee().caregiver()).isFalse();
        assertThat(r.employer().employees()).isEqualTo(40);
        assertThat(r.employer().deviatingArrangement()).isFalse();
        assertThat(r.previousDecisionOn()).isNull();
        assertThat(r.decision()).isEqualTo(new WorkplaceRequest.EmployerDecision(LocalDate.of(2026, 9, 20), true,
                DecisionOutcome.REFUSED, true, true));
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void optional_fields_left_out_are_null_so_that_an_assessment_can_name_its_assumptions() {
        WorkplaceRequest r = ThuiswerkJson.readRequest(MINIMAL);

        assertThat(r.unforeseenCircumstances()).isNull();
        assertThat(r.employee().parentOfChildUnder8()).isNull();
        assertThat(r.employee().caregiver()).isNull();
        assertThat(r.employer().deviatingArrangement()).isNull();
        assertThat(r.decision()).isNull();
        assertThat(r.until()).isNull();
    }

    @Test
    void every_public_example_is_a_valid_request() throws Exception {
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("../examples/requests/requests.jsonl"))) {
            assertThat(ThuiswerkJson.readRequest(line).requestId()).isNotBlank();
        }
    }

    @Test
    void bytes_are_read_as_utf8_and_bytes_that_are_not_are_refused() {
        WorkplaceRequest r = ThuiswerkJson.readRequest(MINIMAL.replace("Home", "Thuis, één dag").getBytes(StandardCharsets.UTF_8));
        assertThat(r.desiredWorkplace()).isEqualTo("Thuis, één dag");

        byte[] latin1 = MINIMAL.replace("Home", "Thuis, één dag").getBytes(StandardCharsets.ISO_8859_1);
        DecisionException e = catchThrowableOfType(DecisionException.class, () -> ThuiswerkJson.readRequest(latin1));
        assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        // in Dutch by default, as a case's bytes are, and in English when asked
        assertThat(e.getMessage()).startsWith("De invoer is geen UTF-8 op regel 1");
        assertThat(catchThrowableOfType(DecisionException.class,
                () -> ThuiswerkJson.readRequest(latin1, Locale.ENGLISH)).getMessage())
                .startsWith("The input is not UTF-8 at line 1");
    }

    @Test
    void every_missing_required_field_is_named_with_its_path_in_the_contract_order() {
        DecisionException e = refused("{\"employee\":{},\"employer\":{},\"decision\":{}}");

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(e.caseId()).isNull();
        assertThat(paths(e)).containsExactly("requestId", "submittedOn", "inWriting", "intendedStart",
                "desiredWorkplace", "employee.employment", "employer.employees", "decision.decidedOn",
                "decision.inWriting", "decision.outcome", "decision.reasonsGiven", "decision.consulted", "asOf");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).isEqualTo("is required"));
        assertThat(e.getMessage()).startsWith("The request has 13 problems");
    }

    @Test
    void an_absent_employee_or_employer_is_required() {
        DecisionException e = refused(with("employee", null).replace(",\"employer\":{\"employees\":250}", ""));

        assertThat(paths(e)).containsExactly("employee", "employer");
        assertThat(e.caseId()).isEqualTo("r-1");
    }

    @Test
    void unknown_fields_are_refused_at_every_level_with_the_fields_expected() {
        String json = MINIMAL.replace("\"asOf\"", "\"asof\":\"2026-09-15\",\"asOf\"")
                .replace("{\"from\":\"2024-02-06\"", "{\"since\":\"x\",\"from\":\"2024-02-06\"")
                .replace("{\"employees\":250}", "{\"employees\":250,\"size\":3}")
                .replace("{\"employment\"", "{\"children\":2,\"employment\"");

        DecisionException e = refused(json);

        // unknown fields come last within their object
        assertThat(paths(e)).containsExactly("employee.employment[0].since", "employee.children", "employer.size",
                "asof");
        assertThat(e.problems().get(1).message())
                .isEqualTo("is not a field of the contract; expected one of caregiver, employment, parentOfChildUnder8");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("2"));
    }

    @Test
    void a_duplicate_key_is_a_problem_and_never_last_one_wins() {
        DecisionException e = refused(MINIMAL.replace("\"inWriting\":true", "\"inWriting\":true,\"inWriting\":false"));

        assertThat(e.problems()).containsExactly(new Problem("inWriting", "is given more than once"));
    }

    @Test
    void wrong_types_are_named_by_what_the_field_must_be() {
        DecisionException e = refused(with("inWriting", "\"yes\"").replace("\"requestId\":\"r-1\"", "\"requestId\":17")
                .replace("\"2026-11-02\"", "20261102")
                .replace("{\"employment\":[{\"from\":\"2024-02-06\",\"to\":null}]}",
                        "{\"employment\":{\"from\":\"2024-02-06\"},\"parentOfChildUnder8\":\"yes\",\"caregiver\":1}")
                .replace("{\"employees\":250}", "{\"employees\":\"250\",\"deviatingArrangement\":\"no\"}"));

        assertThat(e.problems()).containsExactly(
                new Problem("requestId", "must be a string"),
                new Problem("inWriting", "must be true or false"),
                new Problem("intendedStart", "must be an ISO date, yyyy-mm-dd"),
                new Problem("employee.employment", "must be an array of employment periods"),
                new Problem("employee.parentOfChildUnder8", "must be true or false"),
                new Problem("employee.caregiver", "must be true or false"),
                new Problem("employer.employees", "must be a whole number"),
                new Problem("employer.deviatingArrangement", "must be true or false"));
        assertThat(e.caseId()).isNull();
    }

    @Test
    void an_impossible_date_is_not_a_date_that_exists() {
        DecisionException e = refused(with("submittedOn", "\"2026-02-30\"").replace("\"2026-09-15\"", "\"2026-09-31\""));

        assertThat(e.problems()).containsExactly(
                new Problem("submittedOn", "is not a date that exists; expected an ISO date, yyyy-mm-dd"),
                new Problem("asOf", "is not a date that exists; expected an ISO date, yyyy-mm-dd"));
    }

    @Test
    void a_date_that_cannot_be_read_is_not_reported_again_by_the_rules_between_dates() {
        // submittedOn unreadable: intendedStart and asOf are not compared with it
        DecisionException e = refused(with("submittedOn", "\"1 September\""));

        assertThat(paths(e)).containsExactly("submittedOn");
    }

    @Test
    void the_decision_outcome_must_be_one_of_the_three() {
        DecisionException e = refused(with("decision", "{\"decidedOn\":\"2026-09-20\",\"inWriting\":true,"
                + "\"outcome\":\"PARTLY\",\"reasonsGiven\":true,\"consulted\":true}"));

        assertThat(e.problems()).containsExactly(
                new Problem("decision.outcome", "must be one of GRANTED, GRANTED_OTHERWISE, REFUSED"));
    }

    @Test
    void employees_must_be_a_whole_number_of_at_least_one_and_40_point_0_is_forty() {
        assertThat(refused(with("employer", "{\"employees\":0}")).problems())
                .containsExactly(new Problem("employer.employees", "must be at least 1"));
        assertThat(refused(with("employer", "{\"employees\":-3}")).problems())
                .containsExactly(new Problem("employer.employees", "must be at least 1"));
        assertThat(refused(with("employer", "{\"employees\":9.5}")).problems())
                .containsExactly(new Problem("employer.employees", "must be a whole number"));
        assertThat(refused(with("employer", "{\"employees\":1e400}")).problems())
                .containsExactly(new Problem("employer.employees", "must be a whole number from 1 to 2147483647"));
        assertThat(ThuiswerkJson.readRequest(with("employer", "{\"employees\":40.0}")).employer().employees())
                .isEqualTo(40);
        assertThat(ThuiswerkJson.readRequest(with("employer", "{\"employees\":1E1}")).employer().employees())
                .isEqualTo(10);
    }

    @Test
    void texts_must_be_1_to_128_and_1_to_200_characters() {
        DecisionException e = refused(with("requestId", "\"" + "x".repeat(129) + "\"")
                .replace("\"Home\"", "\"\""));

        assertThat(e.problems()).containsExactly(
                new Problem("requestId", "must be 1 to 128 characters"),
                new Problem("desiredWorkplace", "must be 1 to 200 characters"));
        assertThat(e.caseId()).as("an id that is not valid is not echoed").isNull();
        assertThat(ThuiswerkJson.readRequest(with("desiredWorkplace", "\"" + "w".repeat(200) + "\""))
                .desiredWorkplace()).hasSize(200);
        assertThat(refused(with("requestId", "\"\"")).problems())
                .containsExactly(new Problem("requestId", "must be 1 to 128 characters"));
    }

    @Test
    void the_dates_must_be_in_the_order_the_contract_gives() {
        // intendedStart before submittedOn, until not after intendedStart, previousDecisionOn after submittedOn,
        // decidedOn before submittedOn, asOf before submittedOn
        String json = with("intendedStart", "\"2026-08-31\"")
                .replace("\"asOf\":\"2026-09-15\"", "\"asOf\":\"2026-08-31\"");
        json = json.substring(0, json.length() - 1) + ",\"until\":\"2026-08-31\",\"previousDecisionOn\":\"2026-09-02\","
                + "\"decision\":{\"decidedOn\":\"2026-08-31\",\"inWriting\":true,\"outcome\":\"GRANTED\","
                + "\"reasonsGiven\":false,\"consulted\":false}}";

        DecisionException e = refused(json);

        assertThat(e.problems()).containsExactly(
                new Problem("intendedStart", "must not be before submittedOn"),
                new Problem("until", "must be after intendedStart"),
                new Problem("previousDecisionOn", "must not be after submittedOn"),
                new Problem("decision.decidedOn", "must not be before submittedOn"),
                new Problem("asOf", "must not be before submittedOn"));
    }

    @Test
    void the_edges_of_the_date_rules_are_allowed() {
        // intendedStart, asOf, previousDecisionOn and decidedOn may all be the day of submission
        String json = with("intendedStart", "\"2026-09-01\"").replace("\"asOf\":\"2026-09-15\"", "\"asOf\":\"2026-09-01\"");
        json = json.substring(0, json.length() - 1) + ",\"until\":\"2026-09-02\",\"previousDecisionOn\":\"2026-09-01\","
                + "\"decision\":{\"decidedOn\":\"2026-09-01\",\"inWriting\":false,\"outcome\":\"GRANTED_OTHERWISE\","
                + "\"reasonsGiven\":false,\"consulted\":false}}";

        WorkplaceRequest r = ThuiswerkJson.readRequest(json);

        assertThat(r.decision().outcome()).isEqualTo(DecisionOutcome.GRANTED_OTHERWISE);
    }

    @Test
    void employment_periods_are_1_to_20_in_date_order_not_overlapping_and_the_last_runs_on_the_start() {
        assertThat(refused(with("employee", "{\"employment\":[]}")).problems())
                .containsExactly(new Problem("employee.employment", "must hold 1 to 20 employment periods"));
        StringBuilder many = new StringBuilder("{\"employment\":[");
        for (int i = 0; i < 21; i++) {
            many.append(i == 0 ? "" : ",").append("{\"from\":\"").append(2000 + i).append("-01-01\",\"to\":\"")
                    .append(2000 + i).append("-06-30\"}");
        }
        many.setLength(many.length() - "\"to\":\"2020-06-30\"}".length());
        many.append("\"to\":null}]}");
        assertThat(paths(refused(with("employee", many.toString())))).containsExactly("employee.employment");

        DecisionException e = refused(with("employee", "{\"employment\":["
                + "{\"from\":\"2020-01-01\",\"to\":\"2019-12-31\"},"     // to before from
                + "{\"from\":\"2020-06-01\",\"to\":null},"               // open, but not the last
                + "{\"from\":\"2021-01-01\",\"to\":\"2021-06-30\"},"
                + "{\"from\":\"2021-06-30\",\"to\":\"2021-12-31\"},"     // overlaps the one before
                + "{\"from\":\"2026-12-01\",\"to\":\"2026-10-31\"}]}"));  // starts after intendedStart and ends before it

        assertThat(e.problems()).containsExactly(
                new Problem("employee.employment[0].to", "must not be before from"),
                new Problem("employee.employment[1].to",
                        "is required: only the last period may be without an end (still employed)"),
                new Problem("employee.employment[3].from", "must be after the end of the period before it: the periods "
                        + "are in date order and do not overlap"),
                new Problem("employee.employment[4].from",
                        "must not be after intendedStart: the last period of employment must run on intendedStart"),
                new Problem("employee.employment[4].to", "must not be before from"),
                new Problem("employee.employment[4].to",
                        "must be null or not before intendedStart: the last period of employment must run on intendedStart"));
    }

    @Test
    void adjacent_periods_and_a_last_period_ending_on_the_start_are_valid() {
        WorkplaceRequest r = ThuiswerkJson.readRequest(with("employee", "{\"employment\":["
                + "{\"from\":\"2020-01-01\",\"to\":\"2020-06-30\"},{\"from\":\"2020-07-01\",\"to\":\"2026-11-02\"}]}"));

        assertThat(r.employee().employment()).hasSize(2);
    }

    @Test
    void a_period_that_is_not_an_object_is_named_by_its_index() {
        DecisionException e = refused(with("employee", "{\"employment\":[null,\"2020\",{\"to\":null}]}"));

        assertThat(e.problems()).containsExactly(
                new Problem("employee.employment[0]", "must be an employment period, an object with from and to"),
                new Problem("employee.employment[1]", "must be an employment period, an object with from and to"),
                new Problem("employee.employment[2].from", "is required"));
    }

    @Test
    void the_problems_of_the_decision_are_in_its_own_order_not_the_requests() {
        DecisionException e = refused(with("decision", "{\"consulted\":1,\"inWriting\":1,\"decidedOn\":1}")
                .replace("\"inWriting\":true", "\"inWriting\":2"));

        assertThat(paths(e)).containsExactly("inWriting", "decision.decidedOn", "decision.inWriting",
                "decision.outcome", "decision.reasonsGiven", "decision.consulted");
    }

    @Test
    void no_message_shows_the_circumstances_of_article_2a_even_when_the_json_breaks_on_them() {
        for (String broken : List.of("tru", "yes", "TRUE", "fals", "t", "ja")) {
            String json = MINIMAL.replace("{\"employment\"", "{\"caregiver\":" + broken + ",\"employment\"");
            DecisionException e = refused(json);
            assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
            assertThat(e.getMessage()).as(broken).doesNotContain("'").doesNotContain("\"")
                    .contains("found a word where a value belongs");
            assertThat(e.caseId()).isEqualTo("r-1");
        }
        DecisionException e = refused(MINIMAL.replace("{\"employment\"",
                "{\"parentOfChildUnder8\":true false,\"employment\""));
        assertThat(e.getMessage()).doesNotContain("'f'").doesNotContain("found");
    }

    @Test
    void a_request_with_more_problems_than_fit_lists_the_first_and_counts_the_others() {
        StringBuilder json = new StringBuilder("{\"requestId\":\"big\"");
        for (int i = 0; i < 300; i++) {
            json.append(",\"x").append(i).append("\":0");
        }
        DecisionException e = refused(json.append('}').toString());

        assertThat(e.problems().size()).isLessThanOrEqualTo(100);
        assertThat(e.problems().size() + e.moreProblems()).isEqualTo(300 + 7);
        assertThat(e.getMessage()).contains("moreProblems counts the other");
        assertThat(e.caseId()).isEqualTo("big");
    }

    @Test
    void a_request_longer_than_the_limit_is_refused_before_it_is_parsed() {
        String json = with("desiredWorkplace", "\"" + "w".repeat(70_000) + "\"");

        DecisionException e = refused(json);

        assertThat(e.getMessage()).isEqualTo("The request is longer than 65536 characters.");
    }

    @Test
    void more_than_one_value_is_malformed_for_a_request_too() {
        DecisionException e = refused(MINIMAL + " {}");

        assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(e.getMessage()).contains("a request is one object");
        assertThat(e.caseId()).isEqualTo("r-1");
    }
}
