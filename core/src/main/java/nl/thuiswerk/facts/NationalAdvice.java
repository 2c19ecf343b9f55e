package nl.thuiswerk.facts;

import nl.thuiswerk.Outcome;

import java.math.BigDecimal;

/**
 * The national result an employer's policy is layered on: given to a policy's rules when a national rule-set version
 * is in force on the reference date, and absent when none is (before 18 February 2021, from 15 March 2022). A
 * policy's rules may read it ({@code NationalAdvice( $ceiling : ceiling )}, {@code not NationalAdvice()}); it cannot
 * change it: the library's delegation rules keep the combined bounds within it.
 *
 * @param ruleSet the id of the national version in force
 * @param outcome the national outcome
 * @param floor   the national floor, s: the share the criteria justify
 * @param ceiling the national ceiling, s'; null where the phase sets no national limit
 */
public record NationalAdvice(String ruleSet, Outcome outcome, BigDecimal floor, BigDecimal ceiling) {

    public NationalAdvice {
        floor = Shares.exact(floor);
        ceiling = Shares.exact(ceiling);
    }

    /** Either share may be the company doctor's, which is health data. */
    @Override
    public String toString() {
        return "NationalAdvice[ruleSet=" + ruleSet + ", outcome=" + outcome + ", <shares not shown>]";
    }
}
