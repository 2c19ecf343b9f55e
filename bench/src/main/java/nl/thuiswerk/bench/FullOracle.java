package nl.thuiswerk.bench;

import nl.thuiswerk.Assumption;
import nl.thuiswerk.Case;
import nl.thuiswerk.Condition;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.Facts;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Need;
import nl.thuiswerk.Outcome;
import nl.thuiswerk.Problem;
import nl.thuiswerk.Reason;
import nl.thuiswerk.Receipt;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.RuleSetTrace;
import nl.thuiswerk.Source;
import nl.thuiswerk.Task;
import nl.thuiswerk.WhatIf;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.Oracle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
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
 * conditions apply, and what would change them ({@link PlainAlternatives}). No Drools type is touched, and no internal
 * piece of the library: what is written comes from the library's public API (the versions, their traces with each
 * code's source, quote and rules, validation, the canonical case) and from the rules artefact's published files (the
 * texts, read by {@link Wording}; the DRL, from which the rule that reports each reason or condition is read once).
 *
 * <p>Numbers follow the library's conventions (shares as {@code BigDecimal.valueOf} of the doubles, divided to 16
 * digits), so the texts agree to the last digit. Thread-safe after construction.
 */
public final class FullOracle {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final MathContext SHARES = MathContext.DECIMAL64;
    private static final Pattern RULE = Pattern.compile(
            "rule\\s+\"([^\"]+)\"\\s*@code\\(\"([^\"]+)\"\\)\\s*@source\\(\"([^\"]+)\"\\)(.*?)\\nend\\b",
            Pattern.DOTALL);
    private static final Need[] NEEDS = {Need.PHYSICAL_PRESENCE, Need.LOCATION_BOUND_EQUIPMENT,
            Need.ESSENTIAL_PROCESS, Need.CONFIDENTIAL_INFORMATION};
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** What a version's trace says of one code: the rule that reports it, its source and quote, its place. */
    private record Code(String rule, Source source, boolean blocking, int order) {
    }

    /** A phase of {@link Oracle#PHASES} with the version that covers the same days. */
    private static final class Phase {
        final LocalDate from;
        final LocalDate to;
        final Oracle.Kind kind;
        final String phaseCode;
        final RuleSetInfo info;
        final Map<String, Code> codes = new HashMap<>();

        Phase(Oracle.Phase phase, RuleSetInfo info, RuleSetTrace trace, ClassLoader loader) {
            this.from = phase.from();
            this.to = phase.to();
            this.kind = phase.kind();
            this.phaseCode = phase.code();
            this.info = info;
            Map<String, String> drl = new HashMap<>();
            for (int order = 0; order < trace.codes().size(); order++) {
                RuleSetTrace.Entry entry = trace.codes().get(order);
                String reporting = null;
                for (RuleSetTrace.Rule rule : entry.rules()) {
                    String body = body(drl.computeIfAbsent(rule.file(), f -> resource(loader, f)), rule.name());
                    if (body.contains(entry.kind().equals("CONDITION") ? "verdict.condition(" : "verdict.reason(")) {
                        if (reporting != null) {
                            throw new IllegalStateException("two rules report " + entry.code() + " in " + info.id()
                                    + ": the full oracle assumes one rule per code");
                        }
                        reporting = rule.name();
                    }
                }
                codes.put(entry.code(), new Code(reporting, entry.source(), entry.blocking(), order));
            }
        }

        /** The body of the rule the trace names: its DRL name may hold the version's {placeholders}. */
        private static String body(String drl, String name) {
            Matcher m = RULE.matcher(drl);
            while (m.find()) {
                String pattern = Pattern.quote(m.group(1)).replaceAll("\\{[A-Za-z0-9]+}", "\\\\E.+\\\\Q");
                if (name.matches(pattern)) {
                    return m.group(4);
                }
            }
            throw new IllegalStateException("no rule \"" + name + "\" in the DRL");
        }

        boolean covers(LocalDate d) {
            return !d.isBefore(from) && !d.isAfter(to);
        }

        /** s → s', the share in force, per kind of phase as the oracle reads the policy. */
        PlainAlternatives.InForce phase(BigDecimal s) {
            return switch (kind) {
                case UNLESS -> limited(s);
                case NO_LIMIT -> s.compareTo(BigDecimal.ONE) >= 0 ? limited(BigDecimal.ONE)
                        : new PlainAlternatives.InForce(null, Outcome.PARTLY_ON_SITE, true, true);
                case HALF -> limited(s.max(HALF));
            };
        }

        /** Whether the phase itself gives a reason. */
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

