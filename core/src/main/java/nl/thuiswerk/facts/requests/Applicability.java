package nl.thuiswerk.facts.requests;

import nl.thuiswerk.RequestStatus;

/**
 * Whether article 2 governs the request. Derived: exactly one per assessment, by one of the version's rules of
 * steps 1 and 2, which exclude one another and read only the input facts.
 *
 * @param scope what governs the request
 */
public record Applicability(Scope scope) implements Settles {

    public Applicability {
        java.util.Objects.requireNonNull(scope, "scope");
    }

    @Override
    public RequestStatus status() {
        return switch (scope) {
            case ARTICLE_2 -> null;
            case EMPLOYER_UNDER_10 -> RequestStatus.NOT_APPLICABLE;
            case DEVIATING_ARRANGEMENT -> RequestStatus.DEVIATING_ARRANGEMENT;
        };
    }

    /** Whether article 2 governs the request. */
    public boolean article2() {
        return scope == Scope.ARTICLE_2;
    }
}
