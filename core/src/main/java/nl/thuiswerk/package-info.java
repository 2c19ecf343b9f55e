/**
 * The public API of thuiswerk: everything a user of the library may depend on.
 *
 * <p>Build one {@link nl.thuiswerk.HomeWorkingAdvisor} and share it; give it a {@link nl.thuiswerk.Case}
 * and get an immutable {@link nl.thuiswerk.Decision}, or a {@link nl.thuiswerk.DecisionException} that
 * lists every problem with its JSON path. The records mirror the JSON contract one to one.
 *
 * <p>A request to change the place of work under the Wet flexibel werken is a {@link nl.thuiswerk.WorkplaceRequest};
 * its assessment an {@link nl.thuiswerk.Assessment} ({@code docs/requests.md}), whose findings quote the law as a
 * {@link nl.thuiswerk.LawSource}. The facts and date arithmetic of its rules are the published package
 * {@code nl.thuiswerk.facts.requests}.
 *
 * <p>Nothing of Drools appears here: the engine lives in {@code nl.thuiswerk.internal}, which is not API. The facts
 * the rules read and conclude are published in {@code nl.thuiswerk.facts}.
 */
package nl.thuiswerk;
