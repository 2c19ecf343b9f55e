package nl.thuiswerk;

/** The worker's physical home-working situation. */
public enum HomeWorkplace {
    ADEQUATE,
    /** Not adequate, but the employer can make it so. */
    INADEQUATE_REMEDIABLE,
    /** Not adequate and cannot be made adequate: a ground for working on site. */
    INADEQUATE_NOT_REMEDIABLE
}
