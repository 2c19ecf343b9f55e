package nl.thuiswerk;

/** What the employer decided on a request to change the place of work (Wfw art. 2 lid 6 and 8). */
public enum DecisionOutcome {
    /** The request was granted as asked. */
    GRANTED,
    /**
     * The workplace was changed otherwise than the employee wished («in afwijking van de wensen van de werknemer»,
     * lid 8): the employer owes written reasons, as for a refusal.
     */
    GRANTED_OTHERWISE,
    /** The request was refused («afwijst», lid 6; «niet inwilligt», lid 8). */
    REFUSED
}
