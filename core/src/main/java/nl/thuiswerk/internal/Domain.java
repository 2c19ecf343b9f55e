package nl.thuiswerk.internal;

import java.util.List;

/**
 * Where one domain's rule sets live in the rules artefact: its versions (one metadata file each), its periods without
 * a version, its trace, the rule packages every version shares and the directory of its kinds. The parts that read,
 * fingerprint, compile and run versions take a domain, so a second domain of rules (requests under the Wet flexibel
 * werken) uses them as they are.
 *
 * @param versions       the directory of the version files, {@code <id>.json}, relative to the rules' root
 * @param periods        the file of the periods without a version
 * @param trace          the file of the auditors' trace
 * @param sharedPackages the rule packages every version decides with, before its kind's
 * @param kinds          the directory of the kinds, each {@code <kind>/kind.json} beside its rules
 */
record Domain(String versions, String periods, String trace, List<String> sharedPackages, String kinds) {

    /** The national home-working advice of 2021-2022. */
    static final Domain HOME_WORKING = new Domain("versions", Resources.ANCHOR, "trace.json",
            List.of("nl.thuiswerk.rules.criteria", "nl.thuiswerk.rules.outcome"), "kinds");

    /** The rule package of a kind. */
    String kindPackage(String kind) {
        return Resources.ROOT.replace('/', '.') + kinds.replace('/', '.') + "." + kind;
    }

    /** The directory of a kind, relative to the rules' root. */
    String kindDirectory(String kind) {
        return kinds + "/" + kind;
    }
}
