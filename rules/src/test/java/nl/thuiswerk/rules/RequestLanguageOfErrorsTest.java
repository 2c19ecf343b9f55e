package nl.thuiswerk.rules;

import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.Problem;
import nl.thuiswerk.WorkplaceRequest;
import nl.thuiswerk.json.JsonAnswer;
import nl.thuiswerk.json.RequestAnswers;
import nl.thuiswerk.json.ThuiswerkJson;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The errors of a request follow the language asked for as a case's do (LanguageOfErrorsTest): Dutch by default,
 * English with {@code en}, the message and every problem alike, and no message repeats a value of the request.
 */
class RequestLanguageOfErrorsTest {

    private static final HomeWorkingAdvisor ADVISOR = HomeWorkingAdvisor.create();
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    /** English words no Dutch message has: LanguageOfErrorsTest's, and a few more the request's messages could use. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|must|should|with|and|which|than|has|have|not|"
            + "line|column|number|field|required|given|cannot|version|versions|rule|lapsed|since|until|last|first|"
            + "problem|problems|case|input|text|expected|found|request|be|after|before|whole|period|periods|"
            + "only|least|or|an)\\b");
    /** The contract's names, which a Dutch message names as they are: left out before looking for English words. */
    private static final Pattern NAMES = Pattern.compile("\\b(requestId|submittedOn|inWriting|intendedStart|until|"
            + "desiredWorkplace|unforeseenCircumstances|employee|employer|previousDecisionOn|decision|asOf|employment|"
            + "parentOfChildUnder8|caregiver|from|to|employees|deviatingArrangement|decidedOn|outcome|reasonsGiven|"
            + "consulted|GRANTED|GRANTED_OTHERWISE|REFUSED|problems|moreProblems|true|false|null)\\b");

    /**
     * A request with problems of both kinds. The reader's: a text that is no boolean, a number for a text, an
     * impossible date, a field the contract does not have, a fraction of an employee, an outcome that is none, a date
     * that is no ISO date. The validator's: an empty id, dates out of the contract's order, an open period before the
     * last one, a decision without consulted.
     */
    private static final String BROKEN = """
            {"requestId": "",
             "submittedOn": "2026-09-01",
             "inWriting": "jazeker",
             "intendedStart": "2026-08-03",
             "until": "2026-07-06",
             "desiredWorkplace": 4321,
             "employee": {"employment": [{"from": "2020-01-13", "to": null}, {"from": "2019-01-14", "to": "2019-02-30"}],
                          "parentOfChildUnder8": "wellicht", "hobby": 1},
             "employer": {"employees": 0.5},
             "previousDecisionOn": "2026-10-07",
             "decision": {"decidedOn": "2026-08-18", "inWriting": true, "outcome": "NEE", "reasonsGiven": true},
             "asOf": "1 oktober"}
            """;
    /** Every value of BROKEN that a message could repeat. */
    private static final List<String> VALUES = List.of("jazeker", "2026-08-03", "2026-07-06", "4321", "2020-01-13",
            "2019-01-14", "2019-02-30", "wellicht", "0.5", "2026-10-07", "2026-08-18", "NEE", "oktober", "2026-09-01");

    private static String withoutNames(String message) {
        return NAMES.matcher(message).replaceAll("");
    }

