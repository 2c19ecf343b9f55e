package nl.thuiswerk.internal;

import nl.thuiswerk.RuleSetInfo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a fingerprint covers, in one place (docs/security.md says the same in words).
 *
 * <p>A version's fingerprint covers every byte its decisions depend on that comes from the rules artefact:
 * <ul>
 *   <li>its metadata ({@code ruleset.json}) and the files it lists (its DRL, the shared criteria's metadata);</li>
 *   <li>every file under the directory of each of its DRL packages, at any depth: the DRL, the metadata and the
 *       executable-model classes generated from them, which are what actually decides (the shared criteria
 *       package is one of every version's packages, so a change there changes every version);</li>
 *   <li>the index that names each package's model class;</li>
 *   <li>the texts of every language, from which the reasons, conditions and assumptions are worded.</li>
 * </ul>
 * The catalogue's fingerprint covers {@code rulesets.json} (which versions there are, the periods without one and
 * their reasons), {@code trace.json} (what {@code trace} shows an auditor) and every version's id and fingerprint:
 * pinning it pins every file the library reads from the rules artefact.
 *
 * <p>Each fingerprint is the sha256 over its files in path order, each as its path, a newline, its length, a
 * newline and its bytes (so that moving bytes from one file to another changes it too); the catalogue's then
 * goes on with one line {@code id fingerprint} per version, in the order {@code rulesets.json} lists them.
 */
final class Fingerprints {

    /** The id under which the catalogue is pinned, beside the versions' own ids. */
    static final String CATALOGUE = nl.thuiswerk.HomeWorkingAdvisor.CATALOGUE;

    private static final String PACKAGE_ROOT = Resources.ROOT.replace('/', '.');
    private static final List<String> CATALOGUE_FILES = List.of("rulesets.json", "trace.json");

    private final Resources resources;
    /** The shared files (criteria, index, texts) are in every version: read once per load. */
    private final Map<String, byte[]> read = new HashMap<>();

    Fingerprints(Resources resources) {
        this.resources = resources;
    }

    /** The files a version's fingerprint covers: its metadata, the files it lists, its packages, index, texts. */
    SortedSet<String> files(String metadata, List<String> listed, List<String> packages) {
        SortedSet<String> files = new TreeSet<>(listed);
        files.add(metadata);
        for (String pkg : packages) {
            if (!pkg.startsWith(PACKAGE_ROOT)) {
                throw new IllegalStateException(metadata + " names rule package " + pkg + ", outside "
                        + PACKAGE_ROOT.substring(0, PACKAGE_ROOT.length() - 1) + ", whose files it cannot fingerprint");
            }
            files.addAll(resources.filesUnder(pkg.substring(PACKAGE_ROOT.length()).replace('.', '/')));
        }
        files.add(ModelIndex.INDEX);
        for (Language language : Language.values()) {
            files.add(Texts.file(language));
        }
        return files;
    }

    /** A version's fingerprint, over {@link #files}. */
    String version(String metadata, List<String> listed, List<String> packages) {
        MessageDigest sha = sha256();
        files(metadata, listed, packages).forEach(file -> add(sha, file));
        return hex(sha);
    }

    /** The catalogue's fingerprint, over its files and the versions' ids and fingerprints, as listed. */
    String catalogue(List<RuleSetInfo> versions) {
        MessageDigest sha = sha256();
        new TreeSet<>(CATALOGUE_FILES).forEach(file -> add(sha, file));
        for (RuleSetInfo v : versions) {
            sha.update((v.id() + " " + v.fingerprint() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return hex(sha);
    }

    private void add(MessageDigest sha, String file) {
        byte[] content = read.computeIfAbsent(file, resources::bytes);
        sha.update((file + "\n" + content.length + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update(content);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    private static String hex(MessageDigest sha) {
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }
}
