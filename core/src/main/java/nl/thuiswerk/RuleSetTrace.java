package nl.thuiswerk;

import java.util.List;

/**
 * What an auditor checks of one rule-set version: for each code, the published text it encodes, the DRL rules
 * that decide it, and the scenario tests that expect it.
 *
 * @param ruleSet the version
 * @param codes   every code of the version, in the order decisions list them
 */
public record RuleSetTrace(RuleSetInfo ruleSet, List<Entry> codes) {

    public RuleSetTrace {
        codes = List.copyOf(codes);
    }

    /**
     * One code.
     *
     * @param code      the stable code
     * @param kind      {@code REASON} or {@code CONDITION}
     * @param blocking  for a condition: whether it forbids on-site work until met
     * @param source    the document and the quote the code encodes
     * @param rules     the DRL rules that carry the code
     * @param scenarios the scenario tests that expect it, as "file: scenario"
     */
    public record Entry(String code, String kind, boolean blocking, Source source, List<Rule> rules,
                        List<String> scenarios) {

        public Entry {
            rules = List.copyOf(rules);
            scenarios = List.copyOf(scenarios);
        }
    }

    /**
     * A rule as it is written.
     *
     * @param file the DRL file, relative to the rules' root package
     * @param name the rule's name
     */
    public record Rule(String file, String name) {
    }
}
