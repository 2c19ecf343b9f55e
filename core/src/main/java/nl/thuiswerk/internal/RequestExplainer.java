package nl.thuiswerk.internal;

import nl.thuiswerk.Assessment;
import nl.thuiswerk.Assumption;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.KeyDate;
import nl.thuiswerk.RequestReason;
import nl.thuiswerk.Verification;
import nl.thuiswerk.Verification.Difference;
import nl.thuiswerk.Verification.Kind;
import nl.thuiswerk.WorkplaceRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * An assessment in plain words ({@code explain}), and an assessment checked against its receipt and against assessing
 * its request again ({@code verify}), as {@link PlainLanguage} and {@link Verifier} do for decisions. The headings
 * and the verification's words are in English and Dutch ({@code messages_*.properties}, keys {@code request.*}).
 */
public final class RequestExplainer {

    private RequestExplainer() {
    }

    /** The assessment as text: status, deadline, each finding with its article and words, the key dates. */
    public static String explain(Assessment a, Language language) {
        Messages m = Messages.LIBRARY;
        StringBuilder out = new StringBuilder();
        out.append(m.get(language, "request.explain.title", a.requestId())).append('\n');
        String meaning = switch (a.status()) {
            case NOT_APPLICABLE -> "request.status.NOT_APPLICABLE";
            case DEVIATING_ARRANGEMENT -> "request.status.DEVIATING_ARRANGEMENT";
            case NOT_A_STATUTORY_REQUEST -> "request.status.NOT_A_STATUTORY_REQUEST";
            case PENDING -> "request.status.PENDING";
            case DECIDED -> "request.status.DECIDED";
            case GRANTED_BY_LAW -> "request.status.GRANTED_BY_LAW";
        };
        out.append(m.get(language, "request.explain.status", a.status().name(), m.get(language, meaning)))
                .append('\n');
        if (a.decisionDeadline() != null) {
            out.append(m.get(language, "request.explain.deadline", a.decisionDeadline())).append('\n');
        }
        out.append('\n').append(m.get(language, "request.explain.reasons")).append('\n');
        for (RequestReason r : a.reasons()) {
            finding(out, r, language);
        }
        if (!a.defects().isEmpty()) {
            out.append('\n').append(m.get(language, "request.explain.defects")).append('\n');
            for (RequestReason r : a.defects()) {
                finding(out, r, language);
            }
        }
        if (!a.whatWouldChange().isEmpty()) {
            out.append('\n').append(m.get(language, "request.explain.dates")).append('\n');
            for (KeyDate k : a.whatWouldChange()) {
                out.append("- ").append(k.date()).append(": ").append(k.text()).append('\n');
            }
        }
        if (!a.assumptions().isEmpty()) {
            out.append('\n').append(m.get(language, "request.explain.assumptions")).append('\n');
            for (Assumption x : a.assumptions()) {
                out.append("- ").append(x.text()).append('\n');
            }
        }
        out.append('\n').append(m.get(language, "request.explain.ruleSet", a.ruleSet().id(), a.ruleSet().title(),
                a.ruleSet().fingerprint())).append('\n');
        out.append(m.get(language, "request.explain.note")).append('\n');
        return out.toString();
    }

    private static void finding(StringBuilder out, RequestReason r, Language language) {
        var s = r.source();
        String where = s.law() + ", art. " + s.article() + (s.lid() == null ? "" : " lid " + s.lid());
        out.append("- ").append(r.code()).append(": ").append(r.text()).append('\n');
        out.append("  ").append(where).append(": «").append(s.quote()).append("»\n");
    }

