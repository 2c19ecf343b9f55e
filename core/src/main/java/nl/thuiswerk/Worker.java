package nl.thuiswerk;

/**
 * The worker's personal situation.
 *
 * @param occupationalPhysicianAdvice the company doctor's advice, or null when there is none
 * @param homeWorkplace               the home workplace, or null when not stated (taken as {@link HomeWorkplace#ADEQUATE}
 *                                    and listed in the decision's assumptions)
 */
public record Worker(OccupationalPhysicianAdvice occupationalPhysicianAdvice, HomeWorkplace homeWorkplace) {
}
