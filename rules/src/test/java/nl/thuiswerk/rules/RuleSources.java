package nl.thuiswerk.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules' source tree as the tests and the generated files read it, independently of the library's own reading:
 * the versions (one file each under {@code versions/}), the packages each decides with (the shared criteria and
 * outcome, and its kind's), their codes and sources, and their DRL rules with the version's parameters filled in.
 */
final class RuleSources {

    /** The root of the rules' sources, from the rules module's directory. */
    static final Path ROOT = Path.of("src/main/resources/nl/thuiswerk/rules");
    /** The directories of the packages every version shares, in the order the library reads them. */
    static final List<String> SHARED = List.of("criteria", "outcome");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private RuleSources() {
    }

    /** A rule as its DRL declares it, or as a version names it once its placeholders are filled in. */
    record DeclaredRule(String file, String name, String code, String source) {
    }

    /** Every version's metadata, by its first day. */
    static List<JsonNode> versions() throws IOException {
        return versions(ROOT);
    }

    static List<JsonNode> versions(Path root) throws IOException {
        List<JsonNode> versions = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve("versions"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                versions.add(JSON.readTree(f.toFile()));
            }
        }
        versions.sort(Comparator.comparing(v -> v.get("validFrom").asText()));
        return versions;
    }

    /** The directories of a version's rule packages, relative to the root. */
    static List<String> packages(JsonNode version) {
        List<String> packages = new ArrayList<>(SHARED);
        packages.add("kinds/" + version.get("kind").asText());
        return packages;
    }

    /** The rule package names of a version. */
    static List<String> packageNames(JsonNode version) {
        return packages(version).stream().map(p -> "nl.thuiswerk.rules." + p.replace('/', '.')).toList();
    }

    /** The files of a version's packages with the given ending, relative to the root, each package's in name order. */
    static List<String> files(JsonNode version, String ending) throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : packages(version)) {
            try (Stream<Path> files = Files.list(ROOT.resolve(pkg))) {
                files.filter(p -> p.toString().endsWith(ending)).map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                        .sorted().forEach(found::add);
            }
        }
        return found;
    }

    /** The metadata a version's codes and sources come from: its packages' JSON files, then its own. */
    private static List<JsonNode> metadata(JsonNode version) throws IOException {
        List<JsonNode> metadata = new ArrayList<>();
        for (String file : files(version, ".json")) {
            metadata.add(JSON.readTree(ROOT.resolve(file).toFile()));
        }
        metadata.add(version);
        return metadata;
    }

    /** A version's codes, in the order decisions list them. */
    static Map<String, JsonNode> codes(JsonNode version) throws IOException {
        Map<String, JsonNode> codes = new LinkedHashMap<>();
        for (JsonNode file : metadata(version)) {
            file.path("codes").forEach(c -> codes.put(c.get("code").asText(), c));
        }
        return codes;
    }

    /** The documents a version's codes are quoted from. */
    static Map<String, JsonNode> sources(JsonNode version) throws IOException {
        Map<String, JsonNode> sources = new LinkedHashMap<>();
        for (JsonNode file : metadata(version)) {
            file.path("sources").forEach(s -> sources.put(s.get("id").asText(), s));
        }
        return sources;
    }

    /** The rules a version decides with, as it names them: placeholders filled in from its parameters. */
    static List<DeclaredRule> rules(JsonNode version) throws IOException, DroolsParserException {
        List<DeclaredRule> rules = new ArrayList<>();
        for (String file : files(version, ".drl")) {
            for (DeclaredRule r : declaredRules(file, Files.readString(ROOT.resolve(file)))) {
                rules.add(new DeclaredRule(r.file(), fill(r.name(), version, false), fill(r.code(), version, false),
                        fill(r.source(), version, true)));
            }
        }
        return rules;
    }

    /** Each {@code {parameter}} replaced by the version's value of it, or, for a rule's source, by its source. */
    static String fill(String text, JsonNode version, boolean source) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            JsonNode p = version.path("parameters").path(m.group(1));
            if (p.isMissingNode()) {
                throw new IllegalStateException(version.get("id").asText() + " gives no parameter " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(p.get(source ? "source" : "value").asText()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The rules of a DRL text as written, with their {@code @code} and {@code @source}. */
    static List<DeclaredRule> declaredRules(String file, String drl) throws DroolsParserException {
        DrlParser parser = new DrlParser();
        PackageDescr pkg = parser.parse(false, drl);
        if (parser.hasErrors()) {
            throw new IllegalStateException(file + " does not parse: " + parser.getErrors());
        }
        List<DeclaredRule> rules = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            rules.add(new DeclaredRule(file, rule.getName(), value(rule, "code"), value(rule, "source")));
        }
        return rules;
    }

    private static String value(RuleDescr rule, String name) {
        var annotation = rule.getAnnotation(name);
        if (annotation == null || annotation.getSingleValueAsString() == null) {
            return null;
        }
        String v = annotation.getSingleValueAsString().replace("\"", "").trim();
        return v.isEmpty() ? null : v;
    }

    /** Every DRL file of the rules, at any depth, relative to the root. */
    static List<String> allDrlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".drl")).map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
