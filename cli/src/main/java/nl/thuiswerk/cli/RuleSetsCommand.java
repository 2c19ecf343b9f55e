package nl.thuiswerk.cli;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.NoRuleSetPeriod;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.Source;
import nl.thuiswerk.json.ThuiswerkJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "rulesets", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Lists the rule-set versions of both domains.",
        description = {"Lists every rule-set version: its id, validity, title, sources, the evidence for its first "
                + "day (DATE) and for its wording (WORDING), and its fingerprint; then the catalogue's fingerprint, "
                + "over the versions, the periods without a rule set and every file; then those periods, in which "
                + "cases are refused with NO_RULESET_IN_FORCE, each with why.",
            "Evidence is PRIMARY where a government text says so, SECONDARY where only a report of it does; each "
                + "with the id of the source that says so."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the versions were listed", "2:wrong usage, or the rules are not the ones pinned"})
final class RuleSetsCommand implements Callable<Integer> {

    private static final List<String> HEADER =
            List.of("ID", "VALID FROM", "VALID TO", "TITLE", "SOURCES", "DATE", "WORDING", "FINGERPRINT");
    private static final List<String> PERIODS_HEADER = List.of("FROM", "TO", "REASON");
    private static final String PERIODS_TITLE =
            "Periods without a rule set (a case dated in one is refused with NO_RULESET_IN_FORCE):";
    private static final String CATALOGUE_TITLE =
            "Catalogue (the versions, the periods without one, every file; --pin catalogue=FINGERPRINT): ";
    private static final String ADVICE_TITLE =
            "Domain advice: the national home-working advice of 2021-2022, chosen by a case's referenceDate (decide, batch):";
    private static final String REQUESTS_TITLE = "Domain requests: requests to work elsewhere under the Wet flexibel "
            + "werken, chosen by a request's submittedOn (request, requests):";
    private static final String REQUESTS_CATALOGUE_TITLE =
            "Catalogue of requests (--pin " + HomeWorkingAdvisor.REQUESTS_CATALOGUE + "=FINGERPRINT): ";
    private static final String REQUESTS_PERIODS_TITLE =
            "Periods without a rule set of requests (a request submitted in one is refused with NO_RULESET_IN_FORCE):";
    private static final List<String> POLICIES_HEADER =
            List.of("POLICY VERSION", "VALID FROM", "VALID TO", "TITLE", "SOURCES", "FINGERPRINT");
    private static final String POLICIES_TITLE =
            "Employers' policies (--policy; a version is pinned as a national one, --pin VERSION=FINGERPRINT):";
    /** An open end of a period in the table: since always, or from then on. */
    private static final String OPEN = "—";

    @Option(names = "--json", description = "Write JSON, with each version's sources in full and its evidence, "
            + "instead of a table.")
    private boolean json;

    @Option(names = "--pretty", description = "With --json: indent the JSON.")
    private boolean pretty;

    @Mixin
    private Pins pins;

    private final Environment environment;

    RuleSetsCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        HomeWorkingAdvisor advisor = environment.advisor(pins.asMap(), pins.policies());
        List<RuleSetInfo> ruleSets = advisor.ruleSets();
        List<NoRuleSetPeriod> periods = advisor.periodsWithoutRuleSet();
        try (AnswerSink sink = AnswerSink.open(null, environment.stdout())) {
            if (json) {
                sink.line(ThuiswerkJson.writeAllRuleSets(advisor, pretty));
            } else {
                sink.line(ADVICE_TITLE);
                table(ruleSets).forEach(sink::line);
                sink.line("");
                sink.line(CATALOGUE_TITLE + advisor.catalogueFingerprint());
                sink.line("");
                sink.line(PERIODS_TITLE);
                periodsTable(periods).forEach(sink::line);
                if (!advisor.policies().isEmpty()) {
                    sink.line("");
                    sink.line(POLICIES_TITLE);
                    policiesTable(advisor.policies()).forEach(sink::line);
                    sink.line("");
                    advisor.policyFingerprints().forEach((id, fingerprint) ->
                            sink.line("Policy " + id + " (every version and its policy.json; --pin " + id
                                    + "=FINGERPRINT): " + fingerprint));
                }
                sink.line("");
                sink.line(REQUESTS_TITLE);
                table(advisor.requestRuleSets()).forEach(sink::line);
                sink.line("");
                sink.line(REQUESTS_CATALOGUE_TITLE + advisor.requestCatalogueFingerprint());
                sink.line("");
                sink.line(REQUESTS_PERIODS_TITLE);
                periodsTable(advisor.requestPeriodsWithoutRuleSet()).forEach(sink::line);
            }
        }
        return ExitCode.ALL_DECIDED;
    }

    static List<String> table(List<RuleSetInfo> ruleSets) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (RuleSetInfo r : ruleSets) {
            rows.add(List.of(r.id(), r.validFrom().toString(), day(r.validTo()), r.title(),
                    r.sources().stream().map(Source::id).collect(Collectors.joining(",")),
                    r.evidence().date() + " (" + r.evidence().dateSource() + ")",
                    r.evidence().wording() + " (" + r.evidence().wordingSource() + ")", r.fingerprint()));
        }
        return aligned(rows);
    }

    static List<String> policiesTable(List<nl.thuiswerk.PolicyInfo> policies) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(POLICIES_HEADER);
        for (nl.thuiswerk.PolicyInfo p : policies) {
            rows.add(List.of(p.version(), p.validFrom().toString(), day(p.validTo()), p.title(),
                    p.sources().stream().map(Source::id).collect(Collectors.joining(",")), p.fingerprint()));
        }
        return aligned(rows);
    }

    static List<String> periodsTable(List<NoRuleSetPeriod> periods) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(PERIODS_HEADER);
        for (NoRuleSetPeriod p : periods) {
            rows.add(List.of(day(p.from()), day(p.to()), p.reason()));
        }
        return aligned(rows);
    }

    private static String day(LocalDate date) {
        return date == null ? OPEN : date.toString();
    }

    /**
     * Columns padded to their widest cell, two spaces apart; the last column is not padded. A cell's control
     * characters are shown escaped, as every text of the command line that comes from a file.
     */
    private static List<String> aligned(List<List<String>> raw) {
        List<List<String>> rows = raw.stream().map(row -> row.stream().map(Printable::of).toList()).toList();
        int[] widths = new int[rows.get(0).size()];
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