    private final HomeWorkingAdvisor advisor;
    private final Wording wording;
    private final List<Phase> phases = new ArrayList<>();
    private final boolean whatWouldChange;

    /** A full oracle beside an advisor of its own, used for its public metadata and validation only. */
    public FullOracle() {
        this(HomeWorkingAdvisor.create());
    }

    /** @param advisor used for the versions, their traces and validation: never to decide */
    public FullOracle(HomeWorkingAdvisor advisor) {
        this(advisor, true);
    }

    /**
     * For the cost breakdown only: a full oracle that leaves {@code whatWouldChange} empty, to show what the
     * counterfactual search and its texts cost of a decision.
     */
    public static FullOracle withoutWhatWouldChange(HomeWorkingAdvisor advisor) {
        return new FullOracle(advisor, false);
    }

    private FullOracle(HomeWorkingAdvisor advisor, boolean whatWouldChange) {
        this.advisor = advisor;
        this.whatWouldChange = whatWouldChange;
        ClassLoader loader = FullOracle.class.getClassLoader();
        this.wording = new Wording(loader);
        for (Oracle.Phase p : Oracle.PHASES) {
            RuleSetInfo version = advisor.ruleSets().stream()
                    .filter(v -> v.validFrom().equals(p.from()) && v.validTo().equals(p.to()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no rule-set version covers the oracle's phase "
                            + p.from() + ".." + p.to()));
            if (!version.phaseCode().equals(p.code())) {
                throw new IllegalStateException("version " + version.id() + " has phase code "
                        + version.phaseCode() + ", the oracle " + p.code());
            }
            phases.add(new Phase(p, version, advisor.trace(version.id()), loader));
        }
    }

    private static String resource(ClassLoader loader, String file) {
        String path = "nl/thuiswerk/rules/" + file;
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the rules artefact lacks " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<RuleSetInfo> ruleSets() {
        return phases.stream().map(p -> p.info).toList();
    }

    /** Decides a case as {@code HomeWorkingAdvisor.decide(Case, Locale)} does, without the rules engine. */
    public Decision decide(Case c, Locale locale) {
        String language = language(locale);
        List<Problem> problems = advisor.validate(c);
        if (!problems.isEmpty()) {
            throw new DecisionException(ErrorCode.INVALID_INPUT, c == null ? null : c.caseId(),
                    "The case has " + problems.size() + " problems", problems);
        }
        Phase phase = phaseFor(c);

        // the facts, defaults applied
        List<Task> input = c.job().tasks();
        int n = input.size();
        List<PlainAlternatives.Task> tasks = new ArrayList<>(n);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal onSiteHours = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            Task t = input.get(i);
            PlainAlternatives.Task task = new PlainAlternatives.Task(i, BigDecimal.valueOf(t.hoursPerWeek()),
                    t.needsOrNone());
            tasks.add(task);
            total = total.add(task.hours());
            if (task.onSite()) {
                onSiteHours = onSiteHours.add(task.hours());
            }
        }
        var worker = c.worker();
        BigDecimal m = worker == null || worker.occupationalPhysicianAdvice() == null ? BigDecimal.ZERO
                : BigDecimal.valueOf(worker.occupationalPhysicianAdvice().onSiteShare());
        HomeWorkplace home = worker == null || worker.homeWorkplace() == null ? HomeWorkplace.ADEQUATE
                : worker.homeWorkplace();
        Boolean corona = c.onSiteWorkplace() == null ? null : c.onSiteWorkplace().meetsCoronaMeasures();

        // s = max(w, m, d)
        BigDecimal w = onSiteHours.divide(total, SHARES);
        BigDecimal d = home == HomeWorkplace.INADEQUATE_NOT_REMEDIABLE ? BigDecimal.ONE : BigDecimal.ZERO;
        BigDecimal s = w.max(m).max(d);
        PlainAlternatives.InForce inForce = phase.phase(s);

