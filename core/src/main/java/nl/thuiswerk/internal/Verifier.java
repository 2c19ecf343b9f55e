package nl.thuiswerk.internal;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.Verification;
import nl.thuiswerk.Verification.Difference;
import nl.thuiswerk.Verification.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Checks a decision against its receipt and against deciding its case again, once, in the language the decision
 * records ({@code lang}).
 */
public final class Verifier {

    private Verifier() {
    }

    /**
     * @param decisionJson the decision as the contract writes it
     * @param aCase        the case, already read and valid
     * @param decide       decides the case again in a language (nl or en)
     */
    public static Verification verify(String decisionJson, Case aCase, BiFunction<Case, String, Decision> decide) {
        return verify(decisionJson, aCase, decide, Language.EN);
    }

    /** As {@link #verify(String, Case, BiFunction)}, with the differences and notes worded in the given language. */
    @SuppressWarnings("unchecked")
    public static Verification verify(String decisionJson, Case aCase, BiFunction<Case, String, Decision> decide,
                                      Language language) {
        Messages m = Messages.LIBRARY;
        List<Difference> differences = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Object root;
        try {
            root = JsonTree.parse(decisionJson, 1, language).root();
        } catch (DecisionException e) {
            return new Verification(false, List.of(new Difference(Kind.UNREADABLE,
                    m.get(language, "verify.unreadable", e.getMessage()))), List.of());
        }
        if (!(root instanceof Map<?, ?>)) {
            return new Verification(false, List.of(new Difference(Kind.UNREADABLE, m.get(language, "verify.notAnObject"))),
                    List.of());
        }
        Map<String, Object> stored = (Map<String, Object>) root;
        if (stored.get("error") instanceof Map<?, ?> error && !stored.containsKey("outcome")) {
            // an error answer is thuiswerk's own output too: it is a refusal, not a decision that lacks its receipt
            Object code = error.get("code") instanceof String c ? c : "?";
            return new Verification(false, List.of(new Difference(Kind.UNREADABLE,
                    m.get(language, "verify.errorAnswer", code))), List.of());
        }
        Map<String, Object> receipt = stored.get("receipt") instanceof Map<?, ?> r ? (Map<String, Object>) r : null;
        boolean noNationalAdvice = stored.get("ruleSet") == JsonTree.NULL && stored.get("policy") instanceof Map<?, ?>;
        if (receipt == null || !(stored.get("ruleSet") instanceof Map<?, ?>) && !noNationalAdvice) {
            return new Verification(false, List.of(new Difference(Kind.UNREADABLE, m.get(language, "verify.noReceipt"))),
                    List.of());
        }
        Map<String, Object> ruleSet = noNationalAdvice ? Map.of() : (Map<String, Object>) stored.get("ruleSet");
        Object lang = stored.get("lang");
        if (!"nl".equals(lang) && !"en".equals(lang)) {
            return new Verification(false, List.of(new Difference(Kind.UNREADABLE, m.get(language, "verify.noLang"))),
                    List.of());
        }
        String decisionLanguage = (String) lang;

        String input = CanonicalCase.sha256(aCase);
        if (!input.equals(receipt.get("inputSha256"))) {
            differences.add(new Difference(Kind.INPUT, m.get(language, "verify.otherInput", input,
                    receipt.get("inputSha256"))));
        }
        if (!Objects.equals(aCase.caseId(), stored.get("caseId"))) {
            differences.add(new Difference(Kind.INPUT, m.get(language, "verify.otherCaseId", stored.get("caseId"),
                    aCase.caseId())));
        }

        Decision again;
        try {
            again = decide.apply(aCase, decisionLanguage);
        } catch (DecisionException e) {
            differences.add(new Difference(Kind.RULE_SET, m.get(language, "verify.decidedAgainError", e.code(),
                    inLanguage(e, aCase, decide, language))));
            return new Verification(false, differences, notes);
        }
        if (again.ruleSet() == null) {
            if (!noNationalAdvice) {
                differences.add(new Difference(Kind.RULE_SET, m.get(language, "verify.otherVersion", ruleSet.get("id"),
                        aCase.referenceDate(), "-")));
            }
        } else {
            String fingerprint = again.ruleSet().fingerprint();
            if (!again.ruleSet().id().equals(ruleSet.get("id"))) {
                differences.add(new Difference(Kind.RULE_SET, m.get(language, "verify.otherVersion", ruleSet.get("id"),
                        aCase.referenceDate(), again.ruleSet().id())));
            } else if (!fingerprint.equals(receipt.get("ruleSetFingerprint"))
                    || !fingerprint.equals(ruleSet.get("fingerprint"))) {
                differences.add(new Difference(Kind.RULE_SET, m.get(language, "verify.rulesChanged",
                        again.ruleSet().id(), receipt.get("ruleSetFingerprint"), fingerprint)));
            }
        }
        if (again.policy() != null) {
            // the employer's policy version is checked as the national one is: the same version, the same fingerprint
            Map<String, Object> policy = stored.get("policy") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
            String fingerprint = again.policy().fingerprint();
            if (!again.policy().version().equals(policy.get("version"))) {
                differences.add(new Difference(Kind.RULE_SET, m.get(language, "verify.otherVersion",
                        policy.get("version"), aCase.referenceDate(), again.policy().version())));
            } else if (!fingerprint.equals(receipt.get("policyFingerprint"))
                    || !fingerprint.equals(policy.get("fingerprint"))) {
                differences.add(new Difference(Kind.RULE_SET, m.get(language, "verify.rulesChanged",
                        again.policy().version(), receipt.get("policyFingerprint"), fingerprint)));
            }
        }
        if (!Library.VERSION.equals(receipt.get("libraryVersion"))) {
            notes.add(m.get(language, "verify.otherLibrary", receipt.get("libraryVersion"), Library.VERSION));
        }

        if (differences.stream().anyMatch(d -> d.kind() == Kind.INPUT)) {
            // the decision is of another case: its outcome differing from this one's would only be a consequence
            notes.add(m.get(language, "verify.notCompared"));
            return new Verification(false, differences, notes);
        }
        Map<String, Object> fresh = (Map<String, Object>) JsonTree.parse(JsonOutput.decision(again, false)).root();
        List<String> summaryStored = summary(stored, language);
        List<String> summaryFresh = summary(fresh, language);
        if (!summaryStored.equals(summaryFresh)) {
            differences.add(new Difference(Kind.OUTCOME, m.get(language, "verify.otherOutcome",
                    String.join(", ", summaryStored), String.join(", ", summaryFresh))));
        } else {
            String where = firstDifference(stored, fresh, "");
            if (where != null && !where.startsWith("receipt") && !where.startsWith("ruleSet")
                    && !where.startsWith("policy")) {
                differences.add(new Difference(Kind.DECISION, m.get(language, "verify.differsAt", where)));
            }
        }
        return new Verification(differences.isEmpty(), differences, notes);
    }

