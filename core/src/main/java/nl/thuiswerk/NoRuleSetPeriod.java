package nl.thuiswerk;

import java.time.LocalDate;

/**
 * A period inside or around the span of the rule-set versions for which the product has, on purpose, no rule
 * set: before the first published criteria, a gap the sources leave open, or after the advice lapsed. A case
 * dated in it is refused with {@code NO_RULESET_IN_FORCE} and this reason.
 *
 * @param from   first day (inclusive); null for "since always"
 * @param to     last day (inclusive); null for "from then on"
 * @param reason why there is no rule set, naming the source where there is one
 */
public record NoRuleSetPeriod(LocalDate from, LocalDate to, String reason) {

    public boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
