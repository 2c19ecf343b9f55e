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
