/**
 * Published: the facts of a request to change the place of work (Wet flexibel werken, art. 2 and 2a), as the rules
 * of the {@code wfw-*} rule-set versions match and derive them, and the date arithmetic of those rules.
 *
 * <p>This package is API: anyone may write rules over these facts, and its types and methods change only as the
 * contract does (fields added, never renamed or removed). It holds no engine: the facts are immutable records
 * without any Drools type, so that a rule reads like the paragraph it encodes.
 *
 * <p>The input facts ({@link nl.thuiswerk.facts.requests.Submission}, {@link nl.thuiswerk.facts.requests.Employee},
 * {@link nl.thuiswerk.facts.requests.Employer}, {@link nl.thuiswerk.facts.requests.EmployerDecision}) are inserted
 * complete before any rule fires. The derived facts ({@link nl.thuiswerk.facts.requests.Applicability},
 * {@link nl.thuiswerk.facts.requests.Met}, {@link nl.thuiswerk.facts.requests.Unmet},
 * {@link nl.thuiswerk.facts.requests.Deadline}, {@link nl.thuiswerk.facts.requests.Settled}) are each inserted by
 * one of a set of rules whose conditions exclude one another and read only facts already complete, so that no rule
 * ever reads a derived fact that a later firing could still change (docs/decisions/0002-stratified-rules.md).
 *
 * <p>All date arithmetic the rules need is in {@link nl.thuiswerk.facts.requests.RequestDates}, each method citing
 * the article it implements; nothing else in the library computes these dates.
 */
package nl.thuiswerk.facts.requests;
