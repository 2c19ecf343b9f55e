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
