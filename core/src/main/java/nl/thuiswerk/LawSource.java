package nl.thuiswerk;

/**
 * The provision of a statute a rule encodes, quoted verbatim from the consolidated text in force on the day the
 * rule-set version begins (Dutch statute text is free of copyright, Auteurswet art. 11).
 *
 * @param law     the statute, e.g. {@code Wet flexibel werken}
 * @param article the article, e.g. {@code 2} or {@code 2a}
 * @param lid     the paragraph («lid»), e.g. {@code 12}; null for an article without paragraphs
 * @param url     the consolidated text on wetten.overheid.nl, dated, with the article's anchor, e.g.
 *                {@code https://wetten.overheid.nl/BWBR0011173/2022-08-02#Artikel2}
 * @param quote   the words the rule encodes, in the original Dutch
 */
public record LawSource(String law, String article, String lid, String url, String quote) {
}
