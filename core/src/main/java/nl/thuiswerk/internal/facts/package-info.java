/**
 * Internal: the facts the DRL rules match and the collector they report to.
 *
 * <p>Not API. These types exist for the rules in the {@code thuiswerk-rules} kjar; they are flat and
 * immutable so that a rule reads like the criterion it encodes.
 */
package nl.thuiswerk.internal.facts;
