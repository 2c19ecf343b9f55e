package nl.thuiswerk;

/**
 * The company doctor's (bedrijfsarts) advice: the share of working time the worker should spend on site
 * for their health. Never the complaint or a diagnosis; still health data, so it is never printed by
 * {@link #toString()}, logged or put in an error message.
 *
 * @param onSiteShare greater than 0 and at most 1
 */
public record OccupationalPhysicianAdvice(double onSiteShare) {

    @Override
    public String toString() {
        return "OccupationalPhysicianAdvice[onSiteShare=<health data, not shown>]";
    }
}
