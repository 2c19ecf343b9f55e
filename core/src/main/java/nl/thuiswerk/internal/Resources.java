package nl.thuiswerk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import nl.thuiswerk.RuleSetIntegrityException;

/** Reads the rules artefact's resources; every path is relative to the rules' root package. */
final class Resources {

    static final String ROOT = "nl/thuiswerk/rules/";

    private final ClassLoader loader;

    Resources(ClassLoader loader) {
        this.loader = loader;
    }

    /**
     * The resource's bytes. A second copy of it anywhere on the class path is refused: the rules must come from
     * one thuiswerk-rules artefact, not from whatever jar happens to come first.
     */
    byte[] bytes(String relativePath) {
        String path = relativePath.startsWith("META-INF/") ? relativePath : ROOT + relativePath;
        try {
            List<URL> copies = Collections.list(loader.getResources(path));
            if (copies.isEmpty()) {
                throw new IllegalStateException("the rules artefact (thuiswerk-rules) lacks " + path
                        + ": is it on the classpath, in the same version as thuiswerk-core?");
            }
            if (copies.size() > 1) {
                throw new RuleSetIntegrityException("the class path holds " + copies.size() + " copies of " + path
                        + " (" + copies + "): the rules must come from one thuiswerk-rules artefact");
            }
            try (InputStream in = copies.get(0).openStream()) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    String text(String relativePath) {
        return new String(bytes(relativePath), StandardCharsets.UTF_8);
    }

    ClassLoader loader() {
        return loader;
    }
}
