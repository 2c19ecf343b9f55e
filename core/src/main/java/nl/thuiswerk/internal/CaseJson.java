package nl.thuiswerk.internal;

import nl.thuiswerk.Case;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** JSON text to a valid {@link Case}, or one exception that lists every problem. */
public final class CaseJson {

    public static final int MAX_CASE_CHARS = 64 * 1024;
    /** The most problems an error lists; {@link DecisionException#moreProblems()} counts the others. */
    public static final int MAX_PROBLEMS = 100;
    /**
     * The bytes an error may take whatever the length of its input: a case of a few bytes can have a dozen
     * problems. Beyond this, an error is never longer than the case it answers.
     */
    public static final int MIN_ERROR_BYTES = 4096;
    /** The error's JSON around its message, problems and caseId, with room for a line number and counts. */
    private static final int ENVELOPE_BYTES = 160;
    /** The words of the error's message, besides the first problem it names. */
    private static final int MESSAGE_BYTES = 160;

    private CaseJson() {
    }

    public static Case read(String json) {
        return read(json, 0, Language.NL);
    }

    /**
     * @param lineOfFile the line of a JSON Lines file the text is, so that a malformed case names it; 0 for a
     *                   document of its own
     */
    public static Case read(String json, long lineOfFile, Language language) {
        if (json.length() > MAX_CASE_CHARS) {
            throw new DecisionException(ErrorCode.INVALID_INPUT, null,
                    Messages.LIBRARY.get(language, "error.tooLong", MAX_CASE_CHARS),
                    List.of(new Problem("", Messages.LIBRARY.get(language, "problem.jsonLength", MAX_CASE_CHARS))));
        }
        JsonTree.Parsed parsed = JsonTree.parse(json, Math.max(1, lineOfFile), language);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        CaseReader.Result read = CaseReader.read(parsed.root(), language);
        problems.addAll(read.problems());
        if (read.aCase() == null && problems.isEmpty()) {
            problems.add(new Problem("", Messages.LIBRARY.get(language, "problem.jsonObject")));
        }
        if (read.aCase() != null) {
            problems.addAll(CaseValidator.validate(read.aCase(),
                    problems.stream().map(Problem::path).toList(), read.decimals(), language));
        }
        if (!problems.isEmpty()) {
            throw invalid(parsed.caseId(), inContractOrder(problems), utf8Bytes(json), language);
        }
        return read.aCase();
    }

    /** The fields of the contract in its order; a path is ordered by its fields and indices, unknown fields last. */
    private static final List<String> FIELDS = List.of("caseId", "referenceDate", "job", "title", "tasks", "name",
            "hoursPerWeek", "needs", "worker", "occupationalPhysicianAdvice", "onSiteShare", "homeWorkplace",
            "onSiteWorkplace", "meetsCoronaMeasures", "employerPolicy");

    private static final java.util.regex.Pattern PATH_SEPARATORS = java.util.regex.Pattern.compile("[.\\[\\]]+");

