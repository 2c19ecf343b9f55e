/**
 * The public API of thuiswerk: everything a user of the library may depend on.
 *
 * <p>Build one {@link nl.thuiswerk.HomeWorkingAdvisor} and share it; give it a {@link nl.thuiswerk.Case}
 * and get an immutable {@link nl.thuiswerk.Decision}, or a {@link nl.thuiswerk.DecisionException} that
 * lists every problem with its JSON path. The records mirror the JSON contract one to one.
 *
 * <p>Nothing of Drools appears here: the engine lives in {@code nl.thuiswerk.internal}, which is not API. The facts
 * the rules read and conclude are published in {@code nl.thuiswerk.facts}.
 */
package nl.thuiswerk;
