package nl.thuiswerk.facts.requests;

import java.util.List;

/**
 * The employee: the periods that count towards the 26 weeks of lid 1 and the circumstances of art. 2a lid 1. An
 * input fact: one per assessment.
 *
 * @param employment          the periods of employment, in date order, not overlapping, the last running on the
 *                            intended start
 * @param parentOfChildUnder8 art. 2a lid 1 under a (false when not stated)
 * @param caregiver           art. 2a lid 1 under b or c (false when not stated)
 */
public record Employee(List<Period> employment, boolean parentOfChildUnder8, boolean caregiver) {

    public Employee {
        employment = List.copyOf(employment);
    }

    /**
     * The circumstances of art. 2a are personal data: a rule engine that logs its facts at TRACE must not show them.
     */
    @Override
    public String toString() {
        return "Employee[employment=<not shown>, parentOfChildUnder8=<not shown>, caregiver=<not shown>]";
    }
}
