package nl.thuiswerk.cli;

import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.Problem;
import nl.thuiswerk.internal.Language;

import java.util.ArrayList;
import java.util.List;

/**
 * A case that cannot be decided, in words for the person at the terminal rather than as the contract's error
 * JSON, in the language of the command: what went wrong, then one indented {@code path: message} line per problem.
 * Paths name fields as the case wrote them, so they are shown {@link Printable}.
 */
final class CaseErrors {

    private static final String INDENT = "  ";

    private CaseErrors() {
    }

    /**
     * @param lead what could not be done, e.g. {@code case teacher-7 cannot be explained}
     * @return the lead with the library's message; when the error lists problems, the lead with their number
     *         (the library's message only strings them together) and a line for each
     */
    static List<String> lines(String lead, DecisionException e, Language language) {
        return lines(lead, e, language, "case.unnamed");
    }

    /** As {@link #lines(String, DecisionException, Language)}, a problem of the whole document named by {@code wholeKey}. */
    static List<String> lines(String lead, DecisionException e, Language language, String wholeKey) {
        List<String> lines = new ArrayList<>();
        List<Problem> problems = e.problems();
        if (problems.isEmpty()) {
            lines.add(lead + ": " + oneLine(e.getMessage(), language));
            return lines;
        }
        int all = problems.size() + e.moreProblems();
        lines.add(lead + ": " + (all == 1 ? say(language, "problems.one") : say(language, "problems.many", all)) + ":");
        for (Problem p : problems) {
            lines.add(INDENT + (p.path().isEmpty() ? say(language, wholeKey) : Printable.of(p.path())) + ": "
                    + oneLine(p.message(), language));
        }
        if (e.moreProblems() > 0) {
            lines.add(INDENT + (e.moreProblems() == 1 ? say(language, "problems.more.one")
                    : say(language, "problems.more.many", e.moreProblems())));
        }
        return lines;
    }

    /**
     * A defect in the engine, as {@code ThuiswerkJson.answer} answers it: the class name is enough to report it, the
     * message might quote the case's health facts.
     */
    static DecisionException engineFailed(String caseId, RuntimeException e, Language language) {
        return engineFailed(caseId, e, language, "error.internal");
    }

    /** As {@link #engineFailed(String, RuntimeException, Language)}, worded by the library's {@code messageKey}. */
    static DecisionException engineFailed(String id, RuntimeException e, Language language, String messageKey) {
        return new DecisionException(ErrorCode.INTERNAL_ERROR, id,
                nl.thuiswerk.internal.Messages.LIBRARY.get(language, messageKey, e.getClass().getSimpleName()),
                List.of());
    }

    /**
     * A message over several lines would read as several errors; and one that quotes a case (a path, an id) could
     * hold control characters, which are shown escaped.
     */
    static String oneLine(String message, Language language) {
        if (message == null || message.isBlank()) {
            return say(language, "message.none");
        }
        return Printable.of(String.join(" ", message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()));
    }

    /** {@code case teacher-7}, or {@code the case} when its id could not be read. */
    static String theCase(String caseId, Language language) {
        return caseId == null ? say(language, "case.unnamed") : say(language, "case.named", Printable.of(caseId));
    }

    static String say(Language language, String key, Object... values) {
        return Failure.MESSAGES.get(language, key, values);
    }
}
