package nl.thuiswerk;

/**
 * The company doctor's (bedrijfsarts) advice on the share of working time the worker should spend on site <b>for their
 * mental health</b>, because working at home gives them mental complaints: the criterion {@code MENTAL_HEALTH} («mentale
 * klachten door het thuiswerken», Kamerbrief Thuiswerken, 24 February 2021). It is the only health ground of the
 * criteria: advice for any other health reason (a back problem, a pregnancy) is not this criterion and must not be
 * given here.
 *
 * <p>Never the complaint or a diagnosis; still health data, so it is never printed by {@link #toString()}, logged or
 * put in an error message.
 *
 * @param onSiteShare the advised share of working time on site, greater than 0 and at most 1
 */
public record OccupationalPhysicianAdvice(double onSiteShare) {

    @Override
    public String toString() {
        return "OccupationalPhysicianAdvice[onSiteShare=<health data, not shown>]";
    }
}
