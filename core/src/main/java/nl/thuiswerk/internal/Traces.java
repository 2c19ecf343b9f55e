package nl.thuiswerk.internal;

import nl.thuiswerk.RuleSetTrace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The auditor's view of a version: its codes with their sources, rules and scenario tests, from the trace file. */
final class Traces {

    private final Resources resources;
    private final Domain domain;

    Traces(Resources resources, Domain domain) {
        this.resources = resources;
        this.domain = domain;
    }

    @SuppressWarnings("unchecked")
    RuleSetTrace trace(RuleSetVersion version) {
        String id = version.info().id();
        Map<String, Object> trace = (Map<String, Object>) JsonTree.parse(resources.text(domain.trace())).root();
        Map<String, Object> set = ((List<Map<String, Object>>) trace.get("ruleSets")).stream()
                .filter(s -> id.equals(s.get("id"))).findFirst()
                .orElseThrow(() -> new IllegalStateException(domain.trace() + " has no entry for rule set " + id));
        List<RuleSetTrace.Entry> entries = new ArrayList<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) set.get("codes")) {
            Catalog.Code code = version.catalog().code((String) e.get("code"));
            List<RuleSetTrace.Rule> rules = ((List<Map<String, Object>>) e.get("rules")).stream()
                    .map(r -> new RuleSetTrace.Rule((String) r.get("file"), (String) r.get("name"))).toList();
            entries.add(new RuleSetTrace.Entry(code.code(), code.kind().name(), code.blocking(),
                    version.catalog().citation(code.sourceId(), code.code()), rules,
                    (List<String>) (List<?>) e.get("scenarios")));
        }
        return new RuleSetTrace(version.info(), entries);
    }
}
