package nl.thuiswerk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import nl.thuiswerk.RuleSetIntegrityException;

/**
 * Reads a rules artefact's resources; every path is relative to the artefact's root package. The library's rules are
 * one such artefact ({@value #ROOT}); an employer's policy jar is another, with its own root, anchor and model index.
 */
final class Resources {

    static final String ROOT = "nl/thuiswerk/rules/";
    /** A file every rules artefact has, by which the artefact's own files are found and listed. */
    static final String ANCHOR = "periods.json";

    private final ClassLoader loader;
    private final String root;
    private final String anchor;
    private final String index;
    /**
     * Every file of the rules artefact when it is a jar, relative to the rules' root, sorted: listed once, as the
     * versions' metadata and fingerprints ask for the files of a directory about fifty times while an advisor is
     * built, and each listing walked every entry of the jar (thousands in a runnable jar). Null until first asked.
     */
    private List<String> jarListing;

    Resources(ClassLoader loader) {
        this(loader, ROOT, ANCHOR, ModelIndex.INDEX);
    }

    /**
     * @param root   the artefact's root package as a path, ending in {@code /}
     * @param anchor a file directly under the root that only this artefact has
     * @param index  the artefact's model index, as the KIE plugin wrote it under {@code META-INF/kie/}
     */
    Resources(ClassLoader loader, String root, String anchor, String index) {
        this.loader = loader;
        this.root = root;
        this.anchor = anchor;
        this.index = index;
    }

    /** The root package as a path, ending in {@code /}. */
    String root() {
        return root;
    }

    /** The artefact's model index, an absolute path under {@code META-INF/kie/}. */
    String index() {
        return index;
    }

    /** The same artefact with its model index found. */
    Resources withIndex(String modelIndex) {
        return new Resources(loader, root, anchor, modelIndex);
    }

    /**
     * The resource's bytes. A second copy of it anywhere on the class path is refused: the rules must come from
     * one thuiswerk-rules artefact, not from whatever jar happens to come first.
     */
    byte[] bytes(String relativePath) {
        String path = absolute(relativePath);
        try (InputStream in = only(path).openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private String absolute(String relativePath) {
        return relativePath.startsWith("META-INF/") ? relativePath : root + relativePath;
    }

    /** The one copy of a resource on the class path. */
    private URL only(String path) {
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
            return copies.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look up " + path, e);
        }
    }

    /**
     * Every file under a directory of the rules artefact, at any depth, as paths relative to the rules' root
     * package, as the artefact itself lists them (a jar's entries, a directory's tree): the generated classes of a
     * package have names no metadata knows in advance, and a domain's versions are the files of its directory. The
     * artefact is the one that holds {@value #ANCHOR}.
     *
     * @throws IllegalStateException when the rules are reached through a URL that is neither a directory nor a
     *                               jar, whose files cannot be listed: hashing less than everything would be a
     *                               fingerprint that promises more than it checks
     */
    List<String> filesUnder(String relativeDirectory) {
        String anchorPath = root + anchor;
        URL anchor = only(anchorPath);
        List<String> files;
        try {
            if (anchor.getProtocol().equals("file")) {
                Path top = Path.of(anchor.toURI()).getParent();
                files = directoryFiles(top, top.resolve(relativeDirectory));
            } else if (anchor.openConnection() instanceof JarURLConnection jar) {
                files = under(jarListing(jar), relativeDirectory + "/");
            } else {
                throw new IllegalStateException("cannot list the files of the rules artefact at " + anchor
                        + ", so cannot fingerprint them: put thuiswerk-rules on the class path as a jar or a directory");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the rules artefact at " + anchor, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list the rules artefact at " + anchor, e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("the rules artefact at " + anchor + " has no files under " + root
                    + relativeDirectory);
        }
        return files;
    }

    private static List<String> directoryFiles(Path root, Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> tree = Files.walk(directory)) {
            return tree.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace(java.io.File.separatorChar, '/'))
                    .sorted().toList();
        }
    }

