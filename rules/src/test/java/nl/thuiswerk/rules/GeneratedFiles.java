package nl.thuiswerk.rules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The build's generate step for the files made from the rules, their metadata, the scenarios and what the library
 * answers: it writes each into {@code target/generated-files/}, where {@code GeneratedFilesTest} compares it with the
 * checked-in copy. Run by the rules module's build after its test classes are compiled (exec-maven-plugin, phase
 * {@code process-test-classes}), in the module's directory. No test writes a checked-in file: with
 * {@code -Dthuiswerk.writeDocs=true} this step also refreshes the checked-in copies, which is the documented command
 * {@code mvn -o -B -pl rules -am process-test-classes -Dthuiswerk.writeDocs=true}.
 */
public final class GeneratedFiles {

    /** Where the generate step writes, relative to the rules module. */
    static final Path OUT = Path.of("target/generated-files");

    /** A generated file: its name under {@link #OUT}, its checked-in copy, and how it is made. */
    record Generated(String name, Path checkedIn, Callable<String> make) {
    }

    /**
     * In the order they are made: the trace first, as the catalogue's fingerprint in docs/versions.md covers the
     * trace the library reads.
     */
    static List<Generated> files() {
        return List.of(
                new Generated("trace.json", RuleSources.ROOT.resolve("trace.json"), TraceabilityTest::traceJson),
                new Generated("wfw-trace.json", RuleSources.ROOT.resolve("wfw/trace.json"), RequestTrace::traceJson),
                new Generated("criteria.md", Path.of("../docs/criteria.md"), TraceabilityTest::generate),
                new Generated("versions.md", Path.of("../docs/versions.md"), TraceabilityTest::versionsDoc),
                new Generated("explanations.md", Path.of("../docs/explanations.md"), ExplanationsDoc::generate),
                new Generated("security.md", HostileInputTest.DOC, HostileInputTest::securityDoc),
                new Generated("request-traceability.md", Path.of("../docs/request-traceability.md"), RequestTrace::doc));
    }

    private GeneratedFiles() {
    }

    public static void main(String[] args) throws Exception {
        boolean refresh = Boolean.getBoolean("thuiswerk.writeDocs");
        Files.createDirectories(OUT);
        for (Generated file : files()) {
            String made = file.make().call();
            Files.writeString(OUT.resolve(file.name()), made, StandardCharsets.UTF_8);
            if (refresh) {
                Files.writeString(file.checkedIn(), made, StandardCharsets.UTF_8);
                if (file.name().endsWith("trace.json")) {
                    // the library reads the trace from the class path: the files after it see the refreshed one
                    Files.writeString(Path.of("target/classes/nl/thuiswerk/rules")
                            .resolve(RuleSources.ROOT.relativize(file.checkedIn())), made, StandardCharsets.UTF_8);
                }
                System.out.println("refreshed " + file.checkedIn().normalize());
            }
        }
    }
}
