package nl.thuiswerk.facts.requests;

/** The conditions of a request under article 2 (step 3 of docs/requests.md). */
public enum Requirement {
    /** a. In writing (lid 3, first sentence). */
    IN_WRITING,
    /** b. Employed at least 26 weeks before the intended start (lid 1). */
    TENURE,
    /** c. Submitted at least two months before the intended start (lid 3, first sentence). */
    NOTICE,
    /** d. A year since the employer last granted or refused a request (lid 3, last sentence). */
    YEAR_SINCE_LAST_DECISION
}
