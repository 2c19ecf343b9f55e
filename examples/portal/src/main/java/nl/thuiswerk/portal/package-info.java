/**
 * An employer portal: one page where a manager or a worker answers the questions of a case, and
 * {@code POST /api/decisions}, which decides it in-process with thuiswerk and answers in the JSON contract.
 * Served by embedded Jetty on localhost, with limits that keep slow or many clients from stopping it;
 * {@link nl.thuiswerk.portal.Main} starts it.
 */
package nl.thuiswerk.portal;
