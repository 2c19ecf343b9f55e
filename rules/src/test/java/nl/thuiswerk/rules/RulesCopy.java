package nl.thuiswerk.rules;

import nl.thuiswerk.internal.Engine;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A copy of the built rules artefact ({@code target/classes}: the rules' files, their compiled classes and the model
 * index) with files added from the test sources, loaded by a class loader of its own as the library loads any rules
 * artefact. A DRL package added here is compiled to the executable model as the KIE plugin compiles the artefact's own
 * at build time, so a test can add a version (a metadata file) or a kind (a DRL package) without touching the sources.
 */
final class RulesCopy {

    private static final Path BUILT = Path.of("target/classes");
    private static final String RULES = "nl/thuiswerk/rules/";
    private static final String INDEX = "META-INF/kie/nl.thuiswerk/thuiswerk-rules/drools-model";

    private final Path root;

    /** The built rules, copied into the directory. */
    RulesCopy(Path directory) throws IOException {
        this.root = directory;
        for (String tree : List.of(RULES, "META-INF/kie/")) {
            try (Stream<Path> files = Files.walk(BUILT.resolve(tree))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path target = root.resolve(BUILT.relativize(f).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
        }
    }

    /** Adds (or replaces) a file of the rules, relative to their root package. */
    RulesCopy with(String relativePath, String text) throws IOException {
        Path target = root.resolve(RULES + relativePath);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
        return this;
    }

    /** Adds a file of the test sources under the same path, relative to the rules' root package. */
    RulesCopy withFile(Path testSources, String relativePath) throws IOException {
        return with(relativePath, Files.readString(testSources.resolve(relativePath), StandardCharsets.UTF_8));
    }

    /**
     * Adds a rule package: its DRL, compiled here to the executable model, its classes and its line in the model
     * index, as the KIE plugin would have built them into the artefact.
     *
     * @param drlPath the DRL's path relative to the rules' root package; its directory is the package's
     */
    RulesCopy withCompiledDrl(String drlPath, String drl) throws IOException {
        KieServices kie = KieServices.Factory.get();
        KieFileSystem files = kie.newKieFileSystem();
        ReleaseId id = kie.newReleaseId("nl.thuiswerk", "thuiswerk-rules-test", "1");
        files.generateAndWritePomXML(id);
        files.write("src/main/resources/" + RULES + drlPath, drl);
        KieBuilder built = kie.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = built.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException(drlPath + " does not compile: " + errors);
        }
        InternalKieModule module = (InternalKieModule) built.getKieModule();
        for (String name : module.getFileNames()) {
            if (name.startsWith(RULES)) {
                Path target = root.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
            }
        }
        String models = new String(module.getBytes("META-INF/kie/nl.thuiswerk/thuiswerk-rules-test/drools-model"),
                StandardCharsets.UTF_8);
        for (String line : models.lines().map(String::trim).toList()) {
            if (!line.isEmpty() && !line.startsWith("Drools-Model-Version")) {
                Files.writeString(root.resolve(INDEX), "\n" + line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
        }
        return this;
    }

    /** The library's engine over the copy, unpinned, as an advisor builds it. */
    Engine engine() {
        return Engine.load(loader(), Map.of(), false);
    }

    /**
     * A class loader that serves the rules' files and classes from the copy only, and everything else (the library,
     * Drools) as the tests have it: so the copy's rules decide with the very fact classes the engine gives them.
     */
    ClassLoader loader() {
        try {
            return new CopyLoader(root.toUri().toURL(), RulesCopy.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class CopyLoader extends URLClassLoader {

        CopyLoader(URL copy, ClassLoader parent) {
            super(new URL[] {copy}, parent);
        }

        private static boolean ours(String resource) {
            return resource.startsWith(RULES) || resource.startsWith("META-INF/kie/");
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && ours(name.replace('.', '/'))) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException notInTheCopy) {
                        // a test class of the same package: the parent's
                    }
                }
                if (c == null) {
                    return super.loadClass(name, resolve);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            return ours(name) ? findResource(name) : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return ours(name) ? findResources(name) : super.getResources(name);
        }
    }

    /** The copy's root, for tests that look at its files. */
    Path root() {
        return root;
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(File.separatorChar, '/');
    }
}
