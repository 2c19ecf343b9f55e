package nl.thuiswerk.cli;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.RuleSetTrace;
import nl.thuiswerk.Source;
import nl.thuiswerk.json.ThuiswerkJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "trace", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Traces each code of a rule-set version to its source, rules and tests.",
        description = "For auditors: lists every code of a rule-set version with the published text it encodes "
                + "(source and quote), the DRL rules that decide it, and the scenario tests that expect it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the trace was written",
                "2:wrong usage, an unknown VERSION, or the rules are not the ones pinned"})
final class TraceCommand implements Callable<Integer> {

    private static final String INDENT = "  ";
    private static final int LABEL_WIDTH = "scenarios".length();

    @Parameters(index = "0", paramLabel = "VERSION", description = "The rule-set version's id, e.g. 2021-02-18.")
    private String version;

    @Option(names = "--json", description = "Write the trace as JSON instead of a report.")
    private boolean json;

    @Option(names = "--pretty", description = "With --json: indent the JSON.")
    private boolean pretty;

    @Mixin
    private Pins pins;

    private final Environment environment;

    TraceCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        HomeWorkingAdvisor advisor = environment.advisor(pins.asMap(), pins.policies());
        RuleSetIds.requireOfAnyDomain(advisor, version);
        RuleSetTrace trace = advisor.trace(version);
        try (AnswerSink sink = AnswerSink.open(null, environment.stdout())) {
            if (json) {
                sink.line(ThuiswerkJson.writeTrace(trace, pretty));
            } else {
                report(trace).forEach(sink::line);
            }
        }
        return ExitCode.ALL_DECIDED;
    }

    /** The trace for a person: the version, then one block per code, blocks apart by an empty line. */
    static List<String> report(RuleSetTrace trace) {
        RuleSetInfo rs = trace.ruleSet();
        List<String> lines = new ArrayList<>();
        lines.add("Rule set " + Printable.of(rs.id()) + ": " + Printable.of(rs.title()));
        lines.add("valid       " + rs.validFrom() + (rs.validTo() == null ? " onwards, without an end"
                : " to " + rs.validTo()));
        lines.add("fingerprint " + rs.fingerprint());
        lines.add("codes       " + trace.codes().size());
        for (RuleSetTrace.Entry e : trace.codes()) {
            lines.add("");
            lines.add(e.code() + "  " + e.kind() + (e.blocking() ? ", blocking" : ""));
            Source s = e.source();
            labelled(lines, "source", List.of(s.id() + "  " + s.title(), s.url()));
            labelled(lines, "quote", s.quote() == null ? List.of() : List.of(s.quote().split("\\R")));
            labelled(lines, "rules", e.rules().stream().map(r -> r.file() + ": " + r.name()).toList());
            labelled(lines, "scenarios", e.scenarios());
        }
        return lines;
    }

    /** The first value beside its label, the others under it; an empty list says so rather than vanishing. */
    private static void labelled(List<String> lines, String label, List<String> values) {
        List<String> shown = values.isEmpty() ? List.of("(none)") : values;
        String pad = " ".repeat(LABEL_WIDTH + 2);
        for (int i = 0; i < shown.size(); i++) {
            String head = i == 0 ? label + " ".repeat(LABEL_WIDTH + 2 - label.length()) : pad;
            lines.add(INDENT + head + Printable.of(shown.get(i).strip()));
        }
    }
}
