package nl.thuiswerk.bench;

import nl.thuiswerk.Case;
import nl.thuiswerk.Condition;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.Facts;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Need;
import nl.thuiswerk.Outcome;
import nl.thuiswerk.Problem;
import nl.thuiswerk.Reason;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.Task;
import nl.thuiswerk.internal.BenchBridge;
import nl.thuiswerk.internal.CaseJson;
import nl.thuiswerk.internal.CaseValidator;
import nl.thuiswerk.internal.Language;
import nl.thuiswerk.internal.facts.Circumstances;
import nl.thuiswerk.internal.facts.ShareInForce;
import nl.thuiswerk.internal.facts.WorkTask;
import nl.thuiswerk.oracle.Oracle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-Java decider that builds the same {@link Decision} the library builds: same reasons with the same facts
 * and texts, conditions, assumptions, what would change, rule-set info and receipt. So the ratio library / full
 * oracle measures the rules engine, not the output.
 *
 * <p>What is decided comes from plain Java, step by step as {@link Oracle} reads the policy (its phase table, its
 * kinds of phase): the work share, the grounds max'ed, the share in force per kind of phase, which reasons and
 * conditions apply. No Drools type is touched. What is written comes from the library's own pieces, reached
 * through {@link BenchBridge}: the texts, the citations of the versions' metadata, the counterfactual search (fed
 * with this class's plain-Java phase and conditions, not with the rules), the assumptions and the receipt. The
 * names of the rules that a reason or condition carries are read once from the DRL text, as metadata.
 *
 * <p>Numbers follow the library's conventions (shares as {@code BigDecimal.valueOf} of the doubles, divided with
 * {@link Circumstances#SHARES}), so the texts agree to the last digit. Thread-safe after construction.
 */
public final class FullOracle {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final Pattern RULE = Pattern.compile(
            "rule\\s+\"([^\"]+)\"\\s*@code\\(\"([^\"]+)\"\\)\\s*@source\\(\"([^\"]+)\"\\)(.*?)\\nend\\b",
            Pattern.DOTALL);
    private static final Need[] NEEDS = {Need.PHYSICAL_PRESENCE, Need.LOCATION_BOUND_EQUIPMENT,
            Need.ESSENTIAL_PROCESS, Need.CONFIDENTIAL_INFORMATION};

    /** The rule behind a reason or condition: its name and the source it cites. */
    private record RuleRef(String name, String sourceId) {
    }

    /** A phase of {@link Oracle#PHASES} with the version that covers the same days. */
    private static final class Phase {
        final LocalDate from;
        final LocalDate to;
        final Oracle.Kind kind;
        final String phaseCode;
        final BenchBridge.Version version;
        final Map<String, RuleRef> reasonRules = new HashMap<>();
        final Map<String, RuleRef> conditionRules = new HashMap<>();

        Phase(Oracle.Phase phase, BenchBridge.Version version) {
            this.from = phase.from();
            this.to = phase.to();
            this.kind = phase.kind();
            this.phaseCode = phase.code();
            this.version = version;
            for (String drl : version.drl()) {
                Matcher m = RULE.matcher(drl);
                while (m.find()) {
                    RuleRef ref = new RuleRef(m.group(1), m.group(3));
                    String body = m.group(4);
                    Map<String, RuleRef> into = body.contains("verdict.reason(") ? reasonRules
                            : body.contains("verdict.condition(") ? conditionRules : null;
                    if (into != null && into.put(m.group(2), ref) != null) {
                        throw new IllegalStateException("two rules report " + m.group(2) + " in " + version.folder()
                                + ": the full oracle assumes one rule per code");
                    }
                }
            }
        }

        boolean covers(LocalDate d) {
            return !d.isBefore(from) && !d.isAfter(to);
        }

        /** s → s', the share in force, per kind of phase as the oracle reads the policy. */
        ShareInForce phase(BigDecimal s) {
            return switch (kind) {
                case UNLESS -> limited(s);
                case NO_LIMIT -> s.compareTo(BigDecimal.ONE) >= 0 ? limited(BigDecimal.ONE)
                        : new ShareInForce(null, Outcome.PARTLY_ON_SITE, true, true);
                case HALF -> limited(s.max(HALF));
            };
        }

        /** Whether the phase itself gives a reason, and its facts: the share in force and the justified share. */
        boolean phaseReason(BigDecimal s) {
            return switch (kind) {
                case UNLESS -> s.signum() == 0;
                case NO_LIMIT -> s.compareTo(BigDecimal.ONE) < 0;
                case HALF -> s.compareTo(HALF) < 0;
            };
        }

        BigDecimal phaseReasonShare(BigDecimal s) {
            return switch (kind) {
                case UNLESS -> s;
                case NO_LIMIT -> null;
                case HALF -> HALF;
            };
        }
    }

    private final BenchBridge bridge;
    private final List<Phase> phases = new ArrayList<>();
    private final boolean whatWouldChange;

    public FullOracle() {
        this(BenchBridge.load(FullOracle.class.getClassLoader()));
    }

    public FullOracle(BenchBridge bridge) {
        this(bridge, true);
    }

    /**
     * For the cost breakdown only: a full oracle that leaves {@code whatWouldChange} empty, to show what the
     * counterfactual search and its texts cost of a decision.
     */
    public static FullOracle withoutWhatWouldChange(BenchBridge bridge) {
        return new FullOracle(bridge, false);
    }

    private FullOracle(BenchBridge bridge, boolean whatWouldChange) {
        this.bridge = bridge;
        this.whatWouldChange = whatWouldChange;
        for (Oracle.Phase p : Oracle.PHASES) {
            BenchBridge.Version version = bridge.versions().stream()
                    .filter(v -> v.info().validFrom().equals(p.from()) && v.info().validTo().equals(p.to()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no rule-set version covers the oracle's phase "
                            + p.from() + ".." + p.to()));
            if (!version.info().phaseCode().equals(p.code())) {
                throw new IllegalStateException("version " + version.info().id() + " has phase code "
                        + version.info().phaseCode() + ", the oracle " + p.code());
            }
            phases.add(new Phase(p, version));
        }
    }

    public List<RuleSetInfo> ruleSets() {
        return phases.stream().map(p -> p.version.info()).toList();
    }

    /** Decides a case as {@code HomeWorkingAdvisor.decide(Case, Locale)} does, without the rules engine. */
    public Decision decide(Case c, Locale locale) {
        Language language = Language.of(locale);
        List<Problem> problems = CaseValidator.validate(c);
        if (!problems.isEmpty()) {
            throw CaseJson.invalid(c == null ? null : c.caseId(), problems);
        }
        Phase phase = phaseFor(c);

        // the facts, defaults applied
        List<Task> input = c.job().tasks();
        int n = input.size();
        List<WorkTask> tasks = new ArrayList<>(n);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal onSiteHours = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            Task t = input.get(i);
            WorkTask task = WorkTask.of(i, t.name(), t.hoursPerWeek(), t.needsOrNone());
            tasks.add(task);
            total = total.add(task.hours());
            if (task.needsToBeOnSite()) {
                onSiteHours = onSiteHours.add(task.hours());
            }
        }
        var worker = c.worker();
        BigDecimal m = worker == null || worker.occupationalPhysicianAdvice() == null ? BigDecimal.ZERO
                : BigDecimal.valueOf(worker.occupationalPhysicianAdvice().onSiteShare());
        HomeWorkplace home = worker == null || worker.homeWorkplace() == null ? HomeWorkplace.ADEQUATE
                : worker.homeWorkplace();
        Boolean corona = c.onSiteWorkplace() == null ? null : c.onSiteWorkplace().meetsCoronaMeasures();
        Circumstances circumstances = new Circumstances(total, onSiteHours, m, home, corona);

        // s = max(w, m, d); the first of equal grounds stands
        BigDecimal w = onSiteHours.divide(total, Circumstances.SHARES);
        BigDecimal d = home == HomeWorkplace.INADEQUATE_NOT_REMEDIABLE ? BigDecimal.ONE : BigDecimal.ZERO;
        BigDecimal s = strongest(w, m, d);
        ShareInForce inForce = phase.phase(s);

        // reasons: one per need that some task has, the doctor's advice, the home workplace, the phase's own
        List<Reason> reasons = new ArrayList<>(4);
        for (Need need : NEEDS) {
            List<String> names = null;
            BigDecimal hours = BigDecimal.ZERO;
            for (WorkTask t : tasks) {
                if (t.needs().contains(need)) {
                    if (names == null) {
                        names = new ArrayList<>(n);
                    }
                    names.add(t.name());
                    hours = hours.add(t.hours());
                }
            }
            if (names != null) {
                BigDecimal share = hours.divide(total, Circumstances.SHARES);
                reasons.add(reason(phase, language, code(need), List.copyOf(names), hours, total, share, null, null));
            }
        }
        if (m.signum() > 0) {
            reasons.add(reason(phase, language, "MENTAL_HEALTH", null, null, null, m, null, null));
        }
        if (home == HomeWorkplace.INADEQUATE_NOT_REMEDIABLE) {
            reasons.add(reason(phase, language, "HOME_WORKPLACE_INADEQUATE", null, null, null, BigDecimal.ONE, null,
                    HomeWorkplace.INADEQUATE_NOT_REMEDIABLE));
        }
        if (phase.phaseReason(s)) {
            reasons.add(reason(phase, language, phase.phaseCode, null, null, null, phase.phaseReasonShare(s), s, null));
        }
        if (reasons.size() > 1) {
            reasons.sort((a, b) -> Integer.compare(phase.version.order(a.code()), phase.version.order(b.code())));
        }

        // conditions, judged on the share in force
        List<String> conditionCodes = conditions(inForce.onSite(), inForce.someWorkAtHome(), home, corona);
        List<Condition> conditions = new ArrayList<>(conditionCodes.size());
        for (String code : conditionCodes) {
            RuleRef rule = phase.conditionRules.get(code);
            conditions.add(new Condition(code, rule.name(), bridge.template(language, code),
                    phase.version.blocking(code), phase.version.citation(rule.sourceId(), code)));
        }

        RuleSetInfo info = phase.version.info();
        return new Decision(c.caseId(), c.referenceDate(), inForce.outcome(), BenchBridge.share(inForce.share()),
                reasons, conditions, bridge.assumptions(c, language),
                whatWouldChange ? bridge.whatWouldChange(language, c, tasks, circumstances, inForce, conditionCodes,
                        phase::phase, FullOracle::conditions) : List.of(),
                info, BenchBridge.receipt(c, info));
    }

    private Phase phaseFor(Case c) {
        for (Phase p : phases) {
            if (p.covers(c.referenceDate())) {
                return p;
            }
        }
        throw new DecisionException(ErrorCode.NO_RULESET_IN_FORCE, c.caseId(),
                "no rule set is in force on " + c.referenceDate(), List.of());
    }

    private Reason reason(Phase phase, Language language, String code, List<String> tasks, BigDecimal hours,
                          BigDecimal total, BigDecimal share, BigDecimal justified, HomeWorkplace home) {
        RuleRef rule = phase.reasonRules.get(code);
        String text = bridge.fill(language, code, tasks, hours, total, share, justified);
        Facts facts = new Facts(tasks, hours == null ? null : hours.doubleValue(),
                total == null ? null : total.doubleValue(), BenchBridge.share(share), BenchBridge.share(justified), home);
        return new Reason(code, rule.name(), text, phase.version.citation(rule.sourceId(), code), facts);
    }

    /** The conditions, in the order of the metadata, as the policy judges them on the share in force. */
    static List<String> conditions(boolean onSite, boolean someWorkAtHome, HomeWorkplace home, Boolean corona) {
        boolean adequate = home == HomeWorkplace.INADEQUATE_REMEDIABLE && someWorkAtHome;
        boolean notProof = onSite && Boolean.FALSE.equals(corona);
        boolean unconfirmed = onSite && corona == null;
        if (!adequate && !notProof && !unconfirmed) {
            return List.of();
        }
        List<String> codes = new ArrayList<>(2);
        if (adequate) {
            codes.add("HOME_WORKPLACE_TO_BE_MADE_ADEQUATE");
        }
        if (notProof) {
            codes.add("ON_SITE_WORKPLACE_NOT_CORONA_PROOF");
        }
        if (unconfirmed) {
            codes.add("CORONA_MEASURES_UNCONFIRMED");
        }
        return codes;
    }

    private static BigDecimal strongest(BigDecimal... grounds) {
        BigDecimal max = BigDecimal.ZERO;
        for (BigDecimal g : grounds) {
            if (g.compareTo(max) > 0) {
                max = g;
            }
        }
        return max;
    }

    private static ShareInForce limited(BigDecimal share) {
        Outcome outcome = share.signum() == 0 ? Outcome.HOME
                : share.compareTo(BigDecimal.ONE) >= 0 ? Outcome.ON_SITE
                : Outcome.PARTLY_ON_SITE;
        return new ShareInForce(share, outcome, share.signum() > 0, share.compareTo(BigDecimal.ONE) < 0);
    }

    private static String code(Need need) {
        return switch (need) {
            case PHYSICAL_PRESENCE -> "NATURE_OF_WORK";
            case LOCATION_BOUND_EQUIPMENT -> "LOCATION_BOUND_EQUIPMENT";
            case ESSENTIAL_PROCESS -> "ESSENTIAL_PROCESS";
            case CONFIDENTIAL_INFORMATION -> "CONFIDENTIAL_INFORMATION";
        };
    }
}