        // reasons: one per need that some task has, the doctor's advice, the home workplace, the phase's own
        List<Reason> reasons = new ArrayList<>(4);
        for (Need need : NEEDS) {
            List<String> names = null;
            BigDecimal hours = BigDecimal.ZERO;
            for (PlainAlternatives.Task t : tasks) {
                if (t.needs().contains(need)) {
                    if (names == null) {
                        names = new ArrayList<>(n);
                    }
                    names.add(input.get(t.index()).name());
                    hours = hours.add(t.hours());
                }
            }
            if (names != null) {
                BigDecimal share = hours.divide(total, SHARES);
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
            reasons.sort((a, b) -> Integer.compare(phase.codes.get(a.code()).order(), phase.codes.get(b.code()).order()));
        }

        // conditions, judged on the share in force
        List<String> conditionCodes = conditions(inForce.onSite(), inForce.someWorkAtHome(), home, corona);
        List<Condition> conditions = new ArrayList<>(conditionCodes.size());
        for (String code : conditionCodes) {
            Code known = phase.codes.get(code);
            conditions.add(new Condition(code, known.rule(), wording.template(language, code), known.blocking(),
                    known.source()));
        }

        List<WhatIf> whatIfs = new ArrayList<>();
        if (whatWouldChange) {
            for (PlainAlternatives.Found f : PlainAlternatives.of(tasks, total, onSiteHours, m, home, corona, inForce,
                    conditionCodes, phase::phase, FullOracle::conditions)) {
                whatIfs.add(new WhatIf(f.changes(), f.outcome(), limit(f.share()), f.lifted(),
                        wording.whatIf(language, f.changes(), c, f.outcome(), f.share(), f.lifted())));
            }
        }
        RuleSetInfo info = phase.info;
        // the floor is s, capped by the share in force (never below s nationally)
        BigDecimal floor = inForce.share() == null ? s : s.min(inForce.share());
        return new Decision(c.caseId(), c.referenceDate(), language, inForce.outcome(), limit(inForce.share()),
                floor.setScale(4, java.math.RoundingMode.HALF_UP).doubleValue(), reasons, conditions,
                assumptions(c, language), whatIfs, info, null, receipt(c, info));
    }

    private static String language(Locale locale) {
        String tag = locale == null ? "nl" : locale.getLanguage();
        if (!Wording.LANGUAGES.contains(tag)) {
            throw new IllegalArgumentException("no texts in language '" + tag + "': use nl or en");
        }
        return tag;
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

    private Reason reason(Phase phase, String language, String code, List<String> tasks, BigDecimal hours,
                          BigDecimal total, BigDecimal share, BigDecimal justified, HomeWorkplace home) {
        Code known = phase.codes.get(code);
        String text = wording.fill(language, code, tasks, hours, total, share, justified);
        Facts facts = new Facts(tasks, hours == null ? null : hours.doubleValue(),
                total == null ? null : total.doubleValue(), share(share), share(justified), home);
        return new Reason(code, known.rule(), text, known.source(), facts);
    }

    /** The defaults applied for facts the case did not state, in the order of the contract's fields. */
    private List<Assumption> assumptions(Case c, String language) {
        List<Assumption> assumptions = new ArrayList<>(2);
        List<Task> tasks = c.job().tasks();
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).needs() == null) {
                assumptions.add(new Assumption("job.tasks[" + i + "].needs", "NONE", wording.fill(language,
                        "assumption.job.tasks.needs", List.of(tasks.get(i).name()), null, null, null, null)));
            }
        }
        if (c.worker() == null || c.worker().occupationalPhysicianAdvice() == null) {
            assumptions.add(new Assumption("worker.occupationalPhysicianAdvice", "NONE",
                    wording.template(language, "assumption.worker.occupationalPhysicianAdvice")));
        }
        if (c.worker() == null || c.worker().homeWorkplace() == null) {
            assumptions.add(new Assumption("worker.homeWorkplace", HomeWorkplace.ADEQUATE.name(),
                    wording.template(language, "assumption.worker.homeWorkplace")));
        }
        return assumptions;
    }

    /** The receipt: the sha256 of the case's canonical JSON (the contract's {@code ThuiswerkJson.write(Case)}). */
    private static Receipt receipt(Case c, RuleSetInfo info) {
        byte[] hash = SHA256.get().digest(ThuiswerkJson.write(c).getBytes(StandardCharsets.UTF_8));
        return new Receipt("sha256:" + HexFormat.of().formatHex(hash), info.fingerprint(),
                HomeWorkingAdvisor.libraryVersion());
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

    private static PlainAlternatives.InForce limited(BigDecimal share) {
        Outcome outcome = share.signum() == 0 ? Outcome.HOME
                : share.compareTo(BigDecimal.ONE) >= 0 ? Outcome.ON_SITE
                : Outcome.PARTLY_ON_SITE;
        return new PlainAlternatives.InForce(share, outcome, share.signum() > 0, share.compareTo(BigDecimal.ONE) < 0);
    }

    /** Shares are shown rounded to 4 decimals, half up. */
    private static Double share(BigDecimal share) {
        return share == null ? null : share.setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    private static java.util.OptionalDouble limit(BigDecimal share) {
        return share == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(share(share));
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
