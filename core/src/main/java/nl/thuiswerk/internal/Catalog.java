package nl.thuiswerk.internal;

import nl.thuiswerk.Source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The codes and sources a rule-set version cites, from the JSON metadata beside its DRL. The order of the
 * codes is the order in which reasons and conditions are listed.
 */
final class Catalog {

    enum Kind { REASON, CONDITION }

    record Code(String code, Kind kind, boolean blocking, String sourceId, String quote, int order) {
    }

    record SourceRef(String id, String title, String url) {
    }

    private final Map<String, Code> codes = new LinkedHashMap<>();
    private final Map<String, SourceRef> sources = new LinkedHashMap<>();
    private final Map<String, Source> citations = new java.util.concurrent.ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    void add(String file, Map<String, Object> metadata) {
        for (Object o : (List<Object>) metadata.getOrDefault("sources", List.of())) {
            if (!(o instanceof Map)) {
                continue;
            }
            Map<String, Object> s = (Map<String, Object>) o;
            SourceRef ref = new SourceRef(str(s, "id", file), str(s, "title", file), str(s, "url", file));
            if (sources.putIfAbsent(ref.id(), ref) != null) {
                throw new IllegalStateException(file + " defines source " + ref.id() + " a second time");
            }
        }
        for (Object o : (List<Object>) metadata.getOrDefault("codes", List.of())) {
            Map<String, Object> c = (Map<String, Object>) o;
            String code = str(c, "code", file);
            Code entry = new Code(code, Kind.valueOf(str(c, "kind", file)), Boolean.TRUE.equals(c.get("blocking")),
                    str(c, "source", file), str(c, "quote", file), codes.size());
            if (codes.putIfAbsent(code, entry) != null) {
                throw new IllegalStateException(file + " defines code " + code + " a second time");
            }
        }
    }

    Code code(String code) {
        Code c = codes.get(code);
        if (c == null) {
            throw new IllegalStateException("code " + code + " is not defined in the version's metadata");
        }
        return c;
    }

    /** Every code, in the order decisions list them. */
    java.util.Collection<Code> codes() {
        return codes.values();
    }

    boolean hasCode(String code) {
        return codes.containsKey(code);
    }

    SourceRef sourceRef(String id) {
        SourceRef s = sources.get(id);
        if (s == null) {
            throw new IllegalStateException("source " + id + " is not defined in the version's metadata");
        }
        return s;
    }

    /**
     * The source as a rule of the given code cites it: the document and the code's quote. The same instance every
     * time, so a decision's sources cost nothing to build and their JSON can be written once.
     */
    Source citation(String sourceId, String code) {
        Source known = citations.get(code);
        if (known != null && known.id().equals(sourceId)) {
            return known;
        }
        SourceRef ref = sourceRef(sourceId);
        Source cited = new Source(ref.id(), ref.title(), ref.url(), code(code).quote());
        if (code(code).sourceId().equals(sourceId)) {
            citations.putIfAbsent(code, cited);
        }
        return cited;
    }

    Source document(String sourceId) {
        SourceRef ref = sourceRef(sourceId);
        return new Source(ref.id(), ref.title(), ref.url(), null);
    }

    private static String str(Map<String, Object> map, String key, String file) {
        Object v = map.get(key);
        if (!(v instanceof String s)) {
            throw new IllegalStateException(file + ": '" + key + "' is missing or not a string");
        }
        return s;
    }
}
