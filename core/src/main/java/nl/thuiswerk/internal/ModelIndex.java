package nl.thuiswerk.internal;

import org.drools.model.Model;

import java.util.ArrayList;
import java.util.List;

/**
 * The executable-model classes the KIE Maven plugin generated at build time, one per DRL package. A version
 * instantiates only the models of its own packages: no DRL is parsed or compiled at run time and no
 * classpath scan for kmodules takes place.
 */
final class ModelIndex {

    static final String INDEX = "META-INF/kie/nl.thuiswerk/thuiswerk-rules/drools-model";

    private final List<String> classNames = new ArrayList<>();
    private final ClassLoader loader;

    ModelIndex(Resources resources) {
        this.loader = resources.loader();
        for (String line : resources.text(INDEX).split("\n")) {
            String name = line.trim();
            if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
                classNames.add(name);
            }
        }
    }

    /**
     * The index's lines that a domain's versions depend on: its header and the model classes of the domain's
     * packages, in the index's order, as the index separates them. The index of an artefact that holds one domain
     * is returned unchanged, byte for byte.
     */
    static byte[] linesOf(byte[] index, Domain domain) {
        String[] lines = new String(index, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String name = lines[i].trim();
            boolean model = !name.isEmpty() && !name.startsWith("Drools-Model-Version") && name.lastIndexOf('.') > 0;
            if (!model || domain.owns(name.substring(0, name.lastIndexOf('.')))) {
                kept.add(lines[i]);
            }
        }
        return String.join("\n", kept).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    List<Model> forPackages(List<String> packages) {
        List<Model> models = new ArrayList<>();
        for (String pkg : packages) {
            String className = classNames.stream()
                    .filter(n -> n.lastIndexOf('.') == pkg.length() && n.startsWith(pkg))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no executable model for rule package " + pkg
                            + ": was thuiswerk-rules built with the KIE Maven plugin?"));
            try {
                models.add((Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load the executable model " + className, e);
            }
        }
        return models;
    }
}
