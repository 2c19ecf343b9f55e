package nl.thuiswerk;

/**
 * The worker's personal situation.
 *
 * @param occupationalPhysicianAdvice the company doctor's advice on a share of working time on site for the worker's
 *                                    mental health (mental complaints from working at home: the criterion
 *                                    {@code MENTAL_HEALTH}, and no other health reason), or null when there is none
 * @param homeWorkplace               the home workplace, or null when not stated (taken as {@link HomeWorkplace#ADEQUATE}
 *                                    and listed in the decision's assumptions)
 */
public record Worker(OccupationalPhysicianAdvice occupationalPhysicianAdvice, HomeWorkplace homeWorkplace) {
}
