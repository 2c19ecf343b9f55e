package nl.thuiswerk.rules.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.thuiswerk.Assessment;
import nl.thuiswerk.Assumption;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.Evidence;
import nl.thuiswerk.EvidenceLevel;
import nl.thuiswerk.LawSource;
import nl.thuiswerk.RequestReason;
import nl.thuiswerk.RequestStatus;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.Source;
import nl.thuiswerk.WorkplaceRequest;
import nl.thuiswerk.facts.requests.Deadline;
import nl.thuiswerk.facts.requests.Employee;
import nl.thuiswerk.facts.requests.Employer;
import nl.thuiswerk.facts.requests.EmployerDecision;
import nl.thuiswerk.facts.requests.Period;
import nl.thuiswerk.facts.requests.RequestDates;
import nl.thuiswerk.facts.requests.Settles;
import nl.thuiswerk.facts.requests.Submission;
import nl.thuiswerk.internal.Metadata;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A test-only harness that runs the drafted rules of the {@code wfw-*} versions, as phase 1 of issue 15 has no engine
 * for requests yet: it reads {@code wfw/versions.json} and each version's {@code ruleset.json}, builds the version's
 * KieBase from the executable-model classes the KIE plugin generated (as the engine's ModelIndex does), inserts the
 * request's facts, fires, and reads the outcome from what the rules derived and which rules fired. Phase 2 replaces
 * it with the engine; what it checks here (one status, at most one deadline, every code in the metadata, every rule
 * citing its code's provision) the engine must check too.
 */
public final class RequestRules {

    static final String ROOT = "nl/thuiswerk/rules/";
    static final String INDEX = "META-INF/kie/nl.thuiswerk/thuiswerk-rules/drools-model";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A provision of the law a code rests on. */
    record Provision(String id, LawSource source) {
    }

    /** A code of a version, with its kind and provision. */
    record Code(String code, String kind, String provision) {
    }

    /** One version: its metadata and its compiled rules. */
    record Version(String id, String title, LocalDate validFrom, LocalDate validTo, List<String> packages,
                   Map<String, Provision> provisions, Map<String, Code> codes, List<String> assumptions,
                   RuleSetInfo info, KieBase kieBase, KieSessionsPool sessions) {

        boolean covers(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /** A rule that fired, as its metadata names it. */
    record Fired(String rule, String code, String source) {
    }

    /**
     * What the rules found for one request.
     *
     * @param codes   the codes of the reasons, each once, in the version's order
     * @param defects the codes of the defects, each once, in the version's order
     */
    record Outcome(Version version, RequestStatus status, LocalDate deadline, List<String> codes,
                   List<String> defects, List<Fired> fired) {
    }

    private final List<Version> versions;
    private final String beforeFirst;
    private final Map<String, Properties> texts = new LinkedHashMap<>();

    private RequestRules(List<Version> versions, String beforeFirst) {
        this.versions = versions;
        this.beforeFirst = beforeFirst;
        for (String lang : List.of("en", "nl")) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(text(ROOT + "wfw/texts_" + lang + ".properties")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            texts.put(lang, p);
        }
    }

    private static volatile RequestRules shared;

    /** The harness over the built rules, built once per test JVM. */
    public static RequestRules get() {
        RequestRules r = shared;
        if (r == null) {
            synchronized (RequestRules.class) {
                r = shared;
                if (r == null) {
                    r = load();
                    shared = r;
                }
            }
        }
        return r;
    }

    static RequestRules load() {
        JsonNode index = json(ROOT + "wfw/versions.json");
        List<String> modelClasses = text(INDEX).lines().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version")).toList();
        List<Version> versions = new ArrayList<>();
        for (JsonNode folder : index.get("versions")) {
            versions.add(version(folder.asText(), modelClasses));
        }
        return new RequestRules(versions, index.get("withoutRuleSet").get(0).get("reason").asText());
    }

    List<Version> versions() {
        return versions;
    }

    Version version(String id) {
        return versions.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private static Version version(String folder, List<String> modelClasses) {
        JsonNode meta = json(ROOT + folder + "/ruleset.json");
        List<String> packages = new ArrayList<>();
        meta.get("packages").forEach(p -> packages.add(p.asText()));
        Map<String, Provision> provisions = new LinkedHashMap<>();
        for (JsonNode p : meta.get("provisions")) {
            provisions.put(p.get("id").asText(), new Provision(p.get("id").asText(), new LawSource(
                    p.get("law").asText(), p.get("article").asText(), p.get("lid").isNull() ? null : p.get("lid").asText(),
                    p.get("url").asText(), p.get("quote").asText())));
        }
        Map<String, Code> codes = new LinkedHashMap<>();
        for (JsonNode c : meta.get("codes")) {
            Code code = new Code(c.get("code").asText(), c.get("kind").asText(), c.get("source").asText());
            if (!provisions.containsKey(code.provision())) {
                throw new IllegalStateException(folder + ": code " + code.code() + " cites an unknown provision");
            }
            codes.put(code.code(), code);
        }
        List<String> assumptions = new ArrayList<>();
        meta.get("assumptions").forEach(a -> assumptions.add(a.asText()));
        List<Source> cited = new ArrayList<>();
        for (JsonNode s : meta.get("sources")) {
            cited.add(new Source(s.get("id").asText(), s.get("title").asText(), s.get("url").asText(), null));
        }
        JsonNode evidence = meta.get("evidence");
        RuleSetInfo info = new RuleSetInfo(meta.get("id").asText(), meta.get("title").asText(),
                LocalDate.parse(meta.get("validFrom").asText()),
                meta.get("validTo").isNull() ? null : LocalDate.parse(meta.get("validTo").asText()), null, cited,
                null, new Evidence(EvidenceLevel.valueOf(evidence.get("date").get("level").asText()),
                EvidenceLevel.valueOf(evidence.get("wording").get("level").asText()),
                evidence.get("date").get("source").asText(), evidence.get("wording").get("source").asText()));
        List<Model> models = new ArrayList<>();
        for (String pkg : packages) {
            String className = modelClasses.stream()
                    .filter(n -> n.lastIndexOf('.') == pkg.length() && n.startsWith(pkg)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no executable model for " + pkg));
            try {
                models.add((Model) Class.forName(className).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(className, e);
            }
        }
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models);
        for (var pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String code = Metadata.string(rule.getMetaData().get("code"));
                String source = Metadata.string(rule.getMetaData().get("source"));
                if (code == null || !codes.containsKey(code)) {
                    throw new IllegalStateException(folder + ": rule \"" + rule.getName() + "\" has no code of the version");
                }
                if (!codes.get(code).provision().equals(source)) {
                    throw new IllegalStateException(folder + ": rule \"" + rule.getName() + "\" cites " + source
                            + " for " + code + ", whose provision is " + codes.get(code).provision());
                }
            }
        }
        return new Version(meta.get("id").asText(), meta.get("title").asText(), info.validFrom(), info.validTo(),
                packages, provisions, codes, assumptions, info, kieBase, kieBase.newKieSessionsPool(2));
    }

    /** The version in force on the day the request was submitted. */
    Version versionFor(WorkplaceRequest request) {
        return versions.stream().filter(v -> v.covers(request.submittedOn())).findFirst()
                .orElseThrow(() -> new DecisionException(ErrorCode.NO_RULESET_IN_FORCE, request.requestId(),
                        "No rule set is in force on " + request.submittedOn() + ", the day the request was submitted: "
                                + beforeFirst + ".", List.of()));
    }

    /** Runs the version in force on the day of submission over a valid request. */
    Outcome run(WorkplaceRequest request) {
        Version version = versionFor(request);
        List<Fired> fired = new ArrayList<>();
        KieSession session = version.sessions().newKieSession();
        DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                Rule rule = event.getMatch().getRule();
                fired.add(new Fired(rule.getName(), Metadata.string(rule.getMetaData().get("code")),
                        Metadata.string(rule.getMetaData().get("source"))));
            }
        };
        List<Object> derived;
        try {
            session.addEventListener(listener);
            facts(request).forEach(session::insert);
            int firings = session.fireAllRules(100);
            if (firings >= 100) {
                throw new IllegalStateException("the rules of " + version.id() + " fired 100 times: a loop");
            }
            derived = new ArrayList<>(session.getObjects());
        } finally {
            session.removeEventListener(listener);
            session.dispose();
        }
        Set<RequestStatus> statuses = new TreeSet<>();
        List<LocalDate> deadlines = new ArrayList<>();
        for (Object o : derived) {
            if (o instanceof Settles s && s.status() != null) {
                statuses.add(s.status());
            }
            if (o instanceof Deadline d) {
                deadlines.add(d.date());
            }
        }
        if (statuses.size() != 1 || deadlines.size() > 1) {
            throw new IllegalStateException(version.id() + " settled " + statuses + " with deadlines " + deadlines);
        }
        Set<String> firedCodes = new TreeSet<>();
        fired.forEach(f -> firedCodes.add(f.code()));
        List<String> codes = new ArrayList<>();
        List<String> defects = new ArrayList<>();
        for (Code c : version.codes().values()) {
            if (firedCodes.contains(c.code())) {
                (c.kind().equals("DEFECT") ? defects : codes).add(c.code());
            }
        }
        fired.sort(Comparator.comparing(Fired::rule));
        return new Outcome(version, statuses.iterator().next(), deadlines.isEmpty() ? null : deadlines.get(0),
                List.copyOf(codes), List.copyOf(defects), List.copyOf(fired));
    }

    /** The input facts of a request, with the contract's defaults for what it does not state. */
    static List<Object> facts(WorkplaceRequest r) {
        List<Object> facts = new ArrayList<>(4);
        facts.add(new Submission(r.submittedOn(), r.inWriting(), r.intendedStart(), r.until(),
                Boolean.TRUE.equals(r.unforeseenCircumstances()), r.previousDecisionOn(), r.asOf()));
        facts.add(new Employee(r.employee().employment().stream().map(p -> new Period(p.from(), p.to())).toList(),
                Boolean.TRUE.equals(r.employee().parentOfChildUnder8()), Boolean.TRUE.equals(r.employee().caregiver())));
        facts.add(new Employer(r.employer().employees(), Boolean.TRUE.equals(r.employer().deviatingArrangement())));
        if (r.decision() != null) {
            var d = r.decision();
            facts.add(new EmployerDecision(d.decidedOn(), d.inWriting(), d.outcome(), d.reasonsGiven(), d.consulted()));
        }
        return facts;
    }

    /** The whole assessment, worded in the language asked for; no whatWouldChange and no receipt yet (phase 2). */
    Assessment assess(WorkplaceRequest request, Locale locale) {
        Outcome o = run(request);
        Properties t = texts.get(locale.getLanguage());
        List<RequestReason> reasons = new ArrayList<>();
        List<RequestReason> defects = new ArrayList<>();
        for (String code : o.codes()) {
            reasons.add(reason(o, code, t, request));
        }
        for (String code : o.defects()) {
            defects.add(reason(o, code, t, request));
        }
        List<Assumption> assumptions = new ArrayList<>();
        for (String path : o.version().assumptions()) {
            if (stated(request, path) == null) {
                assumptions.add(new Assumption(path, "false", t.getProperty("assumption." + path)));
            }
        }
        return new Assessment(request.requestId(), o.status(), o.deadline(), reasons, defects, assumptions, List.of(),
                o.version().info(), null);
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

    private static RequestReason reason(Outcome o, String code, Properties texts, WorkplaceRequest r) {
        Code c = o.version().codes().get(code);
        LawSource source = o.version().provisions().get(c.provision()).source();
        String rule = o.fired().stream().filter(f -> f.code().equals(code)).map(Fired::rule).findFirst().orElseThrow();
        String template = texts.getProperty(code);
        if (template == null) {
            throw new IllegalStateException("no text for " + code);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("employees", String.valueOf(r.employer().employees()));
        values.put("submittedOn", String.valueOf(r.submittedOn()));
        values.put("intendedStart", String.valueOf(r.intendedStart()));
        values.put("lastDayToSubmit", String.valueOf(RequestDates.lastDayToSubmit(r.intendedStart())));
        values.put("previousDecisionOn", String.valueOf(r.previousDecisionOn()));
        values.put("nextRequestFrom", r.previousDecisionOn() == null ? "null"
                : String.valueOf(RequestDates.nextRequestFrom(r.previousDecisionOn())));
        values.put("deadline", String.valueOf(o.deadline()));
        values.put("decidedOn", r.decision() == null ? "null" : String.valueOf(r.decision().decidedOn()));
        values.put("until", String.valueOf(r.until()));
        values.put("lid", String.valueOf(source.lid()));
        if (code.startsWith("TENURE")) {
            List<Period> periods = r.employee().employment().stream().map(p -> new Period(p.from(), p.to())).toList();
            values.put("tenureDays", String.valueOf(RequestDates.tenureDays(periods, r.intendedStart())));
        }
        String text = template;
        for (var e : values.entrySet()) {
            text = text.replace("{" + e.getKey() + "}", e.getValue());
        }
        return new RequestReason(code, rule, text, source);
    }

    static JsonNode json(String resource) {
        try {
            return JSON.readTree(text(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        try (InputStream in = RequestRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
