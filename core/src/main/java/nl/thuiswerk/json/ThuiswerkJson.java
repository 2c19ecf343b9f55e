package nl.thuiswerk.json;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.NoRuleSetPeriod;
import nl.thuiswerk.DecisionChange;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.RuleSetTrace;
import nl.thuiswerk.internal.CaseJson;
import nl.thuiswerk.internal.JsonOutput;

import java.util.List;

/**
 * The JSON contract: strict on the way in (unknown fields, duplicate keys, wrong types and values outside
 * the contract are all reported, each with its path), fixed on the way out (field order, shares rounded to
 * 4 decimals), so the same input gives the same bytes.
 */
public final class ThuiswerkJson {

    private ThuiswerkJson() {
    }

    /**
     * Reads and validates one case.
     *
     * @throws DecisionException {@code MALFORMED_JSON} with line and column, or {@code INVALID_INPUT} with
     *                           every problem and its path
     */
    public static Case readCase(String json) {
        return CaseJson.read(json);
    }

    /** One decision as a single line of JSON. */
    public static String write(Decision decision) {
        return JsonOutput.decision(decision, false);
    }

    /** One decision as indented JSON. */
    public static String writePretty(Decision decision) {
        return JsonOutput.decision(decision, true);
    }

    /** An error as a single line of JSON: {@code {"caseId":…,"error":{"code":…,"message":…,"problems":[…]}}}. */
    public static String write(DecisionException error) {
        return JsonOutput.error(error, false);
    }

    public static String writePretty(DecisionException error) {
        return JsonOutput.error(error, true);
    }

    /** A version's trace: each code with its source and quote, its DRL rules and its scenario tests. */
    public static String writeTrace(RuleSetTrace trace, boolean pretty) {
        return JsonOutput.trace(trace, pretty);
    }

    /**
     * How one case's decision changes between two versions, on one line:
     * {@code {"caseId":…,"changes":["OUTCOME",…],"from":{…},"to":{…}}}.
     */
    public static String write(DecisionChange change) {
        return JsonOutput.change(change);
    }

    /** Every rule-set version with its validity, sources and fingerprint: {@code {"ruleSets":[…]}}. */
    public static String writeRuleSets(List<RuleSetInfo> ruleSets, boolean pretty) {
        return JsonOutput.ruleSets(ruleSets, null, pretty);
    }

    /**
     * The versions and the periods without one: {@code {"ruleSets":[…],"withoutRuleSet":[{"from","to","reason"}]}},
     * an open end as null.
     */
    public static String writeRuleSets(List<RuleSetInfo> ruleSets, List<NoRuleSetPeriod> periods, boolean pretty) {
        return JsonOutput.ruleSets(ruleSets, periods, pretty);
    }
}
