package nl.thuiswerk.flink;

import nl.thuiswerk.HomeWorkingAdvisor;

import java.util.Map;

/** Builds the advisor the jobs decide with, from the only configuration a function carries: the pins. */
final class Advisors {

    private Advisors() {
    }

    /**
     * @throws nl.thuiswerk.RuleSetIntegrityException when a pinned version's rules are not the ones pinned
     */
    static HomeWorkingAdvisor build(Map<String, String> pins) {
        return build(pins, java.util.List.of());
    }

    /**
     * With employers' policies, each a jar path every task can read.
     *
     * @throws nl.thuiswerk.PolicyException when a policy is refused at start
     */
    static HomeWorkingAdvisor build(Map<String, String> pins, java.util.List<String> policies) {
        HomeWorkingAdvisor.Builder builder = HomeWorkingAdvisor.builder();
        pins.forEach(builder::pin);
        policies.forEach(p -> builder.policy(java.nio.file.Path.of(p)));
        return builder.build();
    }
}