    /**
     * Checks an assessment against its request.
     *
     * @param assessmentJson the assessment as the contract writes it
     * @param request        the request, read and valid
     * @param assess         assesses the request again in a language (nl or en)
     */
    @SuppressWarnings("unchecked")
    public static Verification verify(String assessmentJson, WorkplaceRequest request,
                                      BiFunction<WorkplaceRequest, String, Assessment> assess, Language language) {
        Messages m = Messages.LIBRARY;
        Object root;
        try {
            root = JsonTree.parse(assessmentJson, 1, language).root();
        } catch (DecisionException e) {
            return refused(Kind.UNREADABLE, m.get(language, "verify.unreadable", e.getMessage()));
        }
        if (!(root instanceof Map<?, ?>)) {
            return refused(Kind.UNREADABLE, m.get(language, "request.verify.notAnObject"));
        }
        Map<String, Object> stored = (Map<String, Object>) root;
        if (stored.get("error") instanceof Map<?, ?> error && !stored.containsKey("status")) {
            Object code = error.get("code") instanceof String c ? c : "?";
            return refused(Kind.UNREADABLE, m.get(language, "request.verify.errorAnswer", code));
        }
        Map<String, Object> receipt = stored.get("receipt") instanceof Map<?, ?> r ? (Map<String, Object>) r : null;
        Map<String, Object> ruleSet = stored.get("ruleSet") instanceof Map<?, ?> r ? (Map<String, Object>) r : null;
        if (receipt == null || ruleSet == null) {
            return refused(Kind.UNREADABLE, m.get(language, "request.verify.noReceipt"));
        }
        if (!(stored.get("lang") instanceof String lang) || !(lang.equals("nl") || lang.equals("en"))) {
            return refused(Kind.UNREADABLE, m.get(language, "request.verify.noLang"));
        }
        List<Difference> differences = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String input = CanonicalRequest.sha256(request);
        boolean sameInput = input.equals(receipt.get("inputSha256"));
        if (!sameInput) {
            differences.add(new Difference(Kind.INPUT, m.get(language, "request.verify.otherInput", input,
                    receipt.get("inputSha256"))));
        }
        if (!Objects.equals(stored.get("requestId"), request.requestId())) {
            differences.add(new Difference(Kind.INPUT, m.get(language, "request.verify.otherId",
                    stored.get("requestId"), request.requestId())));
        }
        Assessment again;
        try {
            again = assess.apply(request, lang);
        } catch (DecisionException e) {
            differences.add(new Difference(Kind.RULE_SET, m.get(language, "verify.decidedAgainError", e.code(),
                    e.getMessage())));
            return new Verification(false, differences, notes);
        }
        if (!again.ruleSet().id().equals(ruleSet.get("id"))) {
            differences.add(new Difference(Kind.RULE_SET, m.get(language, "verify.otherVersion", ruleSet.get("id"),
                    request.submittedOn(), again.ruleSet().id())));
        } else if (!again.ruleSet().fingerprint().equals(receipt.get("ruleSetFingerprint"))) {
            differences.add(new Difference(Kind.RULE_SET, m.get(language, "verify.rulesChanged", again.ruleSet().id(),
                    receipt.get("ruleSetFingerprint"), again.ruleSet().fingerprint())));
        }
        if (!Library.VERSION.equals(receipt.get("libraryVersion"))) {
            notes.add(m.get(language, "verify.otherLibrary", receipt.get("libraryVersion"), Library.VERSION));
        }
        if (sameInput) {
            Map<String, Object> fresh = (Map<String, Object>) JsonTree.parse(
                    AssessmentJson.assessment(again, false), 1, language).root();
            if (!Objects.equals(stored.get("status"), fresh.get("status"))
                    || !Objects.equals(stored.get("decisionDeadline"), fresh.get("decisionDeadline"))) {
                differences.add(new Difference(Kind.OUTCOME, m.get(language, "request.verify.otherStatus",
                        stored.get("status") + " " + stored.get("decisionDeadline"),
                        fresh.get("status") + " " + fresh.get("decisionDeadline"))));
            }
            for (String field : fresh.keySet()) {
                if (!Objects.equals(stored.get(field), fresh.get(field)) && !field.equals("status")
                        && !field.equals("decisionDeadline")) {
                    differences.add(new Difference(Kind.DECISION, m.get(language, "verify.differsAt", field)));
                }
            }
        } else {
            notes.add(m.get(language, "request.verify.notCompared"));
        }
        return new Verification(differences.isEmpty(), differences, notes);
    }

    private static Verification refused(Kind kind, String message) {
        return new Verification(false, List.of(new Difference(kind, message)), List.of());
    }

    /**
     * Whether a JSON document is a request rather than a case: a top-level {@code requestId} and no {@code caseId}.
     * Nothing else is read; a text that is not JSON is not a request (the case reader then says what is wrong).
     */
    public static boolean isRequest(String json) {
        try (var parser = new com.fasterxml.jackson.core.JsonFactory().createParser(json)) {
            if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return false;
            }
            boolean request = false;
            com.fasterxml.jackson.core.JsonToken t;
            while ((t = parser.nextToken()) == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (name.equals("caseId")) {
                    return false;
                }
                request |= name.equals("requestId");
                parser.nextToken();
                parser.skipChildren();
            }
            return request;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