    /** The artefact's files in a jar, listed the first time and kept: a jar on the class path does not change. */
    private synchronized List<String> jarListing(JarURLConnection jar) throws IOException {
        if (jarListing == null) {
            String entry = jar.getEntryName();
            String top = entry.substring(0, entry.length() - anchor.length());
            jarListing = List.copyOf(jarFiles(jar, top, top));
        }
        return jarListing;
    }

    /** The files of a sorted listing that start with the prefix, still sorted. */
    private static List<String> under(List<String> sorted, String prefix) {
        List<String> files = new ArrayList<>();
        for (String f : sorted) {
            if (f.startsWith(prefix)) {
                files.add(f);
            }
        }
        return files;
    }

    /** The entries under a prefix, each relative to the rules' root. */
    private static List<String> jarFiles(JarURLConnection connection, String root, String prefix)
            throws IOException {
        // a JarFile of our own, closed here: a cached one is shared with whoever else opened the jar
        connection.setUseCaches(false);
        List<String> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry e = entries.nextElement();
                if (!e.isDirectory() && e.getName().startsWith(prefix)) {
                    // a zip may hold one name twice; which copy a reader gets is then up to the reader
                    if (!seen.add(e.getName())) {
                        throw new RuleSetIntegrityException("the rules artefact holds " + e.getName()
                                + " twice: the rules must be one unambiguous copy");
                    }
                    files.add(e.getName().substring(root.length()));
                }
            }
        }
        Collections.sort(files);
        return files;
    }

    /** The directory of a rule package of the library's rules, relative to their root. */
    static String directoryOf(String rulePackage) {
        return directoryOf(ROOT, rulePackage);
    }

    /** The directory of a rule package, relative to this artefact's root; a package outside the root is refused. */
    String packageDirectory(String rulePackage) {
        return directoryOf(root, rulePackage);
    }

    /** The rule package of a directory relative to this artefact's root. */
    String packageOf(String relativeDirectory) {
        return (root + relativeDirectory).replace('/', '.');
    }

    private static String directoryOf(String rootPath, String rulePackage) {
        String root = rootPath.replace('/', '.');
        if (!rulePackage.startsWith(root)) {
            throw new IllegalStateException("rule package " + rulePackage + " is outside "
                    + root.substring(0, root.length() - 1) + ", whose files alone can be read and fingerprinted");
        }
        return rulePackage.substring(root.length()).replace('.', '/');
    }

    /**
     * The files under {@code META-INF/kie/} of the artefact that holds the anchor, as absolute paths: where the KIE
     * plugin put its model index, whose name holds the artefact's Maven coordinates.
     */
    List<String> kieFiles() {
        URL anchorUrl = only(root + anchor);
        try {
            if (anchorUrl.getProtocol().equals("file")) {
                Path top = Path.of(anchorUrl.toURI()).getParent();
                for (int i = 0; i < root.split("/").length; i++) {
                    top = top.getParent();
                }
                return directoryFiles(top, top.resolve("META-INF/kie"));
            } else if (anchorUrl.openConnection() instanceof JarURLConnection jar) {
                return jarFiles(jar, "", "META-INF/kie/");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the artefact at " + anchorUrl, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list the artefact at " + anchorUrl, e);
        }
        throw new IllegalStateException("cannot list the artefact at " + anchorUrl + ": not a jar or a directory");
    }

    /** Whether the artefact has the file (relative to the root), in one copy or more. */
    boolean has(String relativePath) {
        return loader.getResource(absolute(relativePath)) != null;
    }

    /** The metadata of a rule package: the JSON files directly in its directory (its codes and sources, its kind). */
    List<String> metadataOf(String rulePackage) {
        String directory = packageDirectory(rulePackage);
        return filesUnder(directory).stream()
                .filter(f -> f.endsWith(".json") && f.lastIndexOf('/') == directory.length())
                .toList();
    }

    String text(String relativePath) {
        return new String(bytes(relativePath), StandardCharsets.UTF_8);
    }

    ClassLoader loader() {
        return loader;
    }
}
