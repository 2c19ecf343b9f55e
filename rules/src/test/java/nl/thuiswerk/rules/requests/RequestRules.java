package nl.thuiswerk.rules.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.thuiswerk.Assessment;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.LawSource;
import nl.thuiswerk.RequestReason;
import nl.thuiswerk.RequestStatus;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.WorkplaceRequest;
import nl.thuiswerk.facts.requests.Employee;
import nl.thuiswerk.facts.requests.Employer;
import nl.thuiswerk.facts.requests.EmployerDecision;
import nl.thuiswerk.facts.requests.Period;
import nl.thuiswerk.facts.requests.Submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The request tests' view of the rules: the versions' metadata as the sources give it ({@code wfw/versions/*.json}),
 * and what the library's {@link HomeWorkingAdvisor#assess} concludes for a request, as the status, the deadline, the
 * codes and defects, and the rules that reported them. Phase 1 ran the rules here itself; the engine does now, with
 * the same checks (one status, at most one deadline, every rule's code one of its version's, citing its provision).
 */
public final class RequestRules {

    static final String ROOT = "nl/thuiswerk/rules/";
    static final Path VERSIONS = Path.of("src/main/resources/nl/thuiswerk/rules/wfw/versions");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A provision of the law a code rests on. */
    record Provision(String id, LawSource source) {
    }

    /** A code of a version, with its kind and provision. */
    record Code(String code, String kind, String provision) {
    }

    /** One version: its metadata. */
    record Version(String id, String title, LocalDate validFrom, LocalDate validTo, String kind,
                   Map<String, Provision> provisions, Map<String, Code> codes, List<String> assumptions,
                   RuleSetInfo info) {

        boolean covers(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /** A rule that reported a code, as its version names it. */
    record Fired(String rule, String code) {
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

    private static final HomeWorkingAdvisor ADVISOR = HomeWorkingAdvisor.create();
    /** The engine behind an advisor, for the many runs that need no key dates (each is a dozen more rule runs). */
    private static final nl.thuiswerk.internal.Engine ENGINE = nl.thuiswerk.internal.Engine.load(
            RequestRules.class.getClassLoader(), Map.of(), false);
    private static volatile RequestRules shared;

    private final List<Version> versions;

    private RequestRules(List<Version> versions) {
        this.versions = versions;
    }

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
        List<Version> versions = new ArrayList<>();
        try (Stream<Path> files = Files.list(VERSIONS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                versions.add(version(JSON.readTree(f.toFile())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RequestRules(versions);
    }

    List<Version> versions() {
        return versions;
    }

    Version version(String id) {
        return versions.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private static Version version(JsonNode meta) {
        String id = meta.get("id").asText();
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
                throw new IllegalStateException(id + ": code " + code.code() + " cites an unknown provision");
            }
            codes.put(code.code(), code);
        }
        List<String> assumptions = new ArrayList<>();
        meta.get("assumptions").forEach(a -> assumptions.add(a.asText()));
        RuleSetInfo info = ADVISOR.requestRuleSets().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
        return new Version(id, meta.get("title").asText(), info.validFrom(), info.validTo(), meta.get("kind").asText(),
                provisions, codes, assumptions, info);
    }

    /** What the library concludes for a valid request, read from its assessment in English. */
    Outcome run(WorkplaceRequest request) {
        Assessment a = ENGINE.requests().assessWithoutKeyDates(request, nl.thuiswerk.internal.Language.EN);
        Version version = version(a.ruleSet().id());
        List<Fired> fired = new ArrayList<>();
        for (RequestReason r : a.reasons()) {
            fired.add(new Fired(r.rule(), r.code()));
        }
        for (RequestReason r : a.defects()) {
            fired.add(new Fired(r.rule(), r.code()));
        }
        return new Outcome(version, a.status(), a.decisionDeadline(), a.codes(),
                a.defects().stream().map(RequestReason::code).toList(), List.copyOf(fired));
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

    /** The whole assessment, as the library gives it. */
    Assessment assess(WorkplaceRequest request, Locale locale) {
        return ADVISOR.assess(request, locale);
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
