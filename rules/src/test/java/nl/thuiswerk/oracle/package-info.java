/**
 * An independent, plain-Java reading of the policy ({@code docs/policy.md}), written apart from the DRL, that
 * tests and benchmarks compare the rules with. Never on the library's runtime path: it ships only in the rules
 * module's test jar.
 */
package nl.thuiswerk.oracle;
