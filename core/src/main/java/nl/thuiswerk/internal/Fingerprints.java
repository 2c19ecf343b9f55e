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
 *   <li>its metadata ({@code versions/<id>.json}: its dates, kind, parameters, codes, sources and evidence);</li>
 *   <li>every file under the directory of each of its rule packages, at any depth: the shared criteria and
 *       outcome and its kind's, each with its DRL, its metadata ({@code criteria.json}, {@code kind.json}) and the
 *       executable-model classes generated from them, which are what actually decides (so a change to a shared
 *       package changes every version, a change to a kind every version of that kind);</li>
 *   <li>the index that names each package's model class, as far as it names the packages of the version's domain:
 *       the lines of another domain's packages are left out, so that adding or changing the rules of requests
 *       changes no fingerprint of the advice, and the other way round;</li>
 *   <li>the texts of its domain in every language, from which the reasons, conditions and assumptions are
 *       worded.</li>
 * </ul>
 * The catalogue's fingerprint covers the periods without a version and their reasons ({@code periods.json}), the
 * trace ({@code trace.json}, what {@code trace} shows an auditor) and every version's id and fingerprint, in date
 * order: pinning it pins which versions there are and every file the library reads from the rules artefact.
 *
 * <p>Each fingerprint is the sha256 over its files in path order, each as its path, a newline, its length, a
 * newline and its bytes (so that moving bytes from one file to another changes it too); the catalogue's then
 * goes on with one line {@code id fingerprint} per version.
 */
final class Fingerprints {

    /** The id under which the catalogue is pinned, beside the versions' own ids. */
    static final String CATALOGUE = nl.thuiswerk.HomeWorkingAdvisor.CATALOGUE;

    private final Resources resources;
    /** The shared files (criteria, outcome, kinds, index, texts) are in many versions: read once per load. */
    private final Map<String, byte[]> read = new HashMap<>();

    /** The files hashed before a version's own metadata, in a domain. */
    private record Prefix(Domain domain, List<String> files) {
    }

    private final Map<Prefix, MessageDigest> prefixes = new HashMap<>();

    /** The library's, for a policy's fingerprints: the packages a policy shares with the library are its files. */
    private final Fingerprints shared;
    private final List<String> sharedPackages;

    Fingerprints(Resources resources) {
        this(resources, null, List.of());
    }

    /**
     * The fingerprints of a policy's versions: its own files, and the library's files of the shared packages it
     * decides with (with the library's model index and texts), as one more line {@code shared <sha256>}.
     */
    Fingerprints(Resources resources, Fingerprints shared, List<String> sharedPackages) {
        this.resources = resources;
        this.shared = shared;
        this.sharedPackages = List.copyOf(sharedPackages);
    }

    /**
     * The sha256 over the library's files of the given packages (the advice's: a policy delegates to those), its
     * model index and its texts.
     */
    synchronized String packages(List<String> packages) {
        MessageDigest sha = sha256();
        files(null, packages, Domain.HOME_WORKING).forEach(file -> add(sha, file));
        return hex(sha);
    }

    /** The files a version's fingerprint covers: its metadata, its packages' files, the model index, the texts. */
    synchronized SortedSet<String> files(String metadata, List<String> packages, Domain domain) {
        SortedSet<String> files = new TreeSet<>();
        if (metadata != null) {
            files.add(metadata);
        }
        for (String pkg : packages) {
            if (!sharedPackages.contains(pkg)) {
                files.addAll(resources.filesUnder(resources.packageDirectory(pkg)));
            }
        }
        files.add(resources.index());
        for (Language language : Language.values()) {
            files.add(domain.textsFile(language));
        }
        return files;
    }

    /** A version's fingerprint, over {@link #files}, the model index as far as it names the domain's packages. */
    synchronized String version(String metadata, List<String> packages, Domain domain) {
        // the files in their order; those before the version's own metadata are the same for every version of the
        // same packages, so their digest is computed once and continued from a copy (the same bytes are hashed in
        // the same order: the fingerprint is unchanged, and a start hashes each package once, not once a version)
        List<String> files = List.copyOf(files(metadata, packages, domain));
        int own = files.indexOf(metadata);
        List<String> before = files.subList(0, own);
        MessageDigest sha = copy(prefixes.computeIfAbsent(new Prefix(domain, before), key -> {
            MessageDigest digest = sha256();
            before.forEach(file -> add(digest, file, domain));
            return digest;
        }));
        files.subList(own, files.size()).forEach(file -> add(sha, file, domain));
        if (shared != null) {
            sha.update(("shared " + shared.packages(sharedPackages) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return hex(sha);
    }

    /** The catalogue's fingerprint, over its files and the versions' ids and fingerprints, in the order given. */
    synchronized String catalogue(List<String> files, List<RuleSetInfo> versions) {
        MessageDigest sha = sha256();
        new TreeSet<>(files).forEach(file -> add(sha, file));
        for (RuleSetInfo v : versions) {
            sha.update((v.id() + " " + v.fingerprint() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return hex(sha);
    }

    private void add(MessageDigest sha, String file) {
        add(sha, file, (byte[]) null);
    }

    /** A file of a version: the model index counts only the lines of the version's domain. */
    private void add(MessageDigest sha, String file, Domain domain) {
        add(sha, file, file.equals(resources.index())
                ? ModelIndex.linesOf(read.computeIfAbsent(file, resources::bytes), domain) : null);
    }

    private static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JVM's SHA-256 cannot be copied", e);
        }
    }

    /** A file, or in its place the given content of it (the part of the model index a version depends on). */
    private void add(MessageDigest sha, String file, byte[] part) {
        byte[] content = part != null ? part : read.computeIfAbsent(file, resources::bytes);
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
