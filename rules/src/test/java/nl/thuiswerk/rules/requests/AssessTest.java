package nl.thuiswerk.rules.requests;

import nl.thuiswerk.Assessment;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.KeyDate;
import nl.thuiswerk.RequestStatus;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.RuleSetIntegrityException;
import nl.thuiswerk.Verification;
import nl.thuiswerk.WorkplaceRequest;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.RequestGenerator;
import nl.thuiswerk.oracle.RequestOracle;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The advisor's assessments of requests: the version by submittedOn, the key dates of whatWouldChange (found by
 * running the rules) against the independent oracle's arithmetic, the receipt, verification and pins.
 */
class AssessTest {

    private static final HomeWorkingAdvisor ADVISOR = HomeWorkingAdvisor.create();

    private static List<String> examples() throws Exception {
        return Files.readAllLines(Path.of("../examples/requests/requests.jsonl"));
    }

    private static Map<KeyDate.Kind, LocalDate> dates(Assessment a) {
        Map<KeyDate.Kind, LocalDate> dates = new LinkedHashMap<>();
        a.whatWouldChange().forEach(k -> dates.put(k.kind(), k.date()));
        return dates;
    }

    @Test
    void a_request_submitted_too_soon_by_a_new_employee_names_the_last_day_to_submit_the_26_weeks_and_the_first_start() throws Exception {
        // given ex-too-soon: submitted 2026-09-15 for 2026-11-02, employed since 2026-06-01
        WorkplaceRequest r = ThuiswerkJson.readRequest(examples().get(6));

        // when it is assessed
        Assessment a = ADVISOR.assess(r, Locale.ENGLISH);

        // then it is no statutory request, and the dates say when it would be
        assertThat(a.status()).isEqualTo(RequestStatus.NOT_A_STATUTORY_REQUEST);
        assertThat(dates(a)).containsExactly(
                Map.entry(KeyDate.Kind.LAST_DAY_TO_SUBMIT, LocalDate.of(2026, 9, 2)),
                Map.entry(KeyDate.Kind.TENURE_REACHED, LocalDate.of(2026, 11, 30)),
                Map.entry(KeyDate.Kind.FIRST_POSSIBLE_START, LocalDate.of(2026, 11, 30)));
        assertThat(a.whatWouldChange().get(0).text()).contains("2026-09-02", "2026-11-02");
    }

    @Test
    void a_pending_request_names_its_deadline_and_the_day_it_is_granted_by_law_in_both_languages() throws Exception {
        WorkplaceRequest r = ThuiswerkJson.readRequest(examples().get(0));

        Assessment en = ADVISOR.assess(r, Locale.ENGLISH);
        Assessment nl = ADVISOR.assess(r, Locale.forLanguageTag("nl"));

        assertThat(dates(en)).containsEntry(KeyDate.Kind.DECISION_DEADLINE, LocalDate.of(2026, 10, 2))
                .containsEntry(KeyDate.Kind.GRANTED_BY_LAW_FROM, LocalDate.of(2026, 10, 3));
        assertThat(en.lang()).isEqualTo("en");
        assertThat(nl.lang()).isEqualTo("nl");
        assertThat(nl.whatWouldChange()).extracting(KeyDate::date).isEqualTo(en.whatWouldChange().stream()
                .map(KeyDate::date).toList());
        assertThat(nl.whatWouldChange().get(nl.whatWouldChange().size() - 1).text()).contains("van rechtswege", "2026-10-03");
    }

