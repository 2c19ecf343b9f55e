package nl.thuiswerk.cli;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.RuleSetIntegrityException;

import java.util.Map;

/** Builds the advisor a command runs against, with the versions the user pinned; tests inject their own. */
@FunctionalInterface
interface AdvisorFactory {

    /** The library's own advisor: every version, each pinned one checked against its fingerprint. */
    AdvisorFactory LIBRARY = new AdvisorFactory() {
        @Override
        public HomeWorkingAdvisor create(Map<String, String> pins) {
            return create(pins, java.util.List.of());
        }

        @Override
        public HomeWorkingAdvisor create(Map<String, String> pins, java.util.List<java.nio.file.Path> policies) {
            HomeWorkingAdvisor.Builder builder = HomeWorkingAdvisor.builder();
            pins.forEach(builder::pin);
            policies.forEach(builder::policy);
            return builder.build();
        }
    };

    /**
     * @param pins version id → fingerprint, in the order given; empty when nothing is pinned
     * @throws RuleSetIntegrityException when a pinned version does not exist or does not match
     */
    HomeWorkingAdvisor create(Map<String, String> pins);

    /**
     * With employers' policies from their jars; a factory of the tests that knows none refuses them.
     *
     * @throws nl.thuiswerk.PolicyException when a policy is refused at start
     */
    default HomeWorkingAdvisor create(Map<String, String> pins, java.util.List<java.nio.file.Path> policies) {
        if (!policies.isEmpty()) {
            throw new nl.thuiswerk.PolicyException("this advisor takes no policies");
        }
        return create(pins);
    }
}
