package nl.thuiswerk;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A period inside or around the span of the rule-set versions for which the product has, on purpose, no rule
 * set: before the first published criteria, a gap the sources leave open, or after the advice lapsed. A case
 * dated in it is refused with {@code NO_RULESET_IN_FORCE} and this reason.
 *
 * @param from        first day (inclusive); null for "since always"
 * @param to          last day (inclusive); null for "from then on"
 * @param reason      why there is no rule set, naming the source where there is one, in English
 * @param dutchReason the same in Dutch; null where none was given
 */
public record NoRuleSetPeriod(LocalDate from, LocalDate to, String reason, String dutchReason) {

    /** A period whose reason is given in English only. */
    public NoRuleSetPeriod(LocalDate from, LocalDate to, String reason) {
        this(from, to, reason, null);
    }

    public boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** The reason in the language of the locale: Dutch for {@code nl} where there is a Dutch one, else English. */
    public String reason(Locale locale) {
        return locale != null && "nl".equals(locale.getLanguage()) && dutchReason != null ? dutchReason : reason;
    }
}
