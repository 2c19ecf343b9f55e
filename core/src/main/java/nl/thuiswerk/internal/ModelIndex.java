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

    /** A model class and the loader of its artefact. */
    private record Entry(String className, ClassLoader loader) {
    }

    private final List<Entry> classNames = new ArrayList<>();

    ModelIndex(Resources resources) {
        for (String line : resources.text(resources.index()).split("\n")) {
            String name = line.trim();
            if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
                classNames.add(new Entry(name, resources.loader()));
            }
        }
    }

    private ModelIndex() {
    }

    /** The models of both indexes: a policy's rules decide together with the library's shared packages. */
    ModelIndex with(ModelIndex other) {
        ModelIndex both = new ModelIndex();
        both.classNames.addAll(classNames);
        both.classNames.addAll(other.classNames);
        return both;
    }

    List<Model> forPackages(List<String> packages) {
        List<Model> models = new ArrayList<>();
        for (String pkg : packages) {
            Entry entry = classNames.stream()
                    .filter(e -> e.className().lastIndexOf('.') == pkg.length() && e.className().startsWith(pkg))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no executable model for rule package " + pkg
                            + ": was thuiswerk-rules built with the KIE Maven plugin?"));
            String className = entry.className();
            try {
                models.add((Model) Class.forName(className, true, entry.loader()).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load the executable model " + className, e);
            }
        }
        return models;
    }
}
