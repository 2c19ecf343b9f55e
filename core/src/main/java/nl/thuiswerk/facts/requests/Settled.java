package nl.thuiswerk.facts.requests;

import nl.thuiswerk.RequestStatus;

/**
 * Where a statutory request stands against its deadline (step 5 of docs/requests.md). Derived: one per statutory
 * request, by one of four rules that exclude one another.
 *
 * @param status {@link RequestStatus#PENDING}, {@link RequestStatus#DECIDED} or {@link RequestStatus#GRANTED_BY_LAW}
 */
public record Settled(RequestStatus status) implements Settles {

    public Settled {
        java.util.Objects.requireNonNull(status, "status");
    }
}
