package nl.thuiswerk.facts.requests;

/**
 * A condition of a request under article 2 that is met, or that does not bind this request (excused by unforeseen
 * circumstances, or switched off by art. 2a). Derived: for each requirement exactly one {@code Met} or
 * {@link Unmet}, once article 2 governs the request.
 *
 * @param requirement the condition
 */
public record Met(Requirement requirement) {

    public Met {
        java.util.Objects.requireNonNull(requirement, "requirement");
    }
}
