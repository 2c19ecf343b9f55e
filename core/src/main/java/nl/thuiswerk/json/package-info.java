/**
 * Public API: the JSON contract (cases in; decisions, errors and rule sets out), for systems that talk to
 * thuiswerk in JSON and for the command line.
 */
package nl.thuiswerk.json;
