package nl.thuiswerk.json;

import nl.thuiswerk.Assessment;
import nl.thuiswerk.Assumption;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.Evidence;
import nl.thuiswerk.EvidenceLevel;
import nl.thuiswerk.KeyDate;
import nl.thuiswerk.LawSource;
import nl.thuiswerk.Receipt;
import nl.thuiswerk.RequestReason;
import nl.thuiswerk.RequestStatus;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.Source;
import nl.thuiswerk.internal.AssessmentJson;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WriteAssessmentTest {

    private static final LawSource LID_12 = new LawSource("Wet flexibel werken", "2", "12",
            "https://wetten.overheid.nl/BWBR0011173/2022-08-02#Artikel2", "Indien de werkgever niet een maand …");
    private static final RuleSetInfo WFW_2022 = new RuleSetInfo("wfw-2022-08-02", "Wet flexibel werken, art. 2 en 2a",
            LocalDate.of(2022, 8, 2), null, null,
            List.of(new Source("WFW-2022-08-02", "Wet flexibel werken", "https://wetten.overheid.nl/BWBR0011173/2022-08-02", null)),
            "sha256:abc", new Evidence(EvidenceLevel.PRIMARY, EvidenceLevel.PRIMARY, "WFW-2022-08-02", "WFW-2022-08-02"));

    private static Assessment pending() {
        return new Assessment("ex-pending", RequestStatus.PENDING, LocalDate.of(2026, 10, 2),
                List.of(new RequestReason("DECISION_DUE", "Lid 12: decision due", "Decide by 2026-10-02.", LID_12)),
                List.of(),
                List.of(new Assumption("employee.caregiver", "false", "Not stated: taken as not a carer.")),
                List.of(new KeyDate(KeyDate.Kind.DECISION_DEADLINE, LocalDate.of(2026, 10, 2), "The deadline.")),
                WFW_2022, new Receipt("sha256:in", "sha256:abc", "0.1.0"), "en");
    }

    @Test
    void an_assessment_is_written_in_the_contracts_field_order_with_an_open_end_as_null() {
        String json = ThuiswerkJson.write(pending());

        assertThat(json).isEqualTo("{\"requestId\":\"ex-pending\",\"lang\":\"en\",\"status\":\"PENDING\",\"decisionDeadline\":\"2026-10-02\","
                + "\"reasons\":[{\"code\":\"DECISION_DUE\",\"rule\":\"Lid 12: decision due\",\"text\":\"Decide by 2026-10-02.\","
                + "\"source\":{\"law\":\"Wet flexibel werken\",\"article\":\"2\",\"lid\":\"12\","
                + "\"url\":\"https://wetten.overheid.nl/BWBR0011173/2022-08-02#Artikel2\",\"quote\":\"Indien de werkgever niet een maand …\"}}],"
                + "\"defects\":[],"
                + "\"assumptions\":[{\"path\":\"employee.caregiver\",\"value\":\"false\",\"text\":\"Not stated: taken as not a carer.\"}],"
                + "\"whatWouldChange\":[{\"kind\":\"DECISION_DEADLINE\",\"date\":\"2026-10-02\",\"text\":\"The deadline.\"}],"
                + "\"ruleSet\":{\"id\":\"wfw-2022-08-02\",\"title\":\"Wet flexibel werken, art. 2 en 2a\","
                + "\"validFrom\":\"2022-08-02\",\"validTo\":null,\"fingerprint\":\"sha256:abc\","
                + "\"evidence\":{\"date\":\"PRIMARY\",\"wording\":\"PRIMARY\"}},"
                + "\"receipt\":{\"inputSha256\":\"sha256:in\",\"ruleSetFingerprint\":\"sha256:abc\",\"libraryVersion\":\"0.1.0\"}}");
    }

    @Test
    void the_same_assessment_is_the_same_bytes_and_pretty_is_the_same_json_indented() {
        assertThat(ThuiswerkJson.write(pending())).isEqualTo(ThuiswerkJson.write(pending()));
        String pretty = ThuiswerkJson.writePretty(pending());
        assertThat(pretty).contains("\n  \"status\" : \"PENDING\"");
        assertThat(pretty.replaceAll("\n\\s*", "").replace(" : ", ":").replace("[ ]", "[]")).isEqualTo(ThuiswerkJson.write(pending()));
    }

    @Test
    void no_deadline_and_no_paragraph_are_written_as_null() {
        LawSource art3 = new LawSource("Wet flexibel werken", "3", null, "https://wetten.overheid.nl/BWBR0011173/2022-08-02#Artikel3", "…");
        Assessment a = new Assessment("x", RequestStatus.NOT_APPLICABLE, null,
                List.of(new RequestReason("PROTECTION_AGAINST_DISMISSAL", "Art. 3", "t", art3)), List.of(), List.of(),
                List.of(), WFW_2022, null, "nl");

        String json = ThuiswerkJson.write(a);

        assertThat(json).contains("\"decisionDeadline\":null").contains("\"lid\":null").doesNotContain("receipt");
    }

    @Test
    void an_error_about_a_request_names_the_request_and_the_line() {
        DecisionException e = catchThrowableOfType(DecisionException.class,
                () -> ThuiswerkJson.readRequest("{\"requestId\":\"bad-1\"}", Locale.ENGLISH));

        String json = AssessmentJson.error(e, 7, false);

        assertThat(json).startsWith("{\"requestId\":\"bad-1\",\"line\":7,\"error\":{\"code\":\"INVALID_INPUT\","
                + "\"message\":\"The request has 7 problems, each listed in problems. The first: submittedOn is required.\","
                + "\"problems\":[{\"path\":\"submittedOn\",\"message\":\"is required\"}");
        assertThat(AssessmentJson.error(e, 0, false)).startsWith("{\"requestId\":\"bad-1\",\"error\"");
    }
}
