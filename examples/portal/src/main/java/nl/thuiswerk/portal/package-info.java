/**
 * An employer portal: one page where a manager or a worker answers the questions of a case, and
 * {@code POST /api/decisions}, which decides it in-process with thuiswerk and answers in the JSON contract.
 * Served by the JDK's own HTTP server on localhost; {@link nl.thuiswerk.portal.Main} starts it.
 */
package nl.thuiswerk.portal;
