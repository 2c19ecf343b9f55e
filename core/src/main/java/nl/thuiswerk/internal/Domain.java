package nl.thuiswerk.internal;

import java.util.List;

/**
 * Where one domain's rule sets live in the rules artefact: its versions (one metadata file each), its periods without
 * a version, its trace, the rule packages every version shares, the directory of its kinds, its texts and the
 * directory that holds all of it. The parts that read, fingerprint, compile and run versions take a domain, so a
 * second domain of rules (requests under the Wet flexibel werken) uses them as they are.
 *
 * @param versions       the directory of the version files, {@code <id>.json}, relative to the rules' root
 * @param periods        the file of the periods without a version
 * @param trace          the file of the auditors' trace
 * @param sharedPackages the rule packages every version decides with, before its kind's
 * @param kinds          the directory of the kinds, each {@code <kind>/kind.json} beside its rules
 * @param texts          the texts' files without the language, {@code texts} for {@code texts_nl.properties}
 * @param directory      the directory of the domain's own files, relative to the rules' root; empty for the domain
 *                       at the root, which owns every file no other domain's directory holds
 * @param name           the domain as {@code rulesets} names it
 */
record Domain(String versions, String periods, String trace, List<String> sharedPackages, String kinds, String texts,
              String directory, String name) {

    /** The national home-working advice of 2021-2022. */
    static final Domain HOME_WORKING = new Domain("versions", Resources.ANCHOR, "trace.json",
            List.of("nl.thuiswerk.rules.criteria", "nl.thuiswerk.rules.outcome"), "kinds", "texts", "", "advice");

    /** Requests to change the place of work under the Wet flexibel werken, art. 2 and 2a (docs/requests.md). */
    static final Domain WORKPLACE_REQUESTS = new Domain("wfw/versions", "wfw/periods.json", "wfw/trace.json",
            List.of("nl.thuiswerk.rules.wfw.common"), "wfw/kinds", "wfw/texts", "wfw", "requests");

    /** Every domain of the library. */
    static final List<Domain> ALL = List.of(HOME_WORKING, WORKPLACE_REQUESTS);

    /** The rule package of a kind. */
    String kindPackage(String kind) {
        return Resources.ROOT.replace('/', '.') + kinds.replace('/', '.') + "." + kind;
    }

    /** The directory of a kind, relative to the rules' root. */
    String kindDirectory(String kind) {
        return kinds + "/" + kind;
    }

    /** The file of the domain's texts in a language. */
    String textsFile(Language language) {
        return texts + "_" + language.tag() + ".properties";
    }

    /**
     * Whether a rule package is this domain's: under its directory, or, for the domain at the root, under no other
     * domain's directory.
     */
    boolean owns(String rulePackage) {
        String root = Resources.ROOT.replace('/', '.');
        if (!directory.isEmpty()) {
            return rulePackage.startsWith(root + directory.replace('/', '.') + ".");
        }
        return ALL.stream().filter(d -> !d.directory.isEmpty()).noneMatch(d -> d.owns(rulePackage));
    }
}
