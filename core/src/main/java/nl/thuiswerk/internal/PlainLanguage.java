package nl.thuiswerk.internal;

import nl.thuiswerk.Assumption;
import nl.thuiswerk.Condition;
import nl.thuiswerk.Decision;
import nl.thuiswerk.Reason;
import nl.thuiswerk.WhatIf;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A decision as plain text for a worker or a manager: the outcome, why (with the published words), what must be
 * arranged, what was assumed, what would change it, and that the advice decides nothing by itself.
 *
 * <p>The text is read on terminals: every piece of it that comes from a case (the id, the tasks' names inside the
 * reasons) goes through {@link Unicode#printable}, so that its control characters cannot forge a line.
 */
final class PlainLanguage {

    private final Texts texts;

    PlainLanguage(Texts texts) {
        this.texts = texts;
    }

    String explain(Decision d, Language language) {
        Locale locale = Locale.forLanguageTag(language.tag());
        StringBuilder out = new StringBuilder();
        out.append(line(language, "explain.title").replace("{caseId}", p(d.caseId()))
                .replace("{date}", d.referenceDate().format(DateTimeFormatter.ofPattern("d MMMM uuuu", locale)))).append("\n\n");
        String outcome = d.maxOnSiteShare().isEmpty()
                ? line(language, "explain.outcome." + d.outcome().name() + ".noLimit")
                : line(language, "explain.outcome." + d.outcome().name())
                        .replace("{share}", Texts.percent(language, BigDecimal.valueOf(d.maxOnSiteShare().getAsDouble())));
        out.append(outcome).append('\n');
        if (d.policy() != null) {
            out.append(line(language, "explain.floor").replace("{share}",
                    Texts.percent(language, BigDecimal.valueOf(d.minOnSiteShare())))).append('\n');
        }
        if (d.ruleSet() != null) {
            out.append(line(language, "explain.ruleSet").replace("{id}", d.ruleSet().id()).replace("{title}", d.ruleSet().title())
                    .replace("{from}", d.ruleSet().validFrom().toString()).replace("{to}", d.ruleSet().validTo().toString())
                    .replace("{fingerprint}", d.ruleSet().fingerprint())).append('\n');
        } else {
            out.append(line(language, "explain.noRuleSet")).append('\n');
        }
        if (d.policy() != null) {
            out.append(line(language, "explain.policy").replace("{id}", d.policy().version())
                    .replace("{title}", p(d.policy().title())).replace("{from}", d.policy().validFrom().toString())
                    .replace("{fingerprint}", d.policy().fingerprint())).append('\n');
        }
        out.append('\n');

        out.append(line(language, "explain.reasons")).append('\n');
        for (Reason r : d.reasons()) {
            out.append("- ").append(p(r.text())).append('\n');
            out.append("  ").append(line(language, "explain.source").replace("{source}", p(r.source().id() + ", "
                    + r.source().title())).replace("{quote}", p(r.source().quote()))).append('\n');
        }
        out.append('\n').append(line(language, "explain.conditions")).append('\n');
        if (d.conditions().isEmpty()) {
            out.append("- ").append(line(language, "explain.conditions.none")).append('\n');
        }
        for (Condition c : d.conditions()) {
            out.append("- ").append(c.blocking() ? line(language, "explain.blocking") + " " : "").append(p(c.text())).append('\n');
            out.append("  ").append(line(language, "explain.source").replace("{source}", p(c.source().id() + ", "
                    + c.source().title())).replace("{quote}", p(c.source().quote()))).append('\n');
        }
        out.append('\n').append(line(language, "explain.assumptions")).append('\n');
        if (d.assumptions().isEmpty()) {
            out.append("- ").append(line(language, "explain.assumptions.none")).append('\n');
        }
        for (Assumption a : d.assumptions()) {
            out.append("- ").append(p(a.text())).append(" (").append(p(a.path())).append(")\n");
        }
        out.append('\n').append(line(language, "explain.whatif")).append('\n');
        if (d.whatWouldChange().isEmpty()) {
            out.append("- ").append(line(language, "explain.whatif.none")).append('\n');
        }
        for (WhatIf w : d.whatWouldChange()) {
            out.append("- ").append(p(w.text())).append('\n');
        }
        out.append('\n').append(line(language, "explain.closing")).append('\n');
        return out.toString();
    }

    private static String p(String fromTheCase) {
        return Unicode.printable(fromTheCase);
    }

    private String line(Language language, String key) {
        return texts.template(language, key);
    }
}
