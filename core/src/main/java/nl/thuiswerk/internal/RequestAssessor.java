package nl.thuiswerk.internal;

import nl.thuiswerk.Assessment;
import nl.thuiswerk.Assumption;
import nl.thuiswerk.KeyDate;
import nl.thuiswerk.LawSource;
import nl.thuiswerk.NoRuleSetPeriod;
import nl.thuiswerk.Receipt;
import nl.thuiswerk.RequestReason;
import nl.thuiswerk.RequestStatus;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.RuleSetTrace;
import nl.thuiswerk.WorkplaceRequest;
import nl.thuiswerk.facts.requests.Employee;
import nl.thuiswerk.facts.requests.Employer;
import nl.thuiswerk.facts.requests.EmployerDecision;
import nl.thuiswerk.facts.requests.Met;
import nl.thuiswerk.facts.requests.Period;
import nl.thuiswerk.facts.requests.RequestDates;
import nl.thuiswerk.facts.requests.Requirement;
import nl.thuiswerk.facts.requests.Submission;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The assessments of requests to change the place of work (docs/requests.md), the engine's sibling for the second
 * domain: choose the version in force on the day the request was submitted, give its rules the request's facts, let
 * them conclude the status, the deadline and the codes, find the key dates by running them again on candidate dates,
 * and assemble the assessment. It uses the parts of the engine as they are: the {@link Catalogue} of the
 * {@link Domain#WORKPLACE_REQUESTS} domain, its {@link Timeline}, {@link RuleSetVersion#fire} with a
 * {@link RequestVerdict}, {@link Traces}. Thread-safe.
 */
public final class RequestAssessor {

    /** The defaults of the contract, in its order: the path of each and what the rules are given instead. */
    private static final List<String> ASSUMED = List.of("unforeseenCircumstances", "employee.parentOfChildUnder8",
            "employee.caregiver", "employer.deviatingArrangement");

    /** The key dates are searched for at most this far from the request's own dates. */
    private static final int SEARCH_DAYS = 3 * 366;

    /**
     * What the rules conclude for a request and the key dates the search finds, remembered by the request's
     * signature: the version and the request's complete rule input ({@link #facts}: every fact the rules are given,
     * never a selection of it). The rule runs and the search are functions of exactly that (ADR 5: stratified rules
     * that read nothing but their facts; the search moves only dates that are among them), so a request whose
     * signature was seen before gets what assessing it afresh would give. What is not in the signature (the request's
     * id, the workplace asked for, the language) is never remembered: the assembly puts it in for each request, and
     * the texts are written for each. About 2 KB a signature: 8,192 of them stay near 16 MB.
     */
    static final int MAX_REMEMBERED = 8_192;

    private record Signature(RuleSetVersion version, List<Object> facts) {
    }

    /** The run of the request's own facts and its key dates before they are put in words. */
    private record Findings(Run run, List<Found> dates) {
    }

    /** A key date found, with the key of its text. */
    private record Found(KeyDate.Kind kind, LocalDate date, String key) {
    }

    private final Memo<Signature, Findings> findings = new Memo<>(MAX_REMEMBERED);
    private final Catalogue catalogue;
    private final Traces traces;
    private final Map<Language, Properties> texts = new EnumMap<>(Language.class);

    RequestAssessor(Resources resources, Catalogue catalogue) {
        this.catalogue = catalogue;
        this.traces = new Traces(resources, Domain.WORKPLACE_REQUESTS);
        for (Language language : Language.values()) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(resources.text(Domain.WORKPLACE_REQUESTS.textsFile(language))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            texts.put(language, p);
        }
    }

    /** Compiles every version's rules now. */
    void load() {
        catalogue.timeline().versions().forEach(RuleSetVersion::load);
    }

    /**
     * Assesses a request that has passed validation.
     *
     * @throws nl.thuiswerk.DecisionException {@code NO_RULESET_IN_FORCE} when no version covers its submittedOn
     */
    public Assessment assess(WorkplaceRequest request, Language language) {
        return assess(request, language, true);
    }

    /**
     * As {@link #assess(WorkplaceRequest, Language)}, without the key dates of {@code whatWouldChange}, each of which
     * runs the rules a dozen times: for tests that compare status, deadline and codes over many requests.
     */
    public Assessment assessWithoutKeyDates(WorkplaceRequest request, Language language) {
        return assess(request, language, false);
    }

    private Assessment assess(WorkplaceRequest request, Language language, boolean withKeyDates) {
        RuleSetVersion version = catalogue.timeline().versionFor(request.requestId(), request.submittedOn(), language);
        List<Object> facts = List.copyOf(facts(request));
        Findings found = withKeyDates ? findings.get(new Signature(version, facts), key -> {
            Run run = run(version, facts);
            return new Findings(run, keyDates(request, run));
        }) : new Findings(run(version, facts), List.of());
        Run run = found.run();
        Properties words = texts.get(language);
        Map<String, String> values = values(request, run.deadline());
        List<RequestReason> reasons = new ArrayList<>();
        List<RequestReason> defects = new ArrayList<>();
        for (Catalog.Code code : version.catalog().codes()) {
            String rule = run.rules().get(code.code());
            if (rule == null) {
                continue;
            }
            LawSource source = version.catalog().provision(code.code());
            RequestReason reason = new RequestReason(code.code(), rule,
                    text(words, code.code(), values, source), source);
            (code.kind() == Catalog.Kind.DEFECT ? defects : reasons).add(reason);
        }
        List<Assumption> assumptions = new ArrayList<>();
        for (String path : ASSUMED) {
            if (stated(request, path) == null) {
                assumptions.add(new Assumption(path, "false", words.getProperty("assumption." + path)));
            }
        }
        List<KeyDate> dates = new ArrayList<>(found.dates().size());
        for (Found f : found.dates()) {
            Map<String, String> with = new LinkedHashMap<>(values);
            with.put("date", f.date().toString());
            dates.add(new KeyDate(f.kind(), f.date(), fill(words.getProperty("keyDate." + f.key()), with)));
        }
        Receipt receipt = new Receipt(CanonicalRequest.sha256(request), version.info().fingerprint(), Library.VERSION);
        return new Assessment(request.requestId(), run.status(), run.deadline(), reasons, defects, assumptions,
                dates, version.info(), receipt, language.tag());
    }

    /** The number of request signatures remembered, for tests. */
    int remembered() {
        return findings.size();
    }

    /** What the rules of a version concluded for one set of facts. */
    record Run(RequestStatus status, LocalDate deadline, Map<String, String> rules, List<Object> concluded) {

        boolean met(Requirement requirement) {
            return concluded.contains(new Met(requirement));
        }
    }

    /** Runs every rule of the version on the facts: the status, the deadline, the code of each rule that fired. */
    static Run run(RuleSetVersion version, List<Object> facts) {
        RequestVerdict verdict = version.fire(facts, new RequestVerdict());
        String what = "rule set " + version.info().id();
        // a code may be reported by several rules: the one named is the first by name, so the answer is stable
        Map<String, String> rules = new LinkedHashMap<>();
        verdict.fired().stream().map(version::rule)
                .sorted(Comparator.comparing(RuleSetVersion.RuleInfo::name))
                .forEach(r -> rules.putIfAbsent(r.code(), r.name()));
        // read-only from here: a run may be remembered and read by several threads
        return new Run(verdict.status(what), verdict.deadline(what), java.util.Collections.unmodifiableMap(rules),
                List.copyOf(verdict.concludedFacts()));
    }

    /** The input facts of a request, with the contract's defaults for what it does not state. */
    static List<Object> facts(WorkplaceRequest r) {
        List<Object> facts = new ArrayList<>(4);
        facts.add(new Submission(r.submittedOn(), r.inWriting(), r.intendedStart(), r.until(),
                Boolean.TRUE.equals(r.unforeseenCircumstances()), r.previousDecisionOn(), r.asOf()));
        facts.add(new Employee(periods(r), Boolean.TRUE.equals(r.employee().parentOfChildUnder8()),
                Boolean.TRUE.equals(r.employee().caregiver())));
        facts.add(new Employer(r.employer().employees(), Boolean.TRUE.equals(r.employer().deviatingArrangement())));
        if (r.decision() != null) {
            var d = r.decision();
            facts.add(new EmployerDecision(d.decidedOn(), d.inWriting(), d.outcome(), d.reasonsGiven(), d.consulted()));
        }
        return facts;
    }

    private static List<Period> periods(WorkplaceRequest r) {
        return r.employee().employment().stream().map(p -> new Period(p.from(), p.to())).toList();
    }

    private static Boolean stated(WorkplaceRequest r, String path) {
        return switch (path) {
            case "unforeseenCircumstances" -> r.unforeseenCircumstances();
            case "employee.parentOfChildUnder8" -> r.employee().parentOfChildUnder8();
            case "employee.caregiver" -> r.employee().caregiver();
            case "employer.deviatingArrangement" -> r.employer().deviatingArrangement();
            default -> throw new IllegalArgumentException("no assumption for " + path);
        };
    }

    // --- whatWouldChange: each date found by running the rules on candidate dates --------------------------------

    /**
     * The key dates of the request. Each is the first (or last) day on which the rules of the version in force on the
     * candidate's day of submission conclude what the date is about, found by a search over candidate dates that
     * runs the rules on each: no condition of the law is repeated here. Each condition is monotone in its date (a
     * later start has more tenure and more notice; an earlier submission more notice; a later submission is further
     * from the last decision; a later day is further past the deadline), so the search halves its interval.
     */
    private List<Found> keyDates(WorkplaceRequest r, Run run) {
        List<Found> dates = new ArrayList<>();
        boolean article2 = run.status() != RequestStatus.NOT_APPLICABLE
                && run.status() != RequestStatus.DEVIATING_ARRANGEMENT;
        boolean unforeseen = Boolean.TRUE.equals(r.unforeseenCircumstances());
        if (article2 && !unforeseen) {
            Period last = periods(r).get(periods(r).size() - 1);
            LocalDate latestStart = last.to() != null ? last.to() : r.intendedStart().plusDays(SEARCH_DAYS);
            LocalDate earliestStart = last.from().isAfter(r.submittedOn()) ? last.from() : r.submittedOn();
            // the last day to submit for this start: the latest submission whose notice the rules find given
            LocalDate firstDay = catalogue.timeline().versions().get(0).info().validFrom();
            LocalDate searchFrom = r.intendedStart().minusDays(SEARCH_DAYS);
            LocalDate lastToSubmit = last(searchFrom.isBefore(firstDay) ? firstDay : searchFrom, r.intendedStart(),
                    day -> holds(with(r, x -> at(x, day, x.intendedStart(), x.asOf())), Requirement.NOTICE));
            add(dates, KeyDate.Kind.LAST_DAY_TO_SUBMIT, lastToSubmit, "lastDayToSubmit");
            // the day the 26 weeks are reached: the first start for which the rules find the tenure
            // searched from the start of the last period, before the submission too: the 26 weeks may have been
            // reached already (a start before the last period began is no start the rules can judge)
            LocalDate tenure = first(last.from(), latestStart,
                    day -> holds(with(r, x -> at(x, x.submittedOn(), day, x.asOf())), Requirement.TENURE));
            add(dates, KeyDate.Kind.TENURE_REACHED, tenure, "tenureReached");
            // the first start possible for this submission: notice and tenure both found
            LocalDate start = first(earliestStart, latestStart, day -> {
                WorkplaceRequest x = with(r, y -> at(y, y.submittedOn(), day, y.asOf()));
                return holds(x, Requirement.NOTICE) && holds(x, Requirement.TENURE);
            });
            add(dates, KeyDate.Kind.FIRST_POSSIBLE_START, start, "firstPossibleStart");
            if (!run.met(Requirement.YEAR_SINCE_LAST_DECISION)) {
                // submitted within a year of the last decision: the first day a new request may be made. Only the day
                // of submission moves: the year reads it and the last decision, and the intended start stays one the
                // employment runs on, which the rules of the 26 weeks need
                LocalDate next = first(r.submittedOn(), r.submittedOn().plusDays(SEARCH_DAYS),
                        day -> holds(at(r, day, r.intendedStart(), day), Requirement.YEAR_SINCE_LAST_DECISION));
                add(dates, KeyDate.Kind.NEXT_REQUEST_FROM, next, "nextRequestFrom");
            }
        }
        if (run.deadline() != null) {
            add(dates, KeyDate.Kind.DECISION_DEADLINE, run.deadline(), "decisionDeadline");
            if (r.decision() == null) {
                // the first day the rules find the request granted by law, when no decision comes
                LocalDate granted = first(r.submittedOn(), run.deadline().plusDays(SEARCH_DAYS), day ->
                        statusOf(with(r, x -> at(x, x.submittedOn(), x.intendedStart(), day)))
                                == RequestStatus.GRANTED_BY_LAW);
                add(dates, KeyDate.Kind.GRANTED_BY_LAW_FROM, granted, "grantedByLawFrom");
            }
        }
        return dates;
    }

    private static void add(List<Found> dates, KeyDate.Kind kind, LocalDate date, String key) {
        if (date != null) {
            dates.add(new Found(kind, date, key));
        }
    }

    /** Whether the rules of the version in force on the request's submission find the requirement met. */
    private boolean holds(WorkplaceRequest candidate, Requirement requirement) {
        RuleSetVersion version = inForce(candidate.submittedOn());
        return version != null && run(version, facts(candidate)).met(requirement);
    }

    private RequestStatus statusOf(WorkplaceRequest candidate) {
        RuleSetVersion version = inForce(candidate.submittedOn());
        return version == null ? null : run(version, facts(candidate)).status();
    }

    private RuleSetVersion inForce(LocalDate day) {
        for (RuleSetVersion v : catalogue.timeline().versions()) {
            if (v.info().covers(day)) {
                return v;
            }
        }
        return null;
    }

    private static WorkplaceRequest with(WorkplaceRequest r, UnaryOperator<WorkplaceRequest> change) {
        return change.apply(r);
    }

    /** The request with other dates; a decision is dropped when it would come before the submission. */
    private static WorkplaceRequest at(WorkplaceRequest r, LocalDate submittedOn, LocalDate intendedStart,
                                       LocalDate asOf) {
        var decision = r.decision() != null && r.decision().decidedOn().isBefore(submittedOn) ? null : r.decision();
        return new WorkplaceRequest(r.requestId(), submittedOn, r.inWriting(), intendedStart,
                r.until() != null && !r.until().isAfter(intendedStart) ? null : r.until(), r.desiredWorkplace(),
                r.unforeseenCircumstances(), r.employee(), r.employer(), r.previousDecisionOn(), decision,
                asOf.isBefore(submittedOn) ? submittedOn : asOf);
    }

    /** The first day in [from, to] on which the condition holds, which holds on every day after it; else null. */
    static LocalDate first(LocalDate from, LocalDate to, Predicate<LocalDate> holds) {
        if (from.isAfter(to) || !holds.test(to)) {
            return null;
        }
        long lo = from.toEpochDay();
        long hi = to.toEpochDay();
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (holds.test(LocalDate.ofEpochDay(mid))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return LocalDate.ofEpochDay(lo);
    }

    /** The last day in [from, to] on which the condition holds, which holds on every day before it; else null. */
    static LocalDate last(LocalDate from, LocalDate to, Predicate<LocalDate> holds) {
        if (from.isAfter(to) || !holds.test(from)) {
            return null;
        }
        long lo = from.toEpochDay();
        long hi = to.toEpochDay();
        while (lo < hi) {
            long mid = lo + (hi - lo + 1) / 2;
            if (holds.test(LocalDate.ofEpochDay(mid))) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return LocalDate.ofEpochDay(lo);
    }

    // --- texts -------------------------------------------------------------------------------------------------

    private static Map<String, String> values(WorkplaceRequest r, LocalDate deadline) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("employees", String.valueOf(r.employer().employees()));
        values.put("submittedOn", String.valueOf(r.submittedOn()));
        values.put("intendedStart", String.valueOf(r.intendedStart()));
        values.put("lastDayToSubmit", String.valueOf(RequestDates.lastDayToSubmit(r.intendedStart())));
        values.put("previousDecisionOn", String.valueOf(r.previousDecisionOn()));
        values.put("nextRequestFrom", r.previousDecisionOn() == null ? "null"
                : String.valueOf(RequestDates.nextRequestFrom(r.previousDecisionOn())));
        values.put("deadline", String.valueOf(deadline));
        values.put("decidedOn", r.decision() == null ? "null" : String.valueOf(r.decision().decidedOn()));
        values.put("until", String.valueOf(r.until()));
        values.put("asOf", String.valueOf(r.asOf()));
        try {
            values.put("tenureDays", String.valueOf(RequestDates.tenureDays(periods(r), r.intendedStart())));
        } catch (IllegalArgumentException e) {
            values.put("tenureDays", "?");
        }
        return values;
    }

    private static String text(Properties words, String code, Map<String, String> values, LawSource source) {
        String template = words.getProperty(code);
        if (template == null) {
            throw new IllegalStateException("no text for request code " + code);
        }
        Map<String, String> with = new LinkedHashMap<>(values);
        with.put("lid", String.valueOf(source == null ? null : source.lid()));
        return fill(template, with);
    }

    private static String fill(String template, Map<String, String> values) {
        if (template == null) {
            throw new IllegalStateException("a text of the requests is missing");
        }
        String text = template;
        for (var e : values.entrySet()) {
            text = text.replace("{" + e.getKey() + "}", e.getValue());
        }
        return text;
    }

    // --- the catalogue -----------------------------------------------------------------------------------------

    public List<RuleSetInfo> ruleSets() {
        return catalogue.infos();
    }

    public List<NoRuleSetPeriod> periodsWithoutRuleSet() {
        return catalogue.timeline().periods();
    }

    public String catalogueFingerprint() {
        return catalogue.fingerprint();
    }

    /** Whether a version of requests has this id. */
    public boolean has(String id) {
        return catalogue.infos().stream().anyMatch(v -> v.id().equals(id));
    }

    public RuleSetTrace trace(String id) {
        return traces.trace(catalogue.timeline().byId(id));
    }
}
