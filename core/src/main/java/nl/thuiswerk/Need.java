package nl.thuiswerk;

/** Why a task cannot be done from home; each need is one criterion of the published criteria. */
public enum Need {
    PHYSICAL_PRESENCE,
    LOCATION_BOUND_EQUIPMENT,
    CONFIDENTIAL_INFORMATION,
    ESSENTIAL_PROCESS
}
