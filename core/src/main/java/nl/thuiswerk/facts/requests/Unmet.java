package nl.thuiswerk.facts.requests;

import nl.thuiswerk.RequestStatus;

/**
 * A condition of a request under article 2 that is not met: the request is not a statutory one. Derived: for each
 * requirement exactly one {@link Met} or {@code Unmet}, once article 2 governs the request.
 *
 * @param requirement the condition
 */
public record Unmet(Requirement requirement) implements Settles {

    public Unmet {
        java.util.Objects.requireNonNull(requirement, "requirement");
    }

    @Override
    public RequestStatus status() {
        return RequestStatus.NOT_A_STATUTORY_REQUEST;
    }
}
