package nl.thuiswerk.cli;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.RuleSetInfo;

import java.util.List;
import java.util.stream.Collectors;

/** The version ids named on a command line, checked before any work starts. */
final class RuleSetIds {

    private RuleSetIds() {
    }

    /**
     * @throws Failure for the first id that is not a version, listing the versions there are
     */
    static void require(HomeWorkingAdvisor advisor, String... ids) {
        require(known(advisor), ids);
    }

    /** As {@link #require(HomeWorkingAdvisor, String...)}, a version of either domain: the advice or requests. */
    static void requireOfAnyDomain(HomeWorkingAdvisor advisor, String... ids) {
        List<String> known = known(advisor);
        advisor.requestRuleSets().forEach(v -> known.add(v.id()));
        require(known, ids);
    }

    /** The advice's versions and the employers' policies' versions. */
    private static List<String> known(HomeWorkingAdvisor advisor) {
        List<String> known = new java.util.ArrayList<>(advisor.ruleSets().stream().map(RuleSetInfo::id).toList());
        advisor.policies().forEach(p -> known.add(p.version()));
        return known;
    }

    private static void require(List<String> known, String... ids) {
        for (String id : ids) {
            if (!known.contains(id)) {
                throw Failure.of("ruleSets.unknown", id, known.stream().collect(Collectors.joining(", ")));
            }
        }
    }
}
