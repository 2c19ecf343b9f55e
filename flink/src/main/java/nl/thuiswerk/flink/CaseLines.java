package nl.thuiswerk.flink;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionChange;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.json.ThuiswerkJson;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the JSON text of one case into the JSON of its answer, never into an exception: what every parallel task
 * of the jobs does with each line. Free of Flink, so the same answers can be checked without a cluster.
 */
public final class CaseLines {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** {@code HomeWorkingAdvisor::decide}, or in tests an engine that fails. */
    @FunctionalInterface
    public interface Decider {
        Decision decide(Case aCase, Locale locale);
    }

    /** {@code (c) -> advisor.compare(c, from, to)}, or in tests an engine that fails. */
    @FunctionalInterface
    public interface Comparer {
        Optional<DecisionChange> compare(Case aCase);
    }

    /**
     * The answer to one line.
     *
     * @param json    the decision or the error, one line of JSON
     * @param decided whether it is a decision
     */
    public record Answer(String json, boolean decided) {
    }

    /**
     * The comparison of one line under two versions.
     *
     * @param change the change, or null when nothing changed or the case was not compared
     * @param error  why the case was not compared, or null when it was
     */
    public record Compared(DecisionChange change, DecisionException error) {
    }

    private CaseLines() {
    }

    public static Answer decide(String line, Decider decider, Locale locale) {
        Case aCase = null;
        try {
            aCase = ThuiswerkJson.readCase(withoutByteOrderMark(line));
            return new Answer(ThuiswerkJson.write(decider.decide(aCase, locale)), true);
        } catch (DecisionException e) {
            return new Answer(ThuiswerkJson.write(e), false);
        } catch (RuntimeException e) {
            return new Answer(ThuiswerkJson.write(internalError(aCase, e)), false);
        }
    }

    public static Compared compare(String line, Comparer comparer) {
        Case aCase = null;
        try {
            aCase = ThuiswerkJson.readCase(withoutByteOrderMark(line));
            return new Compared(comparer.compare(aCase).orElse(null), null);
        } catch (DecisionException e) {
            return new Compared(null, e);
        } catch (RuntimeException e) {
            return new Compared(null, internalError(aCase, e));
        }
    }

    /**
     * A defect in the engine for one case must not cost a job of millions its other answers, nor restart it. The
     * class name is enough to report it: the message might quote the case, health facts included.
     */
    private static DecisionException internalError(Case aCase, RuntimeException e) {
        return new DecisionException(ErrorCode.INTERNAL_ERROR, aCase == null ? null : aCase.caseId(),
                "the engine failed on this case: " + e.getClass().getSimpleName(), List.of());
    }

    /**
     * The command line drops a byte-order mark at the start of its input. A task cannot tell the first line of a
     * file from the others, so the mark is dropped from any line: the first line gets the command line's answer;
     * a mark in the middle of a file, which the command line answers as malformed, is dropped too.
     */
    private static String withoutByteOrderMark(String line) {
        return !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
    }
}
