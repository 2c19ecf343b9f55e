package nl.thuiswerk.json;

import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;

/**
 * One line of a JSON Lines file decided but not yet written, for a caller that writes it in a format of its own (the
 * command line's {@code batch --format summary|csv}): exactly one of the decision and the error is there.
 *
 * @param line     the line's number in its file, from 1
 * @param decision the decision, or null when the line was answered with an error
 * @param error    the error, worded as {@link ThuiswerkJson#answerLine} words it, or null for a decision
 */
public record LineDecision(long line, Decision decision, DecisionException error) {

    public LineDecision {
        if ((decision == null) == (error == null)) {
            throw new IllegalArgumentException("a line has either a decision or an error");
        }
    }

    /** Whether the line was decided. */
    public boolean decided() {
        return decision != null;
    }
}
