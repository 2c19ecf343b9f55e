package nl.thuiswerk;

/**
 * The workplace on site.
 *
 * @param meetsCoronaMeasures whether it meets the RIVM corona measures; null when not stated
 */
public record OnSiteWorkplace(Boolean meetsCoronaMeasures) {
}
