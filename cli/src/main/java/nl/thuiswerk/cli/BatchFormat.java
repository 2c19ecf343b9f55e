package nl.thuiswerk.cli;

import nl.thuiswerk.Case;
import nl.thuiswerk.Condition;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.Reason;
import nl.thuiswerk.json.LineDecision;
import nl.thuiswerk.internal.Messages;
import nl.thuiswerk.json.ThuiswerkJson;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * What {@code batch} writes for each line ({@code --format}): the contract's decision ({@code json}), or one short
 * line a case for people who want a list or a spreadsheet, with the full decision one {@code decide} away:
 * {@code summary} (JSON Lines) and {@code csv} (a header, then one row a line). Both short formats carry the same
 * {@link Column}s, in the same order; a column is added by adding it there, never renamed or removed, so readers go by
 * the names (the header's, the object's fields).
 */
enum BatchFormat {

    /** The contract's decision, or its error line: what {@code batch} always wrote. */
    JSON {
        @Override
        String line(LineDecision d) {
            return d.decided() ? ThuiswerkJson.write(d.decision()) : ThuiswerkJson.write(d.error(), d.line());
        }
    },

    /**
     * One JSON object a decided case, {@code {"caseId":…,"outcome":…,"maxOnSiteShare":…,"minOnSiteShare":…,
     * "codes":[…],"ruleSet":…,"policy":…,"inputSha256":…}}; a line that cannot be decided gets the contract's error line, as in {@code json}.
     */
    SUMMARY {
        @Override
        String line(LineDecision d) {
            if (!d.decided()) {
                return ThuiswerkJson.write(d.error(), d.line());
            }
            Decision decision = d.decision();
            return CliJson.write(false, g -> {
                g.writeStartObject();
                for (Column c : Column.values()) {
                    if (c.forDecisions) {
                        g.writeFieldName(c.header);
                        c.writeJson(g, decision);
                    }
                }
                g.writeEndObject();
            });
        }
    },

    /**
     * RFC 4180: a header row, then one row a line, {@code \n} ending every row. A decided case fills every column but
     * {@code error}; a line that cannot be decided has its {@code caseId} when it could be read, its {@code line},
     * {@code ERROR} as its outcome and the error's code in {@code error}.
     */
    CSV {
        @Override
        String header() {
            List<String> names = new ArrayList<>();
            for (Column c : Column.values()) {
                names.add(c.header);
            }
            return String.join(",", names);
        }

        @Override
        String line(LineDecision d) {
            StringBuilder row = new StringBuilder(160);
            for (Column c : Column.values()) {
                if (c.ordinal() > 0) {
                    row.append(',');
                }
                row.append(csvField(d.decided() ? c.csv(d.decision(), d.line()) : c.csv(d.error(), d.line())));
            }
            return row.toString();
        }
    };

    /** The answer to one line: read, decided and written in this format; never throws for a case. */
    BatchPipeline.Answer answer(LineReader.Line line, Function<Case, Decision> decide, Locale locale) {
        if (this == JSON) {
            // the contract's own path, byte for byte what batch always wrote
            return BatchPipeline.Answer.of(ThuiswerkJson.answerLine(line.bytes(), line.number(), decide, locale));
        }
        LineDecision decided = ThuiswerkJson.decideLine(line.bytes(), line.number(), decide, locale);
        try {
            return new BatchPipeline.Answer(line(decided), decided.decided());
        } catch (RuntimeException e) {
            DecisionException error = new DecisionException(ErrorCode.INTERNAL_ERROR,
                    decided.decided() ? decided.decision().caseId() : decided.error().caseId(),
                    Messages.LIBRARY.get(nl.thuiswerk.internal.Language.of(locale), "error.internal",
                            e.getClass().getSimpleName()), List.of());
            return new BatchPipeline.Answer(line(new LineDecision(line.number(), null, error)), false);
        }
    }

    /** The text written before the first answer, if any. */
    String header() {
        return null;
    }

    /** The answer to one line, without its line break. */
    abstract String line(LineDecision decided);

