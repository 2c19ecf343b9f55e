package nl.thuiswerk;

/**
 * One finding of an assessment: why the request stands where it stands, a duty of the employer, or a defect of
 * the employer's decision.
 *
 * @param code   a stable code, e.g. {@code NOTICE_UNDER_2_MONTHS} or {@code NO_WRITTEN_REASONS}
 * @param rule   the name of the rule that found it
 * @param text   what it means for the employee and the employer, in the language asked for
 * @param source the article and paragraph it rests on, with their words
 */
public record RequestReason(String code, String rule, String text, LawSource source) {
}
