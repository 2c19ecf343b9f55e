/**
 * Published: the facts the national rules read and conclude, and that employer policies will read. Stable like the
 * rest of the API: a fact may gain a component, none is renamed or removed.
 *
 * <p>What the rules read, and only that:
 * <ul>
 *   <li>input facts, made by the engine from a case: one {@link nl.thuiswerk.facts.TasksNeeding} per need that some
 *       task has, one {@link nl.thuiswerk.facts.Circumstances}, and one {@link nl.thuiswerk.facts.Parameter} per
 *       number of the rule-set version (its metadata gives each with its source);</li>
 *   <li>derived facts, concluded by the rules: the justified share {@link nl.thuiswerk.facts.JustifiedShare}
 *       (s = max(w, m, d), with w, m and d), the share the advice in force supports
 *       {@link nl.thuiswerk.facts.ShareInForce} (s'), and the {@link nl.thuiswerk.facts.Bounds} the outcome
 *       follows from (nationally floor s and ceiling s'; an employer's policy will add its floor and cap there).</li>
 * </ul>
 *
 * <p><b>Rules never decide on free text.</b> A task is its index in the case: its name is for people, and the engine
 * puts it into a reason's text. So the facts of two cases that differ only in names are equal, and what a rule can
 * read is exactly what the facts hold.
 *
 * <p><b>Exact decimals.</b> Hours and shares are {@link java.math.BigDecimal}s normalised by
 * {@link nl.thuiswerk.facts.Shares#exact} (trailing zeros stripped) when a fact is made, so two facts of equal value
 * are {@code equals}: the engine remembers what the rules concluded for a set of facts by the facts themselves.
 *
 * <p><b>Health data.</b> The company doctor's advised share, and every share that may be it, never shows in a
 * fact's {@code toString}: a rule engine's trace or a log line cannot reveal it.
 */
package nl.thuiswerk.facts;
