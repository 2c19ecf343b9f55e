package nl.thuiswerk.json;

import nl.thuiswerk.Assessment;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.WorkplaceRequest;
import nl.thuiswerk.internal.AssessmentJson;
import nl.thuiswerk.internal.Language;
import nl.thuiswerk.internal.Messages;
import nl.thuiswerk.internal.RequestJson;
import nl.thuiswerk.internal.Unicode;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Requests given as JSON answered as JSON, as {@link ThuiswerkJson#answer} answers cases: an assessment, or the error
 * that stopped it, never an exception. A defect of the engine for one request is answered as
 * {@code INTERNAL_ERROR} naming only the exception's class (its message might name the request's circumstances), so
 * a file of requests loses no other line. The errors of reading a request are worded in the language asked for, Dutch
 * by default, as a case's are: give {@code assess} the same locale, so that every error of an answer is in one
 * language.
 */
public final class RequestAnswers {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private RequestAnswers() {
    }

    /**
     * Reads one request from UTF-8 bytes (a byte-order mark ignored) and assesses it with the given assessor; the
     * errors of reading it are worded in Dutch.
     *
     * @param pretty indent the answer
     */
    public static JsonAnswer answer(byte[] utf8, Function<WorkplaceRequest, Assessment> assess, boolean pretty) {
        return answer(utf8, assess, pretty, DUTCH);
    }

    /**
     * As {@link #answer(byte[], Function, boolean)}, the errors of reading the request worded in the language of the
     * locale.
     *
     * @throws IllegalArgumentException for a language other than Dutch or English
     */
    public static JsonAnswer answer(byte[] utf8, Function<WorkplaceRequest, Assessment> assess, boolean pretty,
                                    Locale locale) {
        return answer(utf8, 0, assess, pretty, Language.of(locale));
    }

    /**
     * One line of a JSON Lines file of requests, answered on one line: an error names the line ({@code "line": 7}),
     * and a malformed line is placed by its line and column in the file. The errors of reading it are worded in Dutch.
     *
     * @param lineNumber the line's number in its file, from 1
     */
    public static JsonAnswer answerLine(byte[] utf8, long lineNumber, Function<WorkplaceRequest, Assessment> assess) {
        return answerLine(utf8, lineNumber, assess, DUTCH);
    }

    /**
     * As {@link #answerLine(byte[], long, Function)}, the errors of reading the line worded in the language of the
     * locale.
     *
     * @throws IllegalArgumentException for a language other than Dutch or English
     */
    public static JsonAnswer answerLine(byte[] utf8, long lineNumber, Function<WorkplaceRequest, Assessment> assess,
                                        Locale locale) {
        return answer(utf8, lineNumber, assess, false, Language.of(locale));
    }

    private static JsonAnswer answer(byte[] utf8, long lineNumber, Function<WorkplaceRequest, Assessment> assess,
                                     boolean pretty, Language language) {
        WorkplaceRequest request = null;
        try {
            String text = Unicode.decodeUtf8(utf8, lineNumber, language);
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            request = RequestJson.read(text, lineNumber, language);
            return new JsonAnswer(AssessmentJson.assessment(assess.apply(request), pretty), true);
        } catch (DecisionException e) {
            return new JsonAnswer(AssessmentJson.error(e, lineNumber, pretty), false);
        } catch (RuntimeException e) {
            DecisionException defect = new DecisionException(ErrorCode.INTERNAL_ERROR,
                    request == null ? null : request.requestId(),
                    Messages.LIBRARY.get(language, "request.error.internal", e.getClass().getSimpleName()), List.of());
            return new JsonAnswer(AssessmentJson.error(defect, lineNumber, pretty), false);
        }
    }

    /**
     * Whether the bytes hold a request rather than a case: a JSON object with a top-level {@code requestId} and no
     * {@code caseId}. What {@code explain} and {@code verify} look at to tell the two apart.
     */
    public static boolean isRequest(byte[] utf8) {
        return nl.thuiswerk.internal.RequestExplainer.isRequest(new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** An error answering a request, {@code {"requestId":…,"error":{…}}}, on one line. */
    public static String write(DecisionException error) {
        return AssessmentJson.error(error, 0, false);
    }
}