    @Test
    void the_first_day_a_new_request_may_be_made_is_named_where_the_year_binds_and_not_for_art_2a() {
        WorkplaceRequest within = request(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 3, 1), null);
        WorkplaceRequest parent = request(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 3, 1), true);

        assertThat(dates(ADVISOR.assess(within, Locale.ENGLISH)))
                .containsEntry(KeyDate.Kind.NEXT_REQUEST_FROM, LocalDate.of(2027, 3, 1));
        assertThat(dates(ADVISOR.assess(parent, Locale.ENGLISH))).doesNotContainKey(KeyDate.Kind.NEXT_REQUEST_FROM);
    }

    @Test
    void on_generated_requests_every_key_date_is_where_the_oracles_own_arithmetic_puts_it() {
        // given generated requests over 2016-2035, assessed by the library
        RequestGenerator generator = new RequestGenerator(15_2026L);
        int checked = 0;
        for (int i = 0; i < 1_500; i++) {
            WorkplaceRequest r = generator.next();
            Assessment a = ADVISOR.assess(r, Locale.ENGLISH);
            Map<KeyDate.Kind, LocalDate> d = dates(a);
            var periods = r.employee().employment();
            var last = periods.get(periods.size() - 1);

            // then each date is where plain arithmetic on the law puts it (the oracle's count of days employed)
            if (d.containsKey(KeyDate.Kind.LAST_DAY_TO_SUBMIT)) {
                assertThat(d.get(KeyDate.Kind.LAST_DAY_TO_SUBMIT)).as(r.requestId())
                        .isEqualTo(r.intendedStart().minusMonths(2));
            }
            if (d.containsKey(KeyDate.Kind.TENURE_REACHED)) {
                LocalDate t = d.get(KeyDate.Kind.TENURE_REACHED);
                assertThat(RequestOracle.employedDays(periods, t)).as(r.requestId()).isGreaterThanOrEqualTo(182);
                if (t.isAfter(last.from())) {
                    assertThat(RequestOracle.employedDays(periods, t.minusDays(1))).as(r.requestId()).isLessThan(182);
                }
                checked++;
            }
            if (d.containsKey(KeyDate.Kind.FIRST_POSSIBLE_START)) {
                LocalDate s = d.get(KeyDate.Kind.FIRST_POSSIBLE_START);
                assertThat(s).as(r.requestId()).isAfterOrEqualTo(r.submittedOn().plusMonths(2))
                        .isAfterOrEqualTo(d.get(KeyDate.Kind.TENURE_REACHED));
            }
            if (d.containsKey(KeyDate.Kind.NEXT_REQUEST_FROM)) {
                // a year after the last decision; for a parent or a carer no later than 2022-08-02, when art. 2a
                // took the year away from them
                LocalDate year = r.previousDecisionOn().plusYears(1);
                LocalDate art2a = LocalDate.of(2022, 8, 2);
                boolean circumstances = Boolean.TRUE.equals(r.employee().parentOfChildUnder8())
                        || Boolean.TRUE.equals(r.employee().caregiver());
                assertThat(d.get(KeyDate.Kind.NEXT_REQUEST_FROM)).as(r.requestId())
                        .isEqualTo(circumstances && year.isAfter(art2a) ? art2a : year);
            }
            if (a.decisionDeadline() != null && r.decision() == null) {
                assertThat(d.get(KeyDate.Kind.GRANTED_BY_LAW_FROM)).isEqualTo(a.decisionDeadline().plusDays(1));
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void the_receipt_hashes_what_the_request_says_not_its_layout_and_verify_confirms_it() throws Exception {
        String line = examples().get(2);
        String reordered = "{\"asOf\":\"2026-11-30\"," + line.substring(1).replace(", \"asOf\": \"2026-11-30\"", "");
        WorkplaceRequest r = ThuiswerkJson.readRequest(line);
        Assessment a = ADVISOR.assess(r, Locale.ENGLISH);

        assertThat(ADVISOR.assess(ThuiswerkJson.readRequest(reordered), Locale.ENGLISH).receipt())
                .isEqualTo(a.receipt());
        Verification v = ADVISOR.verify(ThuiswerkJson.writePretty(a), r, Locale.ENGLISH);
        assertThat(v.confirmed()).as(v.differences().toString()).isTrue();
        Verification other = ADVISOR.verify(ThuiswerkJson.write(a), ThuiswerkJson.readRequest(examples().get(3)),
                Locale.ENGLISH);
        assertThat(other.confirmed()).isFalse();
        assertThat(other.differences()).extracting(Verification.Difference::kind).contains(Verification.Kind.INPUT);
    }

    @Test
    void a_request_version_and_the_catalogue_of_requests_can_be_pinned_and_a_wrong_pin_refuses_to_start() {
        RuleSetInfo wfw = ADVISOR.requestRuleSets().get(1);

        HomeWorkingAdvisor pinned = HomeWorkingAdvisor.builder().pin(wfw.id(), wfw.fingerprint())
                .pin(HomeWorkingAdvisor.REQUESTS_CATALOGUE, ADVISOR.requestCatalogueFingerprint())
                .pin(HomeWorkingAdvisor.CATALOGUE, ADVISOR.catalogueFingerprint()).build();

        assertThat(pinned.requestRuleSets()).isEqualTo(ADVISOR.requestRuleSets());
        assertThatThrownBy(() -> HomeWorkingAdvisor.builder().pin(wfw.id(), "sha256:" + "0".repeat(64)).build())
                .isInstanceOf(RuleSetIntegrityException.class).hasMessageContaining("rule set wfw-2022-08-02");
        assertThatThrownBy(() -> HomeWorkingAdvisor.builder().pin("wfw-2030-01-01", wfw.fingerprint()).build())
                .isInstanceOf(RuleSetIntegrityException.class).hasMessageContaining("wfw-2022-08-02")
                .hasMessageContaining("wfw-catalogue");
    }

    @Test
    void the_versions_of_requests_are_listed_apart_and_the_last_has_no_end() {
        assertThat(ADVISOR.requestRuleSets()).extracting(RuleSetInfo::id)
                .containsExactly("wfw-2016-01-01", "wfw-2022-08-02");
        assertThat(ADVISOR.requestRuleSets().get(1).validTo()).isNull();
        assertThat(ADVISOR.requestRuleSets().get(0).validTo()).isEqualTo(LocalDate.of(2022, 8, 1));
        assertThat(ADVISOR.ruleSets()).extracting(RuleSetInfo::id).noneMatch(id -> id.startsWith("wfw"));
        assertThat(ADVISOR.trace("wfw-2022-08-02").codes()).extracting(e -> e.code()).contains("ART_2A", "DECISION_DUE");
        DecisionException before = catchThrowableOfType(DecisionException.class,
                () -> ADVISOR.assess(request(LocalDate.of(2015, 6, 1), null, null), Locale.forLanguageTag("nl")));
        assertThat(before.code()).isEqualTo(ErrorCode.NO_RULESET_IN_FORCE);
        assertThat(before.getMessage()).contains("Wet aanpassing arbeidsduur", "2015-06-01", "wfw-2016-01-01");
    }

    private static WorkplaceRequest request(LocalDate submitted, LocalDate previous, Boolean parent) {
        return new WorkplaceRequest("r", submitted, true, submitted.plusMonths(3), null, "Home", null,
                new WorkplaceRequest.Employee(List.of(new WorkplaceRequest.EmploymentPeriod(submitted.minusYears(3), null)),
                        parent, null), new WorkplaceRequest.Employer(50, null), previous, null, submitted);
    }
}
