package nl.thuiswerk;

/** How directly a fact about a rule-set version is known. */
public enum EvidenceLevel {
    /** Read in a text of the government itself: a Kamerbrief, or a page of rijksoverheid.nl or government.nl. */
    PRIMARY,
    /** Known only from a report of it: a press agency, a newspaper, a copy of the government's text elsewhere. */
    SECONDARY
}
