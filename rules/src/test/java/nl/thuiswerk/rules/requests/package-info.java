/**
 * Tests of the drafted rules for requests under the Wet flexibel werken (phase 1 of issue 15), run through a small
 * test-only harness ({@link nl.thuiswerk.rules.requests.RequestRules}) until the engine assesses requests itself.
 */
package nl.thuiswerk.rules.requests;
