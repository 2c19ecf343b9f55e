package nl.thuiswerk.facts.requests;

import nl.thuiswerk.RequestStatus;

/**
 * A derived fact that settles where the request stands. Every complete run of a version's rules leaves facts that
 * settle exactly one status; an engine reads it from them and never decides a status of its own.
 */
public interface Settles {

    /** The status this fact settles; null when it settles none (article 2 applies, and the assessment goes on). */
    RequestStatus status();
}
