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
    @SuppressWarnings("unchecked")
    public static Verification verify(String decisionJson, Case aCase, BiFunction<Case, String, Decision> decide) {
        List<Difference> differences = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, Object> stored;
        try {
            stored = (Map<String, Object>) JsonTree.parse(decisionJson).root();
        } catch (DecisionException | ClassCastException e) {
            return new Verification(false, List.of(new Difference(Kind.UNREADABLE,
                    "the decision is not a JSON object: " + e.getMessage())), List.of());
        }
        Map<String, Object> receipt = stored.get("receipt") instanceof Map<?, ?> r ? (Map<String, Object>) r : null;
        if (receipt == null || !(stored.get("ruleSet") instanceof Map<?, ?>)) {
            return new Verification(false, List.of(new Difference(Kind.UNREADABLE,
                    "the decision has no receipt or no ruleSet: it was not written by thuiswerk 0.1 or later")), List.of());
        }
        Map<String, Object> ruleSet = (Map<String, Object>) stored.get("ruleSet");
        Object lang = stored.get("lang");
        if (!"nl".equals(lang) && !"en".equals(lang)) {
            return new Verification(false, List.of(new Difference(Kind.UNREADABLE,
                    "the decision has no lang (nl or en): it was written before decisions recorded their language, "
                            + "so it cannot be decided again in its own")), List.of());
        }
        String language = (String) lang;

        String input = CanonicalCase.sha256(aCase);
        if (!input.equals(receipt.get("inputSha256"))) {
            differences.add(new Difference(Kind.INPUT, "the case is not the one that was decided: its canonical input is "
                    + input + ", the receipt is for " + receipt.get("inputSha256")));
        }
        if (!Objects.equals(aCase.caseId(), stored.get("caseId"))) {
            differences.add(new Difference(Kind.INPUT, "the decision is for case " + stored.get("caseId")
                    + ", the case file is " + aCase.caseId()));
        }

        Decision again;
        try {
            again = decide.apply(aCase, language);
        } catch (DecisionException e) {
            differences.add(new Difference(Kind.RULE_SET, "deciding the case again gives " + e.code() + ": "
                    + e.getMessage()));
            return new Verification(false, differences, notes);
        }
        String fingerprint = again.ruleSet().fingerprint();
        if (!again.ruleSet().id().equals(ruleSet.get("id"))) {
            differences.add(new Difference(Kind.RULE_SET, "the decision was made under rule set " + ruleSet.get("id")
                    + ", but on " + aCase.referenceDate() + " rule set " + again.ruleSet().id() + " is in force"));
        } else if (!fingerprint.equals(receipt.get("ruleSetFingerprint")) || !fingerprint.equals(ruleSet.get("fingerprint"))) {
            differences.add(new Difference(Kind.RULE_SET, "rule set " + again.ruleSet().id() + " was "
                    + receipt.get("ruleSetFingerprint") + " when the case was decided and is " + fingerprint
                    + " now: its rules changed"));
        }
        if (!Library.VERSION.equals(receipt.get("libraryVersion"))) {
            notes.add("decided by thuiswerk " + receipt.get("libraryVersion") + ", verified with thuiswerk " + Library.VERSION);
        }

        if (differences.stream().anyMatch(d -> d.kind() == Kind.INPUT)) {
            // the decision is of another case: its outcome differing from this one's would only be a consequence
            notes.add("the decision was not made from this input, so it is not compared with the decision this input gets");
            return new Verification(false, differences, notes);
        }
        Map<String, Object> fresh = (Map<String, Object>) JsonTree.parse(JsonOutput.decision(again, false)).root();
        List<String> summaryStored = summary(stored);
        List<String> summaryFresh = summary(fresh);
        if (!summaryStored.equals(summaryFresh)) {
            differences.add(new Difference(Kind.OUTCOME, "the decision says " + String.join(" ", summaryStored)
                    + "; deciding the case again gives " + String.join(" ", summaryFresh)));
        } else {
            String where = firstDifference(stored, fresh, "");
            if (where != null && !where.startsWith("receipt") && !where.startsWith("ruleSet")) {
                differences.add(new Difference(Kind.DECISION, "the decision differs from deciding the case again at "
                        + where));
            }
        }
        return new Verification(differences.isEmpty(), differences, notes);
    }

    /** Outcome, share and codes, as words. */
    @SuppressWarnings("unchecked")
    private static List<String> summary(Map<String, Object> d) {
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
        return List.of(String.valueOf(d.get("outcome")), "with maxOnSiteShare " + shown(share), codes.get(0), codes.get(1));
    }

    /**
     * A share as the decision wrote it: 0.5, not 5E-1. A number with an exponent of thousands of digits is written with
     * its exponent, as its plain digits would take gigabytes.
     */
    private static String shown(Object share) {
        if (share instanceof java.math.BigDecimal b) {
            java.math.BigDecimal stripped = b.stripTrailingZeros();
            return Math.abs((long) stripped.scale()) <= 100 ? stripped.toPlainString() : stripped.toString();
        }
        return share == JsonTree.UNREADABLE_NUMBER ? "a number too large or too small to be read" : "null";
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
