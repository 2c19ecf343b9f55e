package nl.thuiswerk.facts.requests;

import java.time.LocalDate;

/**
 * The last day the employer may decide (lid 12). Derived: one per statutory request, by one of two rules that
 * exclude one another (one month before the start, or five working days with unforeseen circumstances).
 *
 * @param date the last day; a decision on this day is in time
 */
public record Deadline(LocalDate date) {

    public Deadline {
        java.util.Objects.requireNonNull(date, "date");
    }

    /**
     * Nothing of the request: a rule engine that logs its facts at TRACE must not show an employee's dates or
     * circumstances, which are personal data.
     */
    @Override
    public String toString() {
        return "Deadline[<not shown>]";
    }
}