    @Test
    void no_request_at_all_is_refused_as_decide_refuses_no_case_in_either_language() {
        // when assess is given no request, without a language and in English
        DecisionException dutch = catchThrowableOfType(() -> ADVISOR.assess(null, DUTCH), DecisionException.class);
        DecisionException english = catchThrowableOfType(() -> ADVISOR.assess(null, Locale.ENGLISH),
                DecisionException.class);

        // then one problem of the whole document, and the sentence of a missing request
        assertThat(dutch.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(dutch.getMessage()).isEqualTo("Er is geen verzoek gegeven: een verzoek is verplicht.");
        assertThat(dutch.problems()).containsExactly(new Problem("", "is verplicht"));
        assertThat(english.getMessage()).isEqualTo("No request was given: a request is required.");
        assertThat(english.problems()).containsExactly(new Problem("", "is required"));
    }

    @Test
    void a_request_with_problems_of_the_reader_and_of_the_validator_is_refused_in_dutch_by_default_and_in_english_with_en() {
        // when the broken request is read as readCase reads a case, and in English
        DecisionException dutch = catchThrowableOfType(DecisionException.class, () -> ThuiswerkJson.readRequest(BROKEN));
        DecisionException english = catchThrowableOfType(DecisionException.class,
                () -> ThuiswerkJson.readRequest(BROKEN, Locale.ENGLISH));

        // then both list the same problems at the same paths, of both kinds
        assertThat(dutch.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(english.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        List<String> paths = dutch.problems().stream().map(Problem::path).toList();
        assertThat(english.problems()).extracting(Problem::path).isEqualTo(paths);
        assertThat(paths).contains("requestId", "inWriting", "intendedStart", "until", "desiredWorkplace",
                "employee.employment[0].to", "employee.employment[1].to", "employee.parentOfChildUnder8",
                "employee.hobby", "employer.employees", "previousDecisionOn", "decision.decidedOn", "decision.outcome",
                "decision.consulted", "asOf");
        assertThat(english.problems()).contains(
                new Problem("inWriting", "must be true or false"),
                new Problem("until", "must be after intendedStart"),
                new Problem("employee.employment[0].to", "is required: only the last period may be without an end "
                        + "(still employed)"),
                new Problem("employer.employees", "must be a whole number"));
        assertThat(dutch.problems()).contains(
                new Problem("inWriting", "moet true of false zijn"),
                new Problem("until", "moet na intendedStart liggen"),
                new Problem("employee.employment[0].to", "is verplicht: alleen de laatste periode mag zonder einde zijn "
                        + "(nog in dienst)"),
                new Problem("employer.employees", "moet een geheel getal zijn"));

        // and each problem is worded differently in the two languages, the Dutch without an English word
        for (int i = 0; i < paths.size(); i++) {
            String nl = dutch.problems().get(i).message();
            assertThat(nl).as(paths.get(i)).isNotEqualTo(english.problems().get(i).message());
            assertThat(withoutNames(nl)).as(paths.get(i) + ": " + nl).doesNotContainPattern(ENGLISH);
        }
        assertThat(dutch.getMessage()).isEqualTo("Het verzoek heeft " + paths.size() + " problemen, elk vermeld in "
                + "problems. Het eerste: requestId moet 1 tot en met 128 tekens lang zijn.");
        assertThat(english.getMessage()).isEqualTo("The request has " + paths.size() + " problems, each listed in "
                + "problems. The first: requestId must be 1 to 128 characters.");

        // and no message, in either language, repeats a value of the request
        for (DecisionException e : List.of(dutch, english)) {
            assertThat(e.getMessage()).doesNotContain(VALUES);
            e.problems().forEach(p -> assertThat(p.message()).as(p.path()).doesNotContain(VALUES));
        }
    }

    @Test
    void every_rule_of_the_validator_is_worded_in_dutch_by_assess_and_validate_and_in_english_with_en() {
        // given a request read without problems of its shape, that breaks each rule between fields of the contract
        List<WorkplaceRequest.EmploymentPeriod> periods = List.of(
                new WorkplaceRequest.EmploymentPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30)),
                new WorkplaceRequest.EmploymentPeriod(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 5, 1)),
                new WorkplaceRequest.EmploymentPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 10, 1)));
        WorkplaceRequest request = new WorkplaceRequest("r-" + (char) 0xD800, LocalDate.of(2026, 9, 1), true,
                LocalDate.of(2026, 11, 2), null, "x".repeat(201), null, new WorkplaceRequest.Employee(periods, null, null),
                new WorkplaceRequest.Employer(0, null), null, null, LocalDate.of(2026, 8, 31));

        // when it is assessed and validated in the default language and in English
        DecisionException dutch = catchThrowableOfType(DecisionException.class, () -> ADVISOR.assess(request));
        DecisionException english = catchThrowableOfType(DecisionException.class,
                () -> ADVISOR.assess(request, Locale.ENGLISH));

        // then the same problems are worded in each language, Dutch by default
        assertThat(ADVISOR.validate(request)).containsExactlyInAnyOrderElementsOf(dutch.problems());
        assertThat(ADVISOR.validate(request, DUTCH)).containsExactlyInAnyOrderElementsOf(dutch.problems());
        assertThat(ADVISOR.validate(request, Locale.ENGLISH)).containsExactlyInAnyOrderElementsOf(english.problems());
        assertThat(english.problems()).containsExactly(
                new Problem("requestId", "must be Unicode text: it holds half of a surrogate pair (an escape \\uD800 "
                        + "to \\uDFFF) without the other half, which no UTF-8 can hold"),
                new Problem("desiredWorkplace", "must be 1 to 200 characters"),
                new Problem("employee.employment[1].from", "must be after the end of the period before it: the "
                        + "periods are in date order and do not overlap"),
                new Problem("employee.employment[1].to", "must not be before from"),
                new Problem("employee.employment[2].from", "must not be after intendedStart: the last period of "
                        + "employment must run on intendedStart"),
                new Problem("employee.employment[2].to", "must not be before from"),
                new Problem("employee.employment[2].to", "must be null or not before intendedStart: the last period "
                        + "of employment must run on intendedStart"),
                new Problem("employer.employees", "must be at least 1"),
                new Problem("asOf", "must not be before submittedOn"));
        assertThat(dutch.problems()).containsExactly(
                new Problem("requestId", "moet Unicode-tekst zijn: ze bevat de helft van een surrogaatpaar (een escape "
                        + "\\uD800 tot en met \\uDFFF) zonder de andere helft, en die kan in geen UTF-8 staan"),
                new Problem("desiredWorkplace", "moet 1 tot en met 200 tekens lang zijn"),
                new Problem("employee.employment[1].from", "moet na het einde van de periode ervoor liggen: de "
                        + "perioden staan in datumvolgorde en overlappen elkaar niet"),
                new Problem("employee.employment[1].to", "mag niet vóór from liggen"),
                new Problem("employee.employment[2].from", "mag niet na intendedStart liggen: de laatste periode van "
                        + "dienstverband moet intendedStart omvatten"),
                new Problem("employee.employment[2].to", "mag niet vóór from liggen"),
                new Problem("employee.employment[2].to", "moet null zijn of niet vóór intendedStart liggen: de laatste "
                        + "periode van dienstverband moet intendedStart omvatten"),
                new Problem("employer.employees", "moet minstens 1 zijn"),
                new Problem("asOf", "mag niet vóór submittedOn liggen"));
        assertThat(dutch.getMessage()).startsWith("Het verzoek heeft 9 problemen, elk vermeld in problems. Het eerste: "
                + "requestId moet Unicode-tekst zijn");
        assertThat(english.getMessage()).startsWith("The request has 9 problems, each listed in problems. The first: "
                + "requestId must be Unicode text");
    }

    @Test
    void answers_of_requests_are_worded_in_dutch_by_default_and_in_the_language_asked_for() {
        byte[] line = BROKEN.replace("\n", "").getBytes(StandardCharsets.UTF_8);

        JsonAnswer dutch = RequestAnswers.answer(line, r -> ADVISOR.assess(r), false);
        JsonAnswer english = RequestAnswers.answer(line, r -> ADVISOR.assess(r, Locale.ENGLISH), false, Locale.ENGLISH);
        JsonAnswer dutchLine = RequestAnswers.answerLine(line, 3, r -> ADVISOR.assess(r));
        JsonAnswer englishLine = RequestAnswers.answerLine(line, 3, r -> ADVISOR.assess(r, Locale.ENGLISH),
                Locale.ENGLISH);

        assertThat(dutch.decided()).isFalse();
        assertThat(dutch.json()).contains("\"message\":\"Het verzoek heeft ", "\"message\":\"moet true of false zijn\"")
                .doesNotContain("must");
        assertThat(dutchLine.json()).contains("\"line\":3", "\"message\":\"Het verzoek heeft ").doesNotContain("must");
        assertThat(english.json()).contains("\"message\":\"The request has ", "\"message\":\"must be true or false\"")
                .doesNotContain("moet");
        assertThat(englishLine.json()).contains("\"line\":3", "\"message\":\"The request has ").doesNotContain("moet");
    }

    @Test
    void no_dutch_answer_to_a_broken_field_of_a_request_holds_an_english_word() {
        // given each value of a valid request replaced by a value of every type, an impossible date, a fraction, a
        // number too large for an int; and documents that are no request at all
        String valid = "{\"requestId\":\"r-1\",\"submittedOn\":\"2026-09-01\",\"inWriting\":true,"
                + "\"intendedStart\":\"2026-11-02\",\"desiredWorkplace\":\"Home\","
                + "\"employee\":{\"employment\":[{\"from\":\"2024-02-06\",\"to\":null}]},"
                + "\"employer\":{\"employees\":250},\"asOf\":\"2026-09-15\","
                + "\"decision\":{\"decidedOn\":\"2026-09-20\",\"inWriting\":true,\"outcome\":\"REFUSED\","
                + "\"reasonsGiven\":true,\"consulted\":true}}";
        List<String> values = List.of("\"r-1\"", "\"2026-09-01\"", "true", "\"2026-11-02\"", "\"Home\"",
                "[{\"from\":\"2024-02-06\",\"to\":null}]", "{\"from\":\"2024-02-06\",\"to\":null}",
                "\"2024-02-06\"", "\"to\":null", "{\"employment\":[{\"from\":\"2024-02-06\",\"to\":null}]}", "250",
                "{\"employees\":250}", "\"2026-09-15\"", "\"2026-09-20\"", "\"REFUSED\"");
        List<String> bad = List.of("17", "1.5", "1e400", "-3", "0", "\"x\"", "\"2026-02-30\"", "true", "null", "[]",
                "[1]", "{}", "{\"x\":1}", "\"\"", "\"" + "y".repeat(300) + "\"");
        List<String> documents = new ArrayList<>(List.of("{}", "[]", "null", "17", "{\"decision\":{}}"));
        for (String value : values) {
            for (String replacement : bad) {
                documents.add(valid.replace(value, value.equals("\"to\":null") ? "\"to\":" + replacement : replacement));
            }
        }
        List<String> english = new ArrayList<>();
        int refused = 0;

        // when each is read in Dutch, as readRequest reads by default
        for (String json : documents) {
            try {
                ThuiswerkJson.readRequest(json);
            } catch (DecisionException e) {
                refused++;
                if (ENGLISH.matcher(withoutNames(e.getMessage())).find()) {
                    english.add(e.getMessage());
                }
                for (Problem p : e.problems()) {
                    if (ENGLISH.matcher(withoutNames(p.message())).find()) {
                        english.add(p.path() + ": " + p.message());
                    }
                }
            }
        }
        DecisionException none = catchThrowableOfType(DecisionException.class, () -> ADVISOR.assess(null));

        // then most were refused, and no message or problem is English
        assertThat(refused).isGreaterThan(150);
        assertThat(english).isEmpty();
        assertThat(none.problems()).containsExactly(new Problem("", "is verplicht"));
        assertThat(none.getMessage()).isEqualTo("Er is geen verzoek gegeven: een verzoek is verplicht.");
    }
}