    /** The refusal's message in the language of the verification, which may not be the decision's. */
    private static String inLanguage(DecisionException e, Case aCase, BiFunction<Case, String, Decision> decide,
                                     Language language) {
        try {
            decide.apply(aCase, language.tag());
            return e.getMessage();
        } catch (DecisionException again) {
            return again.getMessage();
        }
    }

    /** Outcome, share and codes, named as the contract names them: {@code HOME, maxOnSiteShare 0, reasons […], …}. */
    @SuppressWarnings("unchecked")
    private static List<String> summary(Map<String, Object> d, Language language) {
        List<String> codes = new ArrayList<>();
        for (String list : List.of("reasons", "conditions")) {
            Object items = d.get(list);
            List<String> c = new ArrayList<>();
            if (items instanceof List<?> l) {
                for (Object o : l) {
                    if (o instanceof Map<?, ?> m) {
                        c.add(String.valueOf(m.get("code")));
                    }
                }
            }
            codes.add(list + " " + c);
        }
        Object share = d.get("maxOnSiteShare");
        return List.of(String.valueOf(d.get("outcome")), "maxOnSiteShare " + shown(share, language), codes.get(0),
                codes.get(1));
    }

    /**
     * A share as the decision wrote it: 0.5, not 5E-1. A number with an exponent of thousands of digits is written with
     * its exponent, as its plain digits would take gigabytes.
     */
    private static String shown(Object share, Language language) {
        if (share instanceof java.math.BigDecimal b) {
            java.math.BigDecimal stripped = b.stripTrailingZeros();
            return Math.abs((long) stripped.scale()) <= 100 ? stripped.toPlainString() : stripped.toString();
        }
        return share == JsonTree.UNREADABLE_NUMBER ? Messages.LIBRARY.get(language, "verify.unreadableNumber") : "null";
    }

    /** The JSON path of the first place where two trees differ, or null when they are equal. */
    @SuppressWarnings("unchecked")
    private static String firstDifference(Object a, Object b, String path) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            for (String key : ((Map<String, Object>) ma).keySet()) {
                String sub = path.isEmpty() ? key : path + "." + key;
                if (!mb.containsKey(key)) {
                    return sub;
                }
                String d = firstDifference(ma.get(key), mb.get(key), sub);
                if (d != null) {
                    return d;
                }
            }
            for (Object key : mb.keySet()) {
                if (!ma.containsKey(key)) {
                    return path.isEmpty() ? key.toString() : path + "." + key;
                }
            }
            return null;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
                String d = firstDifference(la.get(i), lb.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return la.size() == lb.size() ? null : path;
        }
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0 ? null : path;
        }
        return Objects.equals(a, b) ? null : path;
    }
}
