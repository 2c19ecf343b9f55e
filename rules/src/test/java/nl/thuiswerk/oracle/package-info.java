/**
 * Independent, plain-Java readings written apart from the DRL, that tests and benchmarks compare the rules with: of
 * the policy ({@code docs/policy.md}, {@link nl.thuiswerk.oracle.Oracle}) and of requests under the Wet flexibel
 * werken ({@code docs/requests.md}, {@link nl.thuiswerk.oracle.RequestOracle}, with its own calendar), and seeded
 * generators of valid inputs for both. Never on the library's runtime path: it ships only in the rules module's test
 * jar.
 */
package nl.thuiswerk.oracle;
