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
        List<String> known = new java.util.ArrayList<>(advisor.ruleSets().stream().map(RuleSetInfo::id).toList());
        advisor.policies().forEach(p -> known.add(p.version()));
        for (String id : ids) {
            if (!known.contains(id)) {
                throw Failure.of("ruleSets.unknown", id, known.stream().collect(Collectors.joining(", ")));
            }
        }
    }
}
