/**
 * Internal: the Drools adapter, validation and the JSON machinery behind the public API.
 *
 * <p>Not API. Anything here may change in any release; depend on {@code nl.thuiswerk} and
 * {@code nl.thuiswerk.json} only. Every KIE/Drools type the library touches stays in this package tree.
 */
package nl.thuiswerk.internal;
