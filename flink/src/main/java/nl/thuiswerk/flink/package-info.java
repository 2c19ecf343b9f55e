/**
 * thuiswerk on Apache Flink: decides a population of cases in parallel ({@link nl.thuiswerk.flink.DecideFunction}),
 * or compares two rule-set versions over it ({@link nl.thuiswerk.flink.CompareFunction}), with the same JSON as the
 * library and the command line. {@link nl.thuiswerk.flink.DecideJob} is the ready job.
 */
package nl.thuiswerk.flink;
