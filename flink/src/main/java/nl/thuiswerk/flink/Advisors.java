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
        HomeWorkingAdvisor.Builder builder = HomeWorkingAdvisor.builder();
        pins.forEach(builder::pin);
        return builder.build();
    }
}
