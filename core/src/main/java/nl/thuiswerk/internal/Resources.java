package nl.thuiswerk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the rules artefact's resources; every path is relative to the rules' root package. */
final class Resources {

    static final String ROOT = "nl/thuiswerk/rules/";

    private final ClassLoader loader;

    Resources(ClassLoader loader) {
        this.loader = loader;
    }

    byte[] bytes(String relativePath) {
        String path = relativePath.startsWith("META-INF/") ? relativePath : ROOT + relativePath;
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the rules artefact (thuiswerk-rules) lacks " + path
                        + ": is it on the classpath, in the same version as thuiswerk-core?");
            }
            return in.readAllBytes();
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
