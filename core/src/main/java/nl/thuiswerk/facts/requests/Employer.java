package nl.thuiswerk.facts.requests;

/**
 * The employer. An input fact: one per assessment.
 *
 * @param employees            the number of employees
 * @param deviatingArrangement whether a collective agreement, a regulation of a competent public body or a written
 *                             agreement with the works council or staff representation deviates from article 2 for
 *                             the workplace (false when not stated)
 */
public record Employer(int employees, boolean deviatingArrangement) {

    /**
     * Nothing of the request: a rule engine that logs its facts at TRACE must not show an employee's dates or
     * circumstances, which are personal data.
     */
    @Override
    public String toString() {
        return "Employer[<not shown>]";
    }
}
