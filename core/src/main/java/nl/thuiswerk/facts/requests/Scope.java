package nl.thuiswerk.facts.requests;

/** Whether article 2 governs the request (steps 1 and 2 of docs/requests.md). */
public enum Scope {
    /** Article 2 governs the request: the assessment goes on to its conditions. */
    ARTICLE_2,
    /** Article 2 does not apply: an employer with fewer than 10 employees (lid 16; since 2022-08-02 lid 18). */
    EMPLOYER_UNDER_10,
    /** An arrangement deviating from article 2 decides (lid 15; since 2022-08-02 lid 17). */
    DEVIATING_ARRANGEMENT
}
