package nl.thuiswerk;

/**
 * A published text a rule encodes.
 *
 * @param id    stable id, e.g. {@code S1}
 * @param title the document
 * @param url   where it is published
 * @param quote the words the rule encodes, in the original Dutch
 */
public record Source(String id, String title, String url, String quote) {
}
