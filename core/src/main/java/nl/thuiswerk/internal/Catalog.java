package nl.thuiswerk.internal;

import nl.thuiswerk.LawSource;
import nl.thuiswerk.Source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The codes and sources a rule-set version cites, from the JSON metadata beside its DRL. The order of the
 * codes is the order in which reasons and conditions are listed.
 *
 * <p>A version of a law (the requests under the Wet flexibel werken) also gives {@code provisions}: each a paragraph
 * of the law with its verbatim text ({@code law}, {@code article}, {@code lid}, {@code url}, {@code quote}). A
 * provision is a source a rule's {@code @source} may name; a code that rests on one takes its quote from it.
 */
final class Catalog {

    /** A reason or a condition of a decision; a reason or a defect (of the employer's decision) of an assessment. */
    enum Kind { REASON, CONDITION, DEFECT }

    record Code(String code, Kind kind, boolean blocking, String sourceId, String quote, int order) {
    }

    record SourceRef(String id, String title, String url) {
    }

    private final Map<String, Code> codes = new LinkedHashMap<>();
    private final Map<String, SourceRef> sources = new LinkedHashMap<>();
    private final Map<String, Source> citations = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, LawSource> provisions = new LinkedHashMap<>();

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
        for (Object o : (List<Object>) metadata.getOrDefault("provisions", List.of())) {
            Map<String, Object> p = (Map<String, Object>) o;
            String id = str(p, "id", file);
            Object lid = p.get("lid");
            LawSource law = new LawSource(str(p, "law", file), str(p, "article", file),
                    lid instanceof String l ? l : null, str(p, "url", file), str(p, "quote", file));
            String title = law.law() + ", art. " + law.article() + (law.lid() == null ? "" : " lid " + law.lid());
            if (provisions.putIfAbsent(id, law) != null || sources.putIfAbsent(id, new SourceRef(id, title, law.url())) != null) {
                throw new IllegalStateException(file + " defines source " + id + " a second time");
            }
        }
        for (Object o : (List<Object>) metadata.getOrDefault("codes", List.of())) {
            Map<String, Object> c = (Map<String, Object>) o;
            String code = str(c, "code", file);
            String source = str(c, "source", file);
            String quote = !c.containsKey("quote") && provisions.containsKey(source) ? provisions.get(source).quote()
                    : str(c, "quote", file);
            Code entry = new Code(code, Kind.valueOf(str(c, "kind", file)), Boolean.TRUE.equals(c.get("blocking")),
                    source, quote, codes.size());
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

    /** The paragraph of the law a code rests on, or null when its source is not a provision. */
    LawSource provision(String code) {
        return provisions.get(code(code).sourceId());
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
