package nl.thuiswerk;

import java.time.LocalDate;

/**
 * A date that would change the assessment of a request, or that the parties must act by: an item of
 * {@link Assessment#whatWouldChange()}.
 *
 * @param kind what the date is
 * @param date the day
 * @param text the same in words, in the language asked for
 */
public record KeyDate(Kind kind, LocalDate date, String text) {

    /** The kinds of date an assessment names. */
    public enum Kind {
        /** The last day to submit the request for its intended start: the start minus two months (lid 3). */
        LAST_DAY_TO_SUBMIT,
        /**
         * The first start possible for a request submitted on this day: two months later (lid 3), and no earlier
         * than the day the 26 weeks are reached (lid 1).
         */
        FIRST_POSSIBLE_START,
        /** The first start on which the employee has been employed 26 weeks (lid 1). */
        TENURE_REACHED,
        /** The first day a new request may be made: a year after the last decision (lid 3, last sentence). */
        NEXT_REQUEST_FROM,
        /** The last day the employer may decide (lid 12). */
        DECISION_DEADLINE,
        /** The first day the request counts as granted by law when the employer has not decided (lid 12). */
        GRANTED_BY_LAW_FROM
    }
}
