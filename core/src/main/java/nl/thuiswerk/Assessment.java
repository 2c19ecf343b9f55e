package nl.thuiswerk;

import java.time.LocalDate;
import java.util.List;

/**
 * The assessment of one request to change the place of work under article 2 (and, from 2022-08-02, 2a) of the Wet
 * flexibel werken, with everything needed to explain and audit it; the JSON of {@code docs/requests.md} field by
 * field.
 *
 * @param requestId        the request's id
 * @param status           where the request stands on its {@code asOf} day
 * @param decisionDeadline the last day the employer may decide (lid 12); null where the statute sets none (not
 *                         applicable, a deviating arrangement, not a statutory request)
 * @param reasons          why, with the employer's duties where they apply, in a fixed order; each with its article,
 *                         paragraph and quoted text
 * @param defects          what the employer's decision lacks (lid 4, 6, 8), in a fixed order; empty without a
 *                         decision in time
 * @param assumptions      the defaults applied for facts the request did not state
 * @param whatWouldChange  the dates that would change the assessment or that the parties must act by
 * @param ruleSet          the rule-set version that assessed it, chosen by {@code submittedOn}
 * @param receipt          what is needed to verify the assessment later
 * @param lang             the language of the texts, {@code nl} or {@code en}: verifying assesses again in it
 */
public record Assessment(String requestId, RequestStatus status, LocalDate decisionDeadline,
                         List<RequestReason> reasons, List<RequestReason> defects, List<Assumption> assumptions,
                         List<KeyDate> whatWouldChange, RuleSetInfo ruleSet, Receipt receipt, String lang) {

    public Assessment {
        reasons = List.copyOf(reasons);
        defects = List.copyOf(defects);
        assumptions = List.copyOf(assumptions);
        whatWouldChange = List.copyOf(whatWouldChange);
    }

    /** The codes of the reasons, in their order. */
    public List<String> codes() {
        return reasons.stream().map(RequestReason::code).toList();
    }
}
