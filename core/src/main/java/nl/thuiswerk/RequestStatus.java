package nl.thuiswerk;

/**
 * Where a request to change the place of work stands under article 2 of the Wet flexibel werken (Wfw), as the
 * assessment of {@code docs/requests.md} finds it.
 */
public enum RequestStatus {
    /** Article 2 does not apply: the employer has fewer than 10 employees (lid 16 until 2022-08-01, lid 18 since). */
    NOT_APPLICABLE,
    /**
     * A collective agreement, a regulation of a competent public body or a written agreement with the works council
     * or staff representation deviates from article 2 for the workplace (lid 15, since 2022-08-02 lid 17): that
     * arrangement decides.
     */
    DEVIATING_ARRANGEMENT,
    /**
     * A condition of a request under article 2 is not met (in writing, 26 weeks, two months' notice, a year since the
     * last decision): the statute sets no deadline; the employer may still agree, freely.
     */
    NOT_A_STATUTORY_REQUEST,
    /** A statutory request the employer has not decided yet, and the deadline of lid 12 has not passed. */
    PENDING,
    /** The employer decided by the deadline of lid 12; the decision may still have defects (lid 4, 6, 8). */
    DECIDED,
    /**
     * The employer did not decide by the deadline of lid 12: the workplace is adjusted as the employee asked
     * («wordt … aangepast overeenkomstig het verzoek van de werknemer»).
     */
    GRANTED_BY_LAW
}
