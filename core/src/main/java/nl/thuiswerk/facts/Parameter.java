package nl.thuiswerk.facts;

import java.math.BigDecimal;

/**
 * A number of the rule-set version in force, as its metadata states it with its source: what a kind of phase's rules
 * read instead of a constant of their own, so that versions of one kind share their rules.
 *
 * @param name  the parameter's name in the version's metadata, e.g. {@code limit}
 * @param value its value, exact
 */
public record Parameter(String name, BigDecimal value) {

    public Parameter {
        value = Shares.exact(value);
    }
}
