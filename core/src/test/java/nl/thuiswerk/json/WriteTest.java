package nl.thuiswerk.json;

import nl.thuiswerk.Condition;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.Evidence;
import nl.thuiswerk.EvidenceLevel;
import nl.thuiswerk.FactChange;
import nl.thuiswerk.Facts;
import nl.thuiswerk.OccupationalPhysicianAdvice;
import nl.thuiswerk.Outcome;
import nl.thuiswerk.Problem;
import nl.thuiswerk.Receipt;
import nl.thuiswerk.Reason;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.Source;
import nl.thuiswerk.WhatIf;
import nl.thuiswerk.Worker;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WriteTest {

    private static final Source S1 = new Source("S1", "Kamerbrief", "https://example.org/s1", "«quote»");
    private static final RuleSetInfo RULES = new RuleSetInfo("2021-02-18", "Werk thuis", LocalDate.of(2021, 2, 18),
            LocalDate.of(2021, 6, 25), "WORK_FROM_HOME_UNLESS", List.of(S1), "sha256:ab",
            new Evidence(EvidenceLevel.PRIMARY, EvidenceLevel.SECONDARY, "S1", "S1"));

    private static Decision decision(Double share) {
        java.util.OptionalDouble limit = share == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(share);
        return new Decision("c-1", LocalDate.of(2021, 3, 15), "en", Outcome.PARTLY_ON_SITE, limit, 0.6667,
                List.of(new Reason("NATURE_OF_WORK", "Nature of work", "text \"quoted\"", S1,
                        new Facts(List.of("Teaching"), 24.0, 36.0, 0.6667, null, null))),
                List.of(new Condition("CORONA_MEASURES_UNCONFIRMED", "Corona", "confirm", false, S1)),
                List.of(), List.of(new WhatIf(List.of(new FactChange("onSiteWorkplace.meetsCoronaMeasures", "NOT_STATED", "true")),
                        Outcome.PARTLY_ON_SITE, limit, List.of("CORONA_MEASURES_UNCONFIRMED"), "if")),
                RULES, null, new Receipt("sha256:cd", "sha256:ab", "1.0"));
    }

    @Test
    void a_decision_is_written_in_the_contracts_field_order_on_one_line() {
        String json = ThuiswerkJson.write(decision(0.6667));

        assertThat(json).doesNotContain("\n");
        assertThat(json).isEqualTo("{\"caseId\":\"c-1\",\"referenceDate\":\"2021-03-15\",\"lang\":\"en\","
                + "\"outcome\":\"PARTLY_ON_SITE\","
                + "\"maxOnSiteShare\":0.6667,\"minOnSiteShare\":0.6667,\"reasons\":[{\"code\":\"NATURE_OF_WORK\",\"rule\":\"Nature of work\","
                + "\"text\":\"text \\\"quoted\\\"\",\"source\":{\"id\":\"S1\",\"title\":\"Kamerbrief\","
                + "\"url\":\"https://example.org/s1\",\"quote\":\"«quote»\"},\"facts\":{\"tasks\":[\"Teaching\"],"
                + "\"hoursPerWeek\":24,\"totalHoursPerWeek\":36,\"share\":0.6667}}],"
                + "\"conditions\":[{\"code\":\"CORONA_MEASURES_UNCONFIRMED\",\"rule\":\"Corona\",\"text\":\"confirm\","
                + "\"blocking\":false,\"source\":{\"id\":\"S1\",\"title\":\"Kamerbrief\",\"url\":\"https://example.org/s1\","
                + "\"quote\":\"«quote»\"}}],\"assumptions\":[],\"whatWouldChange\":[{\"changes\":[{\"path\":"
                + "\"onSiteWorkplace.meetsCoronaMeasures\",\"from\":\"NOT_STATED\",\"to\":\"true\"}],\"outcome\":\"PARTLY_ON_SITE\","
                + "\"maxOnSiteShare\":0.6667,\"conditionsLifted\":[\"CORONA_MEASURES_UNCONFIRMED\"],\"text\":\"if\"}],"
                + "\"ruleSet\":{\"id\":\"2021-02-18\",\"title\":\"Werk thuis\","
                + "\"validFrom\":\"2021-02-18\",\"validTo\":\"2021-06-25\",\"fingerprint\":\"sha256:ab\","
                + "\"evidence\":{\"date\":\"PRIMARY\",\"wording\":\"SECONDARY\"}},"
                + "\"receipt\":{\"inputSha256\":\"sha256:cd\",\"ruleSetFingerprint\":\"sha256:ab\",\"libraryVersion\":\"1.0\"}}");
    }

    @Test
    void shares_are_written_with_at_most_four_decimals_and_at_least_one() {
        assertThat(ThuiswerkJson.write(decision(1.0))).contains("\"maxOnSiteShare\":1.0,");
        assertThat(ThuiswerkJson.write(decision(0.0))).contains("\"maxOnSiteShare\":0.0,");
        assertThat(ThuiswerkJson.write(decision(0.5))).contains("\"maxOnSiteShare\":0.5,");
        assertThat(ThuiswerkJson.write(decision(0.66666))).contains("\"maxOnSiteShare\":0.6667,");
        assertThat(ThuiswerkJson.write(decision(0.0001))).contains("\"maxOnSiteShare\":0.0001,");
        assertThat(ThuiswerkJson.write(decision(null))).contains("\"maxOnSiteShare\":null,");
    }

    @Test
    void pretty_output_is_the_same_decision_indented() {
        String pretty = ThuiswerkJson.writePretty(decision(0.5));

        assertThat(pretty).contains("\n").doesNotContain("\r");
        assertThat(pretty.replace("\" : ", "\":").replaceAll("\\s*([\\[\\]{},])\\s*", "$1"))
                .isEqualTo(ThuiswerkJson.write(decision(0.5)));
    }

    @Test
    void the_list_of_versions_gives_each_versions_evidence_with_the_source_of_each_claim() {
        String json = ThuiswerkJson.writeRuleSets(List.of(RULES), false);

        assertThat(json).endsWith("\"fingerprint\":\"sha256:ab\",\"evidence\":{\"date\":\"PRIMARY\","
                + "\"wording\":\"SECONDARY\",\"dateSource\":\"S1\",\"wordingSource\":\"S1\"}}]}");
    }

    @Test
    void an_error_carries_its_code_message_and_every_problem() {
        DecisionException e = new DecisionException(ErrorCode.INVALID_INPUT, null, "2 problems",
                List.of(new Problem("caseId", "is required"), new Problem("job", "is required")));

        assertThat(ThuiswerkJson.write(e)).isEqualTo("{\"caseId\":null,\"error\":{\"code\":\"INVALID_INPUT\","
                + "\"message\":\"2 problems\",\"problems\":[{\"path\":\"caseId\",\"message\":\"is required\"},"
                + "{\"path\":\"job\",\"message\":\"is required\"}]}}");
    }

    @Test
    void the_company_doctors_advice_does_not_print_its_value() {
        Worker worker = new Worker(new OccupationalPhysicianAdvice(0.3719), null);

        assertThat(worker.toString()).doesNotContain("0.3719").contains("not shown");
    }
}
