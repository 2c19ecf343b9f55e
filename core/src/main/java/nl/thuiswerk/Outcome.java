package nl.thuiswerk;

/** What the advice in force supports for the worker. */
public enum Outcome {
    HOME,
    PARTLY_ON_SITE,
    ON_SITE
}
