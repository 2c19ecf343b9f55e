package nl.thuiswerk.cli;

import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.Source;
import nl.thuiswerk.json.ThuiswerkJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "rulesets", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Lists the rule-set versions.",
        description = "Lists every rule-set version: its id, validity, title, sources and fingerprint.")
final class RuleSetsCommand implements Callable<Integer> {

    private static final List<String> HEADER = List.of("ID", "VALID FROM", "VALID TO", "TITLE", "SOURCES", "FINGERPRINT");

    @Option(names = "--json", description = "Write JSON, with each version's sources in full, instead of a table.")
    private boolean json;

    @Option(names = "--pretty", description = "With --json: indent the JSON.")
    private boolean pretty;

    private final Environment environment;

    RuleSetsCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        List<RuleSetInfo> ruleSets = environment.advisor().get().ruleSets();
        try (AnswerSink sink = AnswerSink.open(null, environment.stdout())) {
            if (json) {
                sink.line(ThuiswerkJson.writeRuleSets(ruleSets, pretty));
            } else {
                table(ruleSets).forEach(sink::line);
            }
        }
        return ExitCode.ALL_DECIDED;
    }

    static List<String> table(List<RuleSetInfo> ruleSets) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (RuleSetInfo r : ruleSets) {
            rows.add(List.of(r.id(), r.validFrom().toString(), r.validTo().toString(), r.title(),
                    r.sources().stream().map(Source::id).collect(Collectors.joining(",")), r.fingerprint()));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(i == 0 ? "" : "  ").append(row.get(i));
                if (i < widths.length - 1) {
                    line.append(" ".repeat(widths[i] - row.get(i).length()));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
