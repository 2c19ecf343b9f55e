package nl.thuiswerk.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import nl.thuiswerk.Assessment;
import nl.thuiswerk.Assumption;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.DecisionOutcome;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.KeyDate;
import nl.thuiswerk.LawSource;
import nl.thuiswerk.Problem;
import nl.thuiswerk.Receipt;
import nl.thuiswerk.RequestReason;
import nl.thuiswerk.RequestStatus;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.RuleSetTrace;
import nl.thuiswerk.WorkplaceRequest;
import nl.thuiswerk.oracle.RequestOracle;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * A plain-Java assessor of Wfw requests that builds the same {@link Assessment} the library builds: status, deadline,
 * every code with the rule that reports it, its text and its paragraph of the law, the defects, the assumptions,
 * the key dates of {@code whatWouldChange}, the version and the receipt. So the ratio library / full request oracle
 * ({@code requestsRatio}) measures the rules engine and its adapter, not the output.
 *
 * <p>What is concluded is plain Java: which articles apply, the four requirements, the deadline, the status and the
 * codes are this class's own reading of the two versions' DRL (each rule's conditions written out as a Java
 * expression), with the 26 weeks and the working days of {@link RequestOracle} (its own calendar, not the library's
 * {@code RequestDates}). The key dates are found by the same halving search over candidate dates the library runs,
 * with this class's own test of the requirement on each candidate in place of a run of the rules. It touches no
 * Drools type and no {@code nl.thuiswerk.internal} class: the codes' order and kind and the paragraphs they quote come
 * from the rules artefact's published version files ({@code wfw/versions/*.json}), the texts from its
 * {@code wfw/texts_*.properties}, the rule names from {@link HomeWorkingAdvisor#trace(String)}, the versions from
 * {@link HomeWorkingAdvisor#requestRuleSets()}, validation from {@link HomeWorkingAdvisor#validate(WorkplaceRequest)};
 * the receipt's hash is its own canonical JSON of the request. Thread-safe after construction.
 */
public final class FullRequestOracle {

    private static final LocalDate WFW_2022 = LocalDate.of(2022, 8, 2);
    private static final int SEARCH_DAYS = 3 * 366;
    private static final List<String> ASSUMED = List.of("unforeseenCircumstances", "employee.parentOfChildUnder8",
            "employee.caregiver", "employer.deviatingArrangement");
    private static final JsonFactory JSON = new JsonFactory();
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** A code of a version: whether it is a defect, the paragraph it quotes, its place in the order. */
    private record Code(String code, boolean defect, LawSource source) {
    }

    /** A version of requests: its info, its codes in order, the rule that reports each. */
    private static final class Version {
        final RuleSetInfo info;
        final boolean article2a;
        final List<Code> codes = new ArrayList<>();
        final Map<String, List<String>> rules = new HashMap<>();

        Version(RuleSetInfo info, RuleSetTrace trace, Map<String, Object> metadata) {
            this.info = info;
            this.article2a = !info.validFrom().isBefore(WFW_2022);
            Map<String, LawSource> provisions = new HashMap<>();
            for (Object o : list(metadata.get("provisions"))) {
                Map<String, Object> p = map(o);
                provisions.put((String) p.get("id"), new LawSource((String) p.get("law"), (String) p.get("article"),
                        p.get("lid") instanceof String l ? l : null, (String) p.get("url"), (String) p.get("quote")));
            }
            for (Object o : list(metadata.get("codes"))) {
                Map<String, Object> c = map(o);
                codes.add(new Code((String) c.get("code"), "DEFECT".equals(c.get("kind")),
                        provisions.get((String) c.get("source"))));
            }
            for (RuleSetTrace.Entry e : trace.codes()) {
                rules.put(e.code(), e.rules().stream().map(RuleSetTrace.Rule::name).toList());
            }
        }

        boolean covers(LocalDate day) {
            return info.covers(day);
        }

        /** The rule of a code that one rule reports. */
        String rule(String code) {
            List<String> named = rules.get(code);
            if (named == null || named.size() != 1) {
                throw new IllegalStateException(info.id() + ": " + code + " has " + (named == null ? 0 : named.size())
                        + " rules, not one");
            }
            return named.get(0);
        }

        /** The rule of a code that several rules report: the one whose name ends in the words. */
        String rule(String code, String words) {
            List<String> named = rules.getOrDefault(code, List.of()).stream().filter(n -> n.endsWith(words)).toList();
            if (named.size() != 1) {
                throw new IllegalStateException(info.id() + ": no one rule of " + code + " ends in «" + words + "»");
            }
            return named.get(0);
        }
    }

    /** What this class concludes for one request: status, deadline, the code of each rule that would fire. */
    private record Run(RequestStatus status, LocalDate deadline, Map<String, String> rules, boolean yearMet) {
    }

    private final HomeWorkingAdvisor advisor;
    private final List<Version> versions = new ArrayList<>();
    private final Map<String, Properties> texts = new HashMap<>();

    /** @param advisor used for the versions, their traces and validation: never to assess */
    public FullRequestOracle(HomeWorkingAdvisor advisor) {
        this.advisor = advisor;
        ClassLoader loader = FullRequestOracle.class.getClassLoader();
        for (RuleSetInfo info : advisor.requestRuleSets()) {
            Map<String, Object> metadata = parse(resource(loader, "wfw/versions/" + info.id() + ".json"));
            versions.add(new Version(info, advisor.trace(info.id()), metadata));
        }
        for (String lang : Wording.LANGUAGES) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(resource(loader, "wfw/texts_" + lang + ".properties")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            texts.put(lang, p);
        }
        // every rule named below is one the versions have, or construction fails here and not in the benchmark
        versions.forEach(FullRequestOracle::checkRuleNames);
    }

    /** Assesses a request as {@code HomeWorkingAdvisor.assess(WorkplaceRequest, Locale)} does, without the rules. */
    public Assessment assess(WorkplaceRequest r, Locale locale) {
        String lang = language(locale);
        List<Problem> problems = advisor.validate(r);
        if (!problems.isEmpty()) {
            throw new DecisionException(ErrorCode.INVALID_INPUT, r == null ? null : r.requestId(),
                    "The request has " + problems.size() + " problems", problems);
        }
        Version version = inForce(r.submittedOn());
        if (version == null) {
            throw new DecisionException(ErrorCode.NO_RULESET_IN_FORCE, r.requestId(),
                    "no rule set is in force on " + r.submittedOn(), List.of());
        }
        Run run = run(version, r);
        Properties words = texts.get(lang);
        Map<String, String> values = values(r, run.deadline());
        List<RequestReason> reasons = new ArrayList<>();
        List<RequestReason> defects = new ArrayList<>();
        for (Code code : version.codes) {
            String rule = run.rules().get(code.code());
            if (rule == null) {
                continue;
            }
            Map<String, String> with = new LinkedHashMap<>(values);
            with.put("lid", String.valueOf(code.source() == null ? null : code.source().lid()));
            RequestReason reason = new RequestReason(code.code(), rule, fill(words.getProperty(code.code()), with),
                    code.source());
            (code.defect() ? defects : reasons).add(reason);
        }
        List<Assumption> assumptions = new ArrayList<>(4);
        for (String path : ASSUMED) {
            if (stated(r, path) == null) {
                assumptions.add(new Assumption(path, "false", words.getProperty("assumption." + path)));
            }
        }
        Receipt receipt = new Receipt(sha256(r), version.info.fingerprint(), HomeWorkingAdvisor.libraryVersion());
        return new Assessment(r.requestId(), run.status(), run.deadline(), reasons, defects, assumptions,
                keyDates(r, run, words, values), version.info, receipt, lang);
    }

    public List<RuleSetInfo> ruleSets() {
        return versions.stream().map(v -> v.info).toList();
    }

    // --- the rules, read as plain Java -------------------------------------------------------------------------

    private Version inForce(LocalDate day) {
        for (Version v : versions) {
            if (v.covers(day)) {
                return v;
            }
        }
        return null;
    }

    private static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    private static boolean art2a(Version v, WorkplaceRequest r) {
        return v.article2a && (yes(r.employee().parentOfChildUnder8()) || yes(r.employee().caregiver()));
    }

    /** Steps 1 and 2: article 2 governs (an employer of 10 or more without a deviating arrangement, or art. 2a). */
    private static boolean applies(Version v, WorkplaceRequest r) {
        return r.employer().employees() >= 10 && !yes(r.employer().deviatingArrangement()) || art2a(v, r);
    }

    private static boolean tenure(WorkplaceRequest r, LocalDate start) {
        return RequestOracle.employedDays(r.employee().employment(), start) >= 26 * 7;
    }

    private static boolean notice(LocalDate submitted, LocalDate start) {
        return !submitted.isAfter(start.minusMonths(2));
    }

    private static boolean withinAYear(LocalDate previous, LocalDate submitted) {
        return previous != null && submitted.isBefore(previous.plusYears(1));
    }

    /** Whether the requirement of the year since the last decision is met (lid 3, last sentence; art. 2a). */
    private static boolean yearMet(Version v, WorkplaceRequest r) {
        return applies(v, r) && (yes(r.unforeseenCircumstances()) || !withinAYear(r.previousDecisionOn(), r.submittedOn())
                || art2a(v, r));
    }

    private Run run(Version v, WorkplaceRequest r) {
        boolean art2a = art2a(v, r);
        boolean applies = applies(v, r);
        boolean unforeseen = yes(r.unforeseenCircumstances());
        int employees = r.employer().employees();
        boolean deviating = yes(r.employer().deviatingArrangement());
        Map<String, String> rules = new HashMap<>();
        if (art2a) {
            // of the three rules coded ART_2A, this one fires whenever any does, and comes first by name
            rules.put("ART_2A", v.rule("ART_2A", ": a parent of a child under eight or a carer"));
        }
        if (employees < 10 && !art2a) {
            rules.put("EMPLOYER_UNDER_10", v.rule("EMPLOYER_UNDER_10"));
        }
        if (employees >= 10 && deviating && !art2a) {
            rules.put("DEVIATING_ARRANGEMENT", v.rule("DEVIATING_ARRANGEMENT"));
        }
        if (employees >= 10 && !deviating) {
            rules.put("ARTICLE_2_APPLIES", v.rule("ARTICLE_2_APPLIES"));
        }
        RequestStatus status;
        LocalDate deadline = null;
        boolean yearMet = yearMet(v, r);
        if (!applies) {
            status = employees < 10 ? RequestStatus.NOT_APPLICABLE : RequestStatus.DEVIATING_ARRANGEMENT;
        } else {
            boolean inWriting = yes(r.inWriting());
            rules.put(inWriting ? "IN_WRITING" : "NOT_IN_WRITING", v.rule(inWriting ? "IN_WRITING" : "NOT_IN_WRITING"));
            boolean tenure = unforeseen || tenure(r, r.intendedStart());
            boolean notice = unforeseen || notice(r.submittedOn(), r.intendedStart());
            if (unforeseen) {
                rules.put("UNFORESEEN_CIRCUMSTANCES", v.rule("UNFORESEEN_CIRCUMSTANCES"));
            } else {
                rules.put(tenure ? "TENURE_26_WEEKS" : "TENURE_UNDER_26_WEEKS",
                        v.rule(tenure ? "TENURE_26_WEEKS" : "TENURE_UNDER_26_WEEKS"));
                rules.put(notice ? "NOTICE_2_MONTHS" : "NOTICE_UNDER_2_MONTHS",
                        v.rule(notice ? "NOTICE_2_MONTHS" : "NOTICE_UNDER_2_MONTHS"));
                boolean within = withinAYear(r.previousDecisionOn(), r.submittedOn());
                if (!within) {
                    rules.put("NO_DECISION_IN_THE_LAST_YEAR", v.rule("NO_DECISION_IN_THE_LAST_YEAR"));
                } else if (!art2a) {
                    rules.put("WITHIN_A_YEAR_OF_LAST_DECISION", v.rule("WITHIN_A_YEAR_OF_LAST_DECISION"));
                }
            }
            if (inWriting && tenure && notice && yearMet) {
                if (unforeseen) {
                    deadline = RequestOracle.fifthWorkingDayAfter(r.submittedOn());
                    rules.put("DEADLINE_FIVE_WORKING_DAYS", v.rule("DEADLINE_FIVE_WORKING_DAYS"));
                } else {
                    deadline = r.intendedStart().minusMonths(1);
                    rules.put("DEADLINE_ONE_MONTH_BEFORE_START", v.rule("DEADLINE_ONE_MONTH_BEFORE_START"));
                }
                var d = r.decision();
                status = statusAgainst(deadline, d, r.asOf());
                rulesOf(v, status, d, r.until() != null, rules);
            } else {
                status = RequestStatus.NOT_A_STATUTORY_REQUEST;
            }
        }
        // art. 3, and from 2022-08-02 art. 3a: whatever the status
        rules.put("PROTECTION_AGAINST_DISMISSAL", v.rule("PROTECTION_AGAINST_DISMISSAL"));
        if (v.article2a) {
            rules.put("PROTECTION_AGAINST_DISADVANTAGE", v.rule("PROTECTION_AGAINST_DISADVANTAGE"));
        }
        return new Run(status, deadline, rules, yearMet);
    }

    private static RequestStatus statusAgainst(LocalDate deadline, WorkplaceRequest.EmployerDecision d, LocalDate asOf) {
        if (d != null) {
            return d.decidedOn().isAfter(deadline) ? RequestStatus.GRANTED_BY_LAW : RequestStatus.DECIDED;
        }
        return asOf.isAfter(deadline) ? RequestStatus.GRANTED_BY_LAW : RequestStatus.PENDING;
    }

    /** Step 5's code and step 6's defects, duties, revision and return, for a statutory request. */
    private static void rulesOf(Version v, RequestStatus status, WorkplaceRequest.EmployerDecision d, boolean limited,
                                Map<String, String> rules) {
        switch (status) {
            case DECIDED -> {
                rules.put("DECIDED_IN_TIME", v.rule("DECIDED_IN_TIME"));
                if (!yes(d.inWriting())) {
                    rules.put("DECISION_NOT_IN_WRITING", v.rule("DECISION_NOT_IN_WRITING"));
                }
                if (d.outcome() != DecisionOutcome.GRANTED && !yes(d.reasonsGiven())) {
                    rules.put("NO_WRITTEN_REASONS", v.rule("NO_WRITTEN_REASONS"));
                }
                if (d.outcome() != DecisionOutcome.GRANTED && !yes(d.consulted())) {
                    rules.put("NO_CONSULTATION", v.rule("NO_CONSULTATION"));
                }
                if (d.outcome() != DecisionOutcome.REFUSED) {
                    rules.put("REVISION_ON_NEW_INTERESTS", v.rule("REVISION_ON_NEW_INTERESTS", "after the decision"));
                }
                if (v.article2a && limited && d.outcome() == DecisionOutcome.GRANTED) {
                    rules.put("RIGHT_TO_RETURN", v.rule("RIGHT_TO_RETURN", "(granted)"));
                }
            }
            case GRANTED_BY_LAW -> {
                rules.put(d != null ? "DECIDED_LATE" : "NO_DECISION_BY_DEADLINE",
                        v.rule(d != null ? "DECIDED_LATE" : "NO_DECISION_BY_DEADLINE"));
                rules.put("REVISION_ON_NEW_INTERESTS", v.rule("REVISION_ON_NEW_INTERESTS", "after it"));
                if (v.article2a && limited) {
                    rules.put("RIGHT_TO_RETURN", v.rule("RIGHT_TO_RETURN", "(granted by law)"));
                }
            }
            case PENDING -> {
                rules.put("DECISION_DUE", v.rule("DECISION_DUE"));
                rules.put("DUTY_TO_CONSULT", v.rule("DUTY_TO_CONSULT"));
                rules.put("DUTY_TO_CONSIDER", v.rule("DUTY_TO_CONSIDER"));
                rules.put("DUTY_TO_DECIDE_IN_WRITING", v.rule("DUTY_TO_DECIDE_IN_WRITING"));
            }
            default -> throw new IllegalStateException("no status " + status + " against a deadline");
        }
    }

    /** Looks up every rule name {@link #rulesOf} may use, at construction. */
    private static void checkRuleNames(Version v) {
        for (String code : List.of("DECIDED_IN_TIME", "DECISION_NOT_IN_WRITING", "NO_WRITTEN_REASONS",
                "NO_CONSULTATION", "DECIDED_LATE", "NO_DECISION_BY_DEADLINE", "DECISION_DUE", "DUTY_TO_CONSULT",
                "DUTY_TO_CONSIDER", "DUTY_TO_DECIDE_IN_WRITING", "PROTECTION_AGAINST_DISMISSAL", "IN_WRITING",
                "NOT_IN_WRITING", "UNFORESEEN_CIRCUMSTANCES", "TENURE_26_WEEKS", "TENURE_UNDER_26_WEEKS",
                "NOTICE_2_MONTHS", "NOTICE_UNDER_2_MONTHS", "NO_DECISION_IN_THE_LAST_YEAR",
                "WITHIN_A_YEAR_OF_LAST_DECISION", "DEADLINE_FIVE_WORKING_DAYS", "DEADLINE_ONE_MONTH_BEFORE_START",
                "EMPLOYER_UNDER_10", "DEVIATING_ARRANGEMENT", "ARTICLE_2_APPLIES")) {
            v.rule(code);
        }
        v.rule("REVISION_ON_NEW_INTERESTS", "after the decision");
        v.rule("REVISION_ON_NEW_INTERESTS", "after it");
        if (v.article2a) {
            v.rule("ART_2A", ": a parent of a child under eight or a carer");
            v.rule("RIGHT_TO_RETURN", "(granted)");
            v.rule("RIGHT_TO_RETURN", "(granted by law)");
            v.rule("PROTECTION_AGAINST_DISADVANTAGE");
        }
    }

    // --- whatWouldChange: the library's halving search, each candidate judged by this class ----------------------

    private List<KeyDate> keyDates(WorkplaceRequest r, Run run, Properties words, Map<String, String> values) {
        List<KeyDate> dates = new ArrayList<>(6);
        boolean article2 = run.status() != RequestStatus.NOT_APPLICABLE
                && run.status() != RequestStatus.DEVIATING_ARRANGEMENT;
        LocalDate submitted = r.submittedOn();
        LocalDate start = r.intendedStart();
        if (article2 && !yes(r.unforeseenCircumstances())) {
            List<WorkplaceRequest.EmploymentPeriod> periods = r.employee().employment();
            WorkplaceRequest.EmploymentPeriod last = periods.get(periods.size() - 1);
            LocalDate latestStart = last.to() != null ? last.to() : start.plusDays(SEARCH_DAYS);
            LocalDate earliestStart = last.from().isAfter(submitted) ? last.from() : submitted;
            Version own = inForce(submitted);
            boolean applies = applies(own, r);
            // a candidate submission judged by the version in force on its day
            LocalDate firstDay = versions.get(0).info.validFrom();
            LocalDate searchFrom = start.minusDays(SEARCH_DAYS);
            add(dates, KeyDate.Kind.LAST_DAY_TO_SUBMIT, last(searchFrom.isBefore(firstDay) ? firstDay : searchFrom,
                    start, day -> {
                        Version v = inForce(day);
                        return v != null && applies(v, r) && notice(day, start);
                    }), words, values, "lastDayToSubmit");
            add(dates, KeyDate.Kind.TENURE_REACHED, first(last.from(), latestStart,
                    day -> applies && tenure(r, day)), words, values, "tenureReached");
            add(dates, KeyDate.Kind.FIRST_POSSIBLE_START, first(earliestStart, latestStart,
                    day -> applies && notice(submitted, day) && tenure(r, day)), words, values, "firstPossibleStart");
            if (!run.yearMet()) {
                add(dates, KeyDate.Kind.NEXT_REQUEST_FROM, first(submitted, submitted.plusDays(SEARCH_DAYS), day -> {
                    Version v = inForce(day);
                    return v != null && applies(v, r) && (!withinAYear(r.previousDecisionOn(), day) || art2a(v, r));
                }), words, values, "nextRequestFrom");
            }
        }
        if (run.deadline() != null) {
            add(dates, KeyDate.Kind.DECISION_DEADLINE, run.deadline(), words, values, "decisionDeadline");
            if (r.decision() == null) {
                LocalDate deadline = run.deadline();
                add(dates, KeyDate.Kind.GRANTED_BY_LAW_FROM, first(submitted, deadline.plusDays(SEARCH_DAYS),
                        day -> (day.isBefore(submitted) ? submitted : day).isAfter(deadline)), words, values,
                        "grantedByLawFrom");
            }
        }
        return dates;
    }

    private static void add(List<KeyDate> dates, KeyDate.Kind kind, LocalDate date, Properties words,
                            Map<String, String> values, String key) {
        if (date == null) {
            return;
        }
        Map<String, String> with = new LinkedHashMap<>(values);
        with.put("date", date.toString());
        dates.add(new KeyDate(kind, date, fill(words.getProperty("keyDate." + key), with)));
    }

    private static LocalDate first(LocalDate from, LocalDate to, Predicate<LocalDate> holds) {
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

    private static LocalDate last(LocalDate from, LocalDate to, Predicate<LocalDate> holds) {
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
        values.put("lastDayToSubmit", String.valueOf(r.intendedStart().minusMonths(2)));
        values.put("previousDecisionOn", String.valueOf(r.previousDecisionOn()));
        values.put("nextRequestFrom", r.previousDecisionOn() == null ? "null"
                : String.valueOf(r.previousDecisionOn().plusYears(1)));
        values.put("deadline", String.valueOf(deadline));
        values.put("decidedOn", r.decision() == null ? "null" : String.valueOf(r.decision().decidedOn()));
        values.put("until", String.valueOf(r.until()));
        values.put("asOf", String.valueOf(r.asOf()));
        values.put("tenureDays", String.valueOf(RequestOracle.employedDays(r.employee().employment(),
                r.intendedStart())));
        return values;
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

    private static Boolean stated(WorkplaceRequest r, String path) {
        return switch (path) {
            case "unforeseenCircumstances" -> r.unforeseenCircumstances();
            case "employee.parentOfChildUnder8" -> r.employee().parentOfChildUnder8();
            case "employee.caregiver" -> r.employee().caregiver();
            case "employer.deviatingArrangement" -> r.employer().deviatingArrangement();
            default -> throw new IllegalArgumentException("no assumption for " + path);
        };
    }

    private static String language(Locale locale) {
        String tag = locale == null ? "nl" : locale.getLanguage();
        if (!Wording.LANGUAGES.contains(tag)) {
            throw new IllegalArgumentException("no texts in language '" + tag + "': use nl or en");
        }
        return tag;
    }

    // --- the receipt: docs/requests.md's canonical request, the stated fields in the contract's order -----------

    private static String sha256(WorkplaceRequest r) {
        byte[] hash = SHA256.get().digest(canonical(r).getBytes(StandardCharsets.UTF_8));
        return "sha256:" + HexFormat.of().formatHex(hash);
    }

    static String canonical(WorkplaceRequest r) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            field(g, "requestId", r.requestId());
            field(g, "submittedOn", r.submittedOn());
            field(g, "inWriting", r.inWriting());
            field(g, "intendedStart", r.intendedStart());
            field(g, "until", r.until());
            field(g, "desiredWorkplace", r.desiredWorkplace());
            field(g, "unforeseenCircumstances", r.unforeseenCircumstances());
            g.writeObjectFieldStart("employee");
            g.writeArrayFieldStart("employment");
            for (var p : r.employee().employment()) {
                g.writeStartObject();
                field(g, "from", p.from());
                field(g, "to", p.to());
                g.writeEndObject();
            }
            g.writeEndArray();
            field(g, "parentOfChildUnder8", r.employee().parentOfChildUnder8());
            field(g, "caregiver", r.employee().caregiver());
            g.writeEndObject();
            g.writeObjectFieldStart("employer");
            g.writeNumberField("employees", r.employer().employees());
            field(g, "deviatingArrangement", r.employer().deviatingArrangement());
            g.writeEndObject();
            field(g, "previousDecisionOn", r.previousDecisionOn());
            if (r.decision() != null) {
                var d = r.decision();
                g.writeObjectFieldStart("decision");
                field(g, "decidedOn", d.decidedOn());
                field(g, "inWriting", d.inWriting());
                field(g, "outcome", d.outcome() == null ? null : d.outcome().name());
                field(g, "reasonsGiven", d.reasonsGiven());
                field(g, "consulted", d.consulted());
                g.writeEndObject();
            }
            field(g, "asOf", r.asOf());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void field(JsonGenerator g, String name, Object value) throws IOException {
        if (value instanceof Boolean b) {
            g.writeBooleanField(name, b);
        } else if (value != null) {
            g.writeStringField(name, value.toString());
        }
    }

    // --- the artefact's files ----------------------------------------------------------------------------------

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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    private static Map<String, Object> parse(String json) {
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            return map(value(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NULL -> {
                return null;
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            default -> {
                return p.getNumberValue();
            }
        }
    }
}
