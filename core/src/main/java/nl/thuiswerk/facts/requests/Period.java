package nl.thuiswerk.facts.requests;

import java.time.LocalDate;

/**
 * A period of employment, with this employer or one that succeeds another for this work (Wfw art. 2 lid 1).
 *
 * @param from the first day, inclusive
 * @param to   the last day, inclusive; null while the employee is still employed
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        java.util.Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a period cannot end before it begins");
        }
    }

    /**
     * Nothing of the request: a rule engine that logs its facts at TRACE must not show an employee's dates or
     * circumstances, which are personal data.
     */
    @Override
    public String toString() {
        return "Period[<not shown>]";
    }
}