    /**
     * The JSON reader finds some problems and the validator the others; the user reads them best in the order of
     * the case's fields. The sort is stable, so two problems of one path keep their order. Each path is split into
     * its ranks once: a small case can have tens of thousands of problems.
     */
    static List<Problem> inContractOrder(List<Problem> problems) {
        record Ranked(Problem problem, int[] ranks) {
        }
        List<Ranked> ranked = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            String[] tokens = PATH_SEPARATORS.split(p.path());
            int[] ranks = new int[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                ranks[i] = rank(tokens[i]);
            }
            ranked.add(new Ranked(p, ranks));
        }
        ranked.sort((a, b) -> Arrays.compare(a.ranks(), b.ranks()));
        return ranked.stream().map(Ranked::problem).toList();
    }

    private static int rank(String token) {
        if (token.isEmpty()) {
            return -1;
        }
        if (Character.isDigit(token.charAt(0))) {
            try {
                return Integer.parseInt(token);
            } catch (NumberFormatException e) {
                return Integer.MAX_VALUE;
            }
        }
        int i = FIELDS.indexOf(token);
        return i < 0 ? FIELDS.size() : i;
    }

    /** The error of a case given through the Java API, which has no JSON text to measure: at most 100 problems. */
    public static DecisionException invalid(String caseId, List<Problem> problems) {
        return invalid(caseId, problems, Language.NL);
    }

    /** As {@link #invalid(String, List)}, its message worded in the given language (as its problems are). */
    public static DecisionException invalid(String caseId, List<Problem> problems, Language language) {
        return invalid(caseId, problems, Long.MAX_VALUE, language);
    }

    /**
     * The error listing the first problems: at most {@link #MAX_PROBLEMS}, and no more than keep its JSON within the
     * length of the input (or {@link #MIN_ERROR_BYTES} for a shorter one), at least one. Its message counts them and
     * names the first; it does not repeat the list, which {@code problems} holds.
     *
     * @param inputBytes the length of the case's JSON in UTF-8
     */
    static DecisionException invalid(String caseId, List<Problem> problems, long inputBytes, Language language) {
        return invalid(caseId, problems, inputBytes, language, Words.CASE);
    }

    /** The keys of the sentences of an INVALID_INPUT error about one kind of document. */
    record Words(String subject, String noDocument, String oneNamed, String oneListed, String manyAll,
                 String manySome, String first) {
        static final Words CASE = new Words("subject.case", "error.noCase", "error.oneNamed", "error.oneListed",
                "error.manyAll", "error.manySome", "error.first");
        static final Words REQUEST = new Words("subject.request", "request.error.noCase", "request.error.oneNamed",
                "request.error.oneListed", "request.error.manyAll", "request.error.manySome", "request.error.first");
    }

    /** As {@link #invalid(String, List, long, Language)}, about the kind of document the words name. */
    static DecisionException invalid(String caseId, List<Problem> problems, long inputBytes, Language language,
                                     Words words) {
        String id = echoable(caseId);
        Problem first = problems.get(0);
        String firstSentence = (first.path().isEmpty() ? Messages.LIBRARY.get(language, words.subject()) : first.path())
                + " " + first.message();
        long budget = Math.max(inputBytes, MIN_ERROR_BYTES) - ENVELOPE_BYTES - (id == null ? 0 : jsonBytes(id));
        long messageBytes = MESSAGE_BYTES;
        boolean nameFirst = budget - messageBytes - jsonBytes(firstSentence) - problemBytes(first) >= 0;
        if (nameFirst) {
            messageBytes += jsonBytes(firstSentence);
        }
        List<Problem> listed = new ArrayList<>();
        long used = messageBytes;
        for (Problem p : problems) {
            long size = problemBytes(p);
            if (listed.size() == MAX_PROBLEMS || !listed.isEmpty() && used + size > budget) {
                break;
            }
            listed.add(p);
            used += size;
        }
        int more = problems.size() - listed.size();
        Messages m = Messages.LIBRARY;
        String message;
        if (problems.size() == 1 && first.path().isEmpty() && caseId == null
                && first.message().equals(m.get(language, "problem.required"))) {
            message = m.get(language, words.noDocument());
        } else if (problems.size() == 1) {
            message = nameFirst ? m.get(language, words.oneNamed(), firstSentence)
                    : m.get(language, words.oneListed());
        } else {
            message = more == 0 ? m.get(language, words.manyAll(), problems.size())
                    : m.get(language, words.manySome(), problems.size(), listed.size(), more);
            if (nameFirst) {
                message += " " + m.get(language, words.first(), firstSentence);
            }
        }
        return new DecisionException(ErrorCode.INVALID_INPUT, id, message, listed, more);
    }

    /**
     * The id an error may echo: one that is a valid id. An id with half a surrogate pair would be written changed,
     * and one of thousands of characters would make the error long whatever its problems.
     */
    static String echoable(String caseId) {
        return caseId != null && caseId.length() <= CaseValidator.MAX_CASE_ID && Unicode.isWellFormed(caseId)
                ? caseId : null;
    }

    private static long problemBytes(Problem p) {
        return 25 + jsonBytes(p.path()) + jsonBytes(p.message());
    }

    /** At least the UTF-8 bytes the text takes in a JSON string: escapes included. */
    static long jsonBytes(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x20 ? 6 : c == '"' || c == '\\' ? 2 : c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    static long utf8Bytes(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
