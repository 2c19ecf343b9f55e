package nl.thuiswerk.cli;

import nl.thuiswerk.DecisionChange;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ImpactCounts;
import nl.thuiswerk.Outcome;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.Comparison;
import nl.thuiswerk.json.ThuiswerkJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Compares two rule-set versions over a file of cases.",
        description = {
            "Decides every case of a JSON Lines file under version FROM and under version TO, each as of the "
                    + "version's first day whatever the case's own date, and reports every case whose outcome, "
                    + "share, reasons or conditions change, then a summary: the cases changed, unchanged and not "
                    + "compared, the changes per kind, and the changes of outcome per transition (cases whose "
                    + "outcome stays the same are not counted there).",
            "A line that cannot be read or is invalid is reported as not compared, with its error code and its line, "
                    + "and the comparison goes on; a line of nothing but spaces is skipped. Reads one line at a time, "
                    + "so files of any size take the same memory."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report is complete, whether or not cases changed or lines were not compared",
                "2:wrong usage, an unknown version, a file cannot be read or written, "
                        + "or the rules are not the ones pinned"})
final class DiffCommand implements Callable<Integer> {

    private static final String ARROW = " → ";

    @Parameters(index = "0", paramLabel = "FROM", description = "The version compared from, e.g. 2021-02-18.")
    private String from;

    @Parameters(index = "1", paramLabel = "TO", description = "The version compared to, e.g. 2022-02-15.")
    private String to;

    @Parameters(index = "2", paramLabel = "CASES.jsonl", description = "The cases, one JSON object per line; - reads stdin.")
    private String input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the report here instead of stdout.")
    private String output;

    @Option(names = "--json", description = "Write JSON Lines: one line per changed case or case not compared, "
            + "then a summary line.")
    private boolean json;

    @Mixin
    private Pins pins;

    private final Environment environment;

    DiffCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Streams.refuseSameFile(input, output);
        // the versions are checked before any file is opened, so a mistyped id leaves OUT as it was
        HomeWorkingAdvisor advisor = environment.advisor(pins.asMap(), pins.policies());
        RuleSetIds.require(advisor, from, to);
        try (InputStream in = Streams.openInput(input, environment.stdin())) {
            try (AnswerSink sink = AnswerSink.open(output, environment.stdout())) {
                compareEveryLine(new LineReader(in), advisor, sink);
            }
        } catch (IOException e) {
            throw Failure.cannotRead(Streams.nameOfInput(input), e);
        }
        return ExitCode.ALL_DECIDED;
    }

    private void compareEveryLine(LineReader lines, HomeWorkingAdvisor advisor, AnswerSink sink) throws IOException {
        Progress progress = environment.terminals().showProgress(output != null)
                ? Progress.on(environment.stderr(), Streams.sizeOf(input)) : Progress.off();
        ImpactCounts summary = new ImpactCounts();
        try {
            if (!json) {
                sink.line("diff " + from + ARROW + to + " over " + Streams.nameOfInput(input).in(nl.thuiswerk.internal.Language.EN));
            }
            LineReader.Line line;
            while ((line = lines.next()) != null) {
                long lineNumber = line.number();
                progress.lineRead(line.bytes().length);
                if (line.blank()) {
                    continue;
                }
                Comparison compared = ThuiswerkJson.compareLine(line.bytes(), lineNumber, c -> advisor.compare(c, from, to));
                if (compared.notCompared() != null) {
                    summary.addNotCompared();
                    sink.line(json ? notComparedJson(compared.notCompared(), lineNumber)
                            : notComparedText(compared.notCompared(), lineNumber));
                } else {
                    summary.add(Optional.ofNullable(compared.change()));
                    if (compared.change() != null) {
                        sink.line(json ? ThuiswerkJson.write(compared.change()) : text(compared.change()));
                    }
                }
                progress.caseDone();
                if (!lines.ready()) {
                    sink.flush();
                }
            }
            if (json) {
                sink.line(ThuiswerkJson.writeImpactSummary(from, to, summary));
            } else {
                summaryText(summary).forEach(sink::line);
            }
        } finally {
            progress.finish();
        }
    }

    /**
     * One changed case on one line:
     * {@code ex-analyst  HOME 0.0 [WORK_FROM_HOME_UNLESS] → PARTLY_ON_SITE 0.5 [HALF_TIME_ON_SITE]  (outcome, share, reasons)}.
     */
    static String text(DecisionChange change) {
        return Printable.of(change.caseId()) + "  " + text(change.from()) + ARROW + text(change.to()) + "  ("
                + change.orderedKinds().stream().map(k -> k.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + ")";
    }

    /** {@code OUTCOME SHARE [REASONS]}, or {@code [REASONS | CONDITIONS]} when there are conditions. */
    private static String text(DecisionChange.Summary s) {
        String codes = String.join(", ", s.reasons());
        if (!s.conditions().isEmpty()) {
            codes += " | " + String.join(", ", s.conditions());
        }
        return s.outcome() + " " + share(s.maxOnSiteShare()) + " [" + codes + "]";
    }

    /** As the JSON writes shares: at most 4 decimals, at least one; null is no national limit. */
    static String share(java.util.OptionalDouble share) {
        if (share.isEmpty()) {
            return "no limit";
        }
        BigDecimal d = BigDecimal.valueOf(share.getAsDouble()).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < 1) {
            d = d.setScale(1, RoundingMode.UNNECESSARY);
        }
        return d.toPlainString();
    }

    private static String notComparedText(DecisionException error, long lineNumber) {
        String who = error.caseId() == null ? "(no caseId)" : Printable.of(error.caseId());
        return who + "  not compared: " + error.code() + " at line " + lineNumber;
    }

    private static String notComparedJson(DecisionException error, long lineNumber) {
        return CliJson.write(false, g -> {
            g.writeStartObject();
            g.writeStringField("caseId", error.caseId());
            g.writeNumberField("line", lineNumber);
            g.writeStringField("notCompared", error.code().name());
            g.writeEndObject();
        });
    }

    private List<String> summaryText(ImpactCounts s) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("summary: " + s.cases + " cases, " + s.changed + " changed, " + s.unchanged() + " unchanged, "
                + s.notCompared + " not compared");
        lines.add("by kind: " + Arrays.stream(DecisionChange.Kind.values()).map(k -> k + " " + s.byKind(k))
                .collect(Collectors.joining(", ")));
        Map<String, Long> transitions = new TreeMap<>();
        for (Outcome a : Outcome.values()) {
            for (Outcome b : Outcome.values()) {
                if (s.byOutcome(a, b) > 0) {
                    transitions.put(a + ARROW + b, s.byOutcome(a, b));
                }
            }
        }
        if (transitions.isEmpty()) {
            lines.add("by outcome: no outcome changed");
        } else {
            lines.add("by outcome:");
            transitions.forEach((transition, count) -> lines.add("  " + transition + ": " + count));
        }
        return lines;
    }
}
