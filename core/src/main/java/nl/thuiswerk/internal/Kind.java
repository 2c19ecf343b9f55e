package nl.thuiswerk.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A kind of version: rules that several versions share, which read their differences (a limit, a code, the name
 * their rules go by) from the version's parameters. Described by {@code <kind>/kind.json} beside its rules, which
 * names each parameter a version of the kind must give and its type.
 *
 * @param name       the kind, as a version's {@code kind} names it
 * @param rulePackage the kind's rule package
 * @param parameters each parameter's name and type: {@code code} (a code of the version, which resolves a rule's
 *                   {@code @code} and {@code @source}), {@code text} (words, such as a rule's name) or {@code share}
 *                   (an exact decimal from 0 to 1, given to the rules as a {@link nl.thuiswerk.facts.Parameter})
 */
record Kind(String name, String rulePackage, Map<String, Type> parameters) {

    enum Type { CODE, TEXT, SHARE }

    @SuppressWarnings("unchecked")
    static Kind read(Resources resources, Domain domain, String name) {
        String file = domain.kindDirectory(name) + "/kind.json";
        Map<String, Object> kind = (Map<String, Object>) JsonTree.parse(resources.text(file)).root();
        if (!name.equals(kind.get("kind"))) {
            throw new IllegalStateException(file + ": 'kind' must be " + name + ", the name of its directory");
        }
        if (!(kind.get("parameters") instanceof Map<?, ?> declared)) {
            throw new IllegalStateException(file + ": 'parameters' is missing");
        }
        Map<String, Type> parameters = new LinkedHashMap<>();
        for (Map.Entry<?, ?> p : declared.entrySet()) {
            Object type = p.getValue() instanceof Map<?, ?> m ? m.get("type") : null;
            Type t = switch (String.valueOf(type)) {
                case "code" -> Type.CODE;
                case "text" -> Type.TEXT;
                case "share" -> Type.SHARE;
                default -> throw new IllegalStateException(file + ": parameters." + p.getKey()
                        + ".type must be code, text or share");
            };
            parameters.put((String) p.getKey(), t);
        }
        return new Kind(name, resources.packageOf(domain.kindDirectory(name)), java.util.Collections.unmodifiableMap(parameters));
    }
}
