package nl.thuiswerk.cli;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.RuleSetIntegrityException;

import java.util.Map;

/** Builds the advisor a command runs against, with the versions the user pinned; tests inject their own. */
@FunctionalInterface
interface AdvisorFactory {

    /** The library's own advisor: every version, each pinned one checked against its fingerprint. */
    AdvisorFactory LIBRARY = pins -> {
        HomeWorkingAdvisor.Builder builder = HomeWorkingAdvisor.builder();
        pins.forEach(builder::pin);
        return builder.build();
    };

    /**
     * @param pins version id → fingerprint, in the order given; empty when nothing is pinned
     * @throws RuleSetIntegrityException when a pinned version does not exist or does not match
     */
    HomeWorkingAdvisor create(Map<String, String> pins);
}
