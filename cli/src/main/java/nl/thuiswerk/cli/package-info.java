/**
 * The {@code thuiswerk} command line: {@code decide}, {@code explain}, {@code verify}, {@code batch},
 * {@code rulesets}, {@code trace} and {@code diff} over the JSON contract.
 *
 * <p>This is a program, not a library API: nothing here is meant to be called from other code, and it may change
 * with every release. Programs use {@link nl.thuiswerk.HomeWorkingAdvisor} and {@link nl.thuiswerk.json.ThuiswerkJson}.
 */
package nl.thuiswerk.cli;