    /**
     * The columns of the short formats, in order: both shares (the ceiling and the floor), and the policy version
     * where the case named an employer's policy. A policy decision on a day without national advice has no
     * {@code ruleSet}: the cell is empty, the summary's field null, as for {@code policy} without a policy.
     */
    enum Column {
        CASE_ID("caseId", true, Decision::caseId),
        LINE("line", false, null),
        OUTCOME("outcome", true, d -> d.outcome().name()),
        MAX_ON_SITE_SHARE("maxOnSiteShare", true, d -> share(d.maxOnSiteShare())),
        MIN_ON_SITE_SHARE("minOnSiteShare", true, d -> share(OptionalDouble.of(d.minOnSiteShare()))),
        CODES("codes", true, d -> String.join(" ", codes(d))),
        RULE_SET("ruleSet", true, d -> d.ruleSet() == null ? "" : d.ruleSet().id()),
        POLICY("policy", true, d -> d.policy() == null ? "" : d.policy().version()),
        INPUT_SHA256("inputSha256", true, d -> d.receipt().inputSha256()),
        ERROR("error", false, null);

        final String header;
        /** Whether the summary's object has it (the line and the error are the csv's, for rows of either kind). */
        final boolean forDecisions;
        private final Function<Decision, String> value;

        Column(String header, boolean forDecisions, Function<Decision, String> value) {
            this.header = header;
            this.forDecisions = forDecisions;
            this.value = value;
        }

        String csv(Decision d, long line) {
            return switch (this) {
                case LINE -> Long.toString(line);
                case ERROR -> "";
                default -> value.apply(d);
            };
        }

        String csv(DecisionException e, long line) {
            return switch (this) {
                case CASE_ID -> e.caseId() == null ? "" : e.caseId();
                case LINE -> Long.toString(line);
                case OUTCOME -> "ERROR";
                case ERROR -> e.code().name();
                default -> "";
            };
        }

        void writeJson(com.fasterxml.jackson.core.JsonGenerator g, Decision d) throws java.io.IOException {
            switch (this) {
                case MAX_ON_SITE_SHARE, MIN_ON_SITE_SHARE -> {
                    String share = value.apply(d);
                    if (share.isEmpty()) {
                        g.writeNull();
                    } else {
                        g.writeNumber(share);
                    }
                }
                case RULE_SET, POLICY -> {
                    String id = value.apply(d);
                    if (id.isEmpty()) {
                        g.writeNull();
                    } else {
                        g.writeString(id);
                    }
                }
                case CODES -> {
                    g.writeStartArray();
                    for (String code : codes(d)) {
                        g.writeString(code);
                    }
                    g.writeEndArray();
                }
                default -> g.writeString(value.apply(d));
            }
        }
    }

    /** The codes of the reasons, then of the conditions, in the decision's order. */
    static List<String> codes(Decision d) {
        List<String> codes = new ArrayList<>(d.reasons().size() + d.conditions().size());
        for (Reason r : d.reasons()) {
            codes.add(r.code());
        }
        for (Condition c : d.conditions()) {
            codes.add(c.code());
        }
        return codes;
    }

    /** A share as the contract writes it (4 decimals at most, at least one: 0.6667, 0.5, 1.0); empty for no limit. */
    static String share(OptionalDouble share) {
        if (share.isEmpty()) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(share.getAsDouble()).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < 1) {
            d = d.setScale(1, RoundingMode.UNNECESSARY);
        }
        return d.toPlainString();
    }

    /**
     * A field of RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled. A field a
     * spreadsheet would take for a formula ({@code = + - @}, a tab or a carriage return first: only a case's id can)
     * is quoted with a {@code '} before it, so opening the file never runs what a case's author wrote.
     */
    static String csvField(String value) {
        boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
        String v = formula ? "'" + value : value;
        if (formula || v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** {@code --format json|summary|csv}. */
    static final class Converter implements ITypeConverter<BatchFormat> {
        @Override
        public BatchFormat convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "summary" -> SUMMARY;
                case "csv" -> CSV;
                default -> throw new TypeConversionException("'" + value + "' is not a format of batch; use json, "
                        + "summary or csv");
            };
        }
    }
}
