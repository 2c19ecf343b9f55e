package nl.thuiswerk.internal;

import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.RuleSetIntegrityException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The versions of a domain as the rules artefact holds them: every metadata file of its versions directory (found,
 * not listed by hand), the periods without a version, and the catalogue's fingerprint; checked against the pins
 * before anything else is believed.
 */
final class Catalogue {

    private final Timeline timeline;
    private final String fingerprint;

    private Catalogue(Timeline timeline, String fingerprint) {
        this.timeline = timeline;
        this.fingerprint = fingerprint;
    }

    /**
     * Reads the versions and the periods; compiles no rules.
     *
     * @param pins version id (or {@link Fingerprints#CATALOGUE}) → expected fingerprint; when any does not match,
     *             loading refuses, naming every one that does not
     */
    static Catalogue load(Resources resources, Domain domain, Map<String, String> pins) {
        return load(resources, List.of(domain), pins).get(domain);
    }

    /**
     * The catalogues of several domains, the pins checked against all of them at once: a pin names a version of any
     * domain, or a domain's catalogue ({@link #catalogueId(Domain)}); one that names none of them is refused.
     */
    static Map<Domain, Catalogue> load(Resources resources, List<Domain> domains, Map<String, String> pins) {
        Map<Domain, Read> reads = new java.util.LinkedHashMap<>();
        for (Domain domain : domains) {
            try {
                reads.put(domain, read(resources, domain));
            } catch (RuleSetIntegrityException e) {
                throw e;
            } catch (RuntimeException e) {
                if (pins.isEmpty()) {
                    throw e;
                }
                // genuine rules always load: rules that do not cannot be the pinned ones, an integrity failure
                throw new RuleSetIntegrityException("the rules artefact cannot be read (" + e.getMessage()
                        + "), so the pinned fingerprints of " + pins.keySet() + " cannot be checked", e);
            }
        }
        check(pins, reads);
        // the periods are checked once the pins hold, so a pinned advisor reports a changed catalogue as such
        Map<Domain, Catalogue> catalogues = new java.util.LinkedHashMap<>();
        reads.forEach((domain, read) -> catalogues.put(domain,
                new Catalogue(new Timeline(read.versions(), read.periods()), read.fingerprint())));
        return catalogues;
    }

    /**
     * The id that pins a domain's catalogue: {@link Fingerprints#CATALOGUE} for the advice, as it always was;
     * {@code <directory>-catalogue} for another domain ({@code wfw-catalogue}).
     */
    static String catalogueId(Domain domain) {
        return domain.directory().isEmpty() ? Fingerprints.CATALOGUE : domain.directory() + "-" + Fingerprints.CATALOGUE;
    }

    /** The versions in date order, the periods file and the catalogue's fingerprint, before anything is checked. */
    private record Read(Map<String, Object> periods, List<RuleSetVersion> versions, String fingerprint) {
    }

    @SuppressWarnings("unchecked")
    private static Read read(Resources resources, Domain domain) {
        ModelIndex models = new ModelIndex(resources);
        Fingerprints fingerprints = new Fingerprints(resources);
        Map<String, Object> periods = (Map<String, Object>) JsonTree.parse(resources.text(domain.periods())).root();
        Map<String, Kind> kinds = new HashMap<>();
        Map<List<String>, CompiledRules> rules = new HashMap<>();
        List<RuleSetVersion> versions = new ArrayList<>();
        for (String file : resources.filesUnder(domain.versions())) {
            if (file.endsWith(".json") && file.lastIndexOf('/') == domain.versions().length()) {
                versions.add(new RuleSetVersion(file, domain, resources, kinds, rules, models, fingerprints));
            }
        }
        versions.sort(java.util.Comparator.comparing(v -> v.info().validFrom()));
        String fingerprint = fingerprints.catalogue(List.of(domain.periods(), domain.trace()),
                versions.stream().map(RuleSetVersion::info).toList());
        return new Read(periods, List.copyOf(versions), fingerprint);
    }

    /** Every pin that does not hold, in the order given, in one refusal. */
    private static void check(Map<String, String> pins, Map<Domain, Read> reads) {
        List<String> wrong = new ArrayList<>();
        List<RuleSetVersion> versions = new ArrayList<>();
        reads.values().forEach(r -> versions.addAll(r.versions()));
        List<String> catalogueIds = reads.keySet().stream().map(Catalogue::catalogueId).toList();
        for (Map.Entry<String, String> pin : pins.entrySet()) {
            Domain pinned = reads.keySet().stream().filter(d -> catalogueId(d).equals(pin.getKey())).findFirst()
                    .orElse(null);
            if (pinned != null) {
                String catalogue = reads.get(pinned).fingerprint();
                if (!catalogue.equals(pin.getValue())) {
                    wrong.add("the catalogue of " + (pinned == Domain.HOME_WORKING ? "" : pinned.name() + " ")
                            + "rule sets does not match its pinned fingerprint: expected "
                            + pin.getValue() + ", found " + catalogue + "; the versions, the periods without one, "
                            + "their reasons or the files of a version are not the ones pinned");
                }
                continue;
            }
            var info = versions.stream().map(RuleSetVersion::info)
                    .filter(v -> v.id().equals(pin.getKey())).findFirst();
            if (info.isEmpty()) {
                wrong.add("pinned rule set " + pin.getKey() + " does not exist; the rule sets are "
                        + versions.stream().map(v -> v.info().id()).toList()
                        + (catalogueIds.size() == 1 ? " and the catalogue (" + catalogueIds.get(0) + ")"
                        : " and the catalogues " + catalogueIds));
            } else if (!info.get().fingerprint().equals(pin.getValue())) {
                wrong.add("rule set " + pin.getKey() + " does not match its pinned fingerprint: expected "
                        + pin.getValue() + ", found " + info.get().fingerprint()
                        + "; its rules, metadata or texts are not the ones pinned");
            }
        }
        if (!wrong.isEmpty()) {
            throw new RuleSetIntegrityException(String.join("; and ", wrong));
        }
    }

    Timeline timeline() {
        return timeline;
    }

    /** The fingerprint of the catalogue: the periods, the trace, every version's id and fingerprint. */
    String fingerprint() {
        return fingerprint;
    }

    List<RuleSetInfo> infos() {
        return timeline.versions().stream().map(RuleSetVersion::info).toList();
    }
}
