package nl.thuiswerk.rules;

import nl.thuiswerk.Case;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.Job;
import nl.thuiswerk.Problem;
import nl.thuiswerk.Task;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.Fuzzer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every error is worded in the language asked for, in whole sentences: the refusal of a date no version covers, of a
 * case that breaks the contract, of text that is not JSON; a Dutch answer holds no English sentence.
 */
class LanguageOfErrorsTest {

    private static final HomeWorkingAdvisor ADVISOR = HomeWorkingAdvisor.create();
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    /** English words no Dutch message has; quotes of the advice («…») and the contract's names are left out first. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|must|should|with|and|which|than|has|have|not|"
            + "line|column|number|field|required|given|cannot|version|versions|rule|lapsed|since|until|last|first|"
            + "problem|problems|case|input|text|expected|found)\\b");

    private static Case analystOn(LocalDate date) {
        return new Case("a-1", date, Job.of("Analyst", Task.atHome("Analysis", 36)), null, null);
    }

    private static String withoutQuotesAndNames(String message) {
        return message.replaceAll("«[^»]*»", "").replace("moreProblems", "").replace("problems", "");
    }

    @Test
    void a_date_in_2026_is_refused_in_dutch_whole_sentences_that_name_the_lapse_and_the_last_version() {
        // when a case dated in 2026 is decided in Dutch, as decide(Case) does, and in English
        DecisionException dutch = catchThrowableOfType(DecisionException.class,
                () -> ADVISOR.decide(analystOn(LocalDate.of(2026, 1, 5))));
        DecisionException english = catchThrowableOfType(DecisionException.class,
                () -> ADVISOR.decide(analystOn(LocalDate.of(2026, 1, 5)), Locale.ENGLISH));

        // then each is the same refusal, in its language, ending as a sentence ends, never in a fragment
        assertThat(dutch.code()).isEqualTo(ErrorCode.NO_RULESET_IN_FORCE);
        assertThat(dutch.getMessage()).isEqualTo("Op 2026-01-05 geldt geen regelset: het thuiswerkadvies verviel op "
                + "15 maart 2022 («Het huidige thuiswerkadvies vervalt», de tekst van het ministerie van 15 maart 2022; "
                + "de Kamerbrief van die dag is Kamerstuk 25 295, nr. 1819); sindsdien spreken werkgever en werknemer "
                + "het thuiswerken zelf af. De laatste versie is 2022-02-15 («Werk maximaal de helft van de werktijd op "
                + "kantoor», geldig tot en met 2022-03-14).");
        assertThat(withoutQuotesAndNames(dutch.getMessage())).doesNotContainPattern(ENGLISH);
        assertThat(english.getMessage()).startsWith("No rule set is in force on 2026-01-05: the home-working advice "
                + "lapsed on 15 March 2022").endsWith(". The last version is 2022-02-15 («Werk maximaal de helft van de "
                + "werktijd op kantoor», valid until 2022-03-14).");
    }

    @Test
    void a_date_before_the_criteria_names_the_first_version_in_a_sentence() {
        DecisionException dutch = catchThrowableOfType(DecisionException.class,
                () -> ADVISOR.decide(analystOn(LocalDate.of(2020, 6, 1)), DUTCH));
        DecisionException english = catchThrowableOfType(DecisionException.class,
                () -> ADVISOR.ruleSetFor(LocalDate.of(2020, 6, 1), Locale.ENGLISH));

        assertThat(dutch.getMessage()).startsWith("Op 2020-06-01 geldt geen regelset: vóór 18 februari 2021 had")
                .endsWith("De eerste versie is 2021-02-18 («Werk thuis, tenzij het niet anders kan», geldig vanaf 2021-02-18).");
        assertThat(english.getMessage()).endsWith("The first version is 2021-02-18 («Werk thuis, tenzij het niet anders "
                + "kan», valid from 2021-02-18).");
    }

    @Test
    void decide_of_no_case_says_that_a_case_is_required_in_a_sentence_of_its_own() {
        DecisionException english = catchThrowableOfType(DecisionException.class, () -> ADVISOR.decide(null, Locale.ENGLISH));
        DecisionException dutch = catchThrowableOfType(DecisionException.class, () -> ADVISOR.decide(null));

        assertThat(english.getMessage()).isEqualTo("No case was given: a case is required.").doesNotContain("the case a case");
        assertThat(english.problems()).containsExactly(new Problem("", "is required"));
        assertThat(dutch.getMessage()).isEqualTo("Er is geen casus gegeven: een casus is verplicht.");
        assertThat(dutch.problems()).containsExactly(new Problem("", "is verplicht"));
    }

    @Test
    void an_invalid_case_is_refused_in_the_language_asked_for_message_and_problems_alike() {
        Case invalid = new Case(null, LocalDate.of(2021, 3, 15), Job.of("Too much", Task.atHome("A", 90)), null, null);

        DecisionException dutch = catchThrowableOfType(DecisionException.class, () -> ADVISOR.decide(invalid, DUTCH));
        DecisionException english = catchThrowableOfType(DecisionException.class, () -> ADVISOR.decide(invalid, Locale.ENGLISH));

        assertThat(dutch.getMessage()).isEqualTo("De casus heeft 2 problemen, elk vermeld in problems. Het eerste: "
                + "caseId is verplicht.");
        assertThat(dutch.problems()).extracting(Problem::message).containsExactly("is verplicht", "mag hoogstens 80 zijn");
        assertThat(english.getMessage()).isEqualTo("The case has 2 problems, each listed in problems. The first: "
                + "caseId is required.");
    }

    @Test
    void no_dutch_answer_to_hostile_input_holds_an_english_word_and_every_message_ends_a_sentence() {
        // given hostile inputs of every kind
        Fuzzer fuzzer = new Fuzzer(99L, List.of());
        List<String> english = new ArrayList<>();
        int errors = 0;

        // when each is answered in Dutch
        for (int i = 0; i < 2_000; i++) {
            String input = fuzzer.next();
            try {
                ADVISOR.decide(ThuiswerkJson.readCase(input, DUTCH), DUTCH);
            } catch (DecisionException e) {
                errors++;
                if (ENGLISH.matcher(withoutQuotesAndNames(e.getMessage())).find()) {
                    english.add(e.getMessage());
                }
                assertThat(e.getMessage()).as(e.getMessage()).endsWith(".");
                for (Problem p : e.problems()) {
                    if (ENGLISH.matcher(withoutQuotesAndNames(p.message())).find()) {
                        english.add(p.path() + ": " + p.message());
                    }
                }
            }
        }

        // then none of the messages or problems is English
        assertThat(errors).isGreaterThan(1_000);
        assertThat(english).isEmpty();
    }
}
