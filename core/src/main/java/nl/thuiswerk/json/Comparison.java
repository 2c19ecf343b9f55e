package nl.thuiswerk.json;

import nl.thuiswerk.DecisionChange;
import nl.thuiswerk.DecisionException;

/**
 * One case given as JSON text, compared under two rule-set versions.
 *
 * @param change      the change, or null when nothing changed or the case was not compared
 * @param notCompared why the case was not compared, or null when it was
 */
public record Comparison(DecisionChange change, DecisionException notCompared) {
}
