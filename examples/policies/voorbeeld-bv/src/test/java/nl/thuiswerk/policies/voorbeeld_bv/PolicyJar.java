package nl.thuiswerk.policies.voorbeeld_bv;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A policy jar made in a test: the policy as built ({@code target/classes}) zipped, or the policy's sources with some
 * files replaced, compiled to the executable model here as the KIE plugin compiles them at build time. So a test can
 * make a deliberately broken policy without a module of its own.
 */
final class PolicyJar {

    static final Path BUILT = Path.of("target/classes");
    static final Path SOURCES = Path.of("src/main/resources");
    static final String ROOT = "nl/thuiswerk/policies/voorbeeld_bv/";

    private PolicyJar() {
    }

    /** The built policy as a jar, with the given files (path in the jar → bytes) replaced or added. */
    static Path built(Path jar, Map<String, byte[]> replaced) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> tree = Files.walk(BUILT)) {
            for (Path f : tree.filter(Files::isRegularFile).toList()) {
                files.put(BUILT.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        files.putAll(replaced);
        return write(jar, files);
    }

    /** The policy's sources with the given files (path relative to the policy's root → text) replaced, compiled. */
    static Path compiled(Path jar, String groupArtifact, Map<String, String> replaced) throws IOException {
        KieServices kie = KieServices.Factory.get();
        KieFileSystem fs = kie.newKieFileSystem();
        String[] ga = groupArtifact.split(":");
        fs.generateAndWritePomXML(kie.newReleaseId(ga[0], ga[1], "1"));
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> tree = Files.walk(SOURCES.resolve(ROOT))) {
            for (Path f : tree.filter(Files::isRegularFile).toList()) {
                sources.put(SOURCES.resolve(ROOT).relativize(f).toString().replace('\\', '/'),
                        Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        sources.putAll(replaced);
        sources.forEach((path, text) -> fs.write("src/main/resources/" + ROOT + path, text));
        KieBuilder built = kie.newKieBuilder(fs).buildAll(ExecutableModelProject.class);
        var errors = built.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the test's policy does not compile: " + errors);
        }
        InternalKieModule module = (InternalKieModule) built.getKieModule();
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : module.getFileNames()) {
            if (name.startsWith(ROOT) || name.startsWith("META-INF/kie/")) {
                files.put(name, module.getBytes(name));
            }
        }
        sources.forEach((path, text) -> files.put(ROOT + path, text.getBytes(StandardCharsets.UTF_8)));
        return write(jar, files);
    }

    private static Path write(Path jar, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            for (var e : files.entrySet()) {
                zip.putNextEntry(new JarEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return jar;
    }
}
