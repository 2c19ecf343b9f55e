package nl.thuiswerk.examples;

import nl.thuiswerk.HomeWorkingAdvisor;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library's runtime holds no compiler tooling: the executable model was compiled when the rules were built, so
 * an application that depends on thuiswerk-rules gets neither the Java compiler (ecj), nor the DRL parser, nor ANTLR 3
 * or 4, and decides every version all the same, to the byte.
 */
class LeanRuntimeTest {

    /** Written by the build (maven-dependency-plugin, includeScope runtime): this application's runtime class path. */
    static final Path RUNTIME_CLASS_PATH = Path.of("target/runtime-classpath.txt");
    static final String TOOLING = "(ecj|drools-ecj|drools-drl-parser|antlr-runtime|antlr4-runtime)-[0-9].*\\.jar";

    static List<String> runtimeJars() throws Exception {
        return Arrays.asList(Files.readString(RUNTIME_CLASS_PATH, StandardCharsets.UTF_8).strip().split(File.pathSeparator));
    }

    private static List<String> names(List<String> paths) {
        return paths.stream().map(p -> Path.of(p).getFileName().toString()).toList();
    }

    @Test
    void the_runtime_class_path_of_thuiswerk_rules_holds_no_compiler_parser_or_antlr() throws Exception {
        // given what an application inherits
        List<String> jars = names(runtimeJars());

        // then the library is there, and none of the tooling
        assertThat(jars).anyMatch(j -> j.startsWith("thuiswerk-rules-")).anyMatch(j -> j.startsWith("thuiswerk-core-"))
                .anyMatch(j -> j.startsWith("drools-model-compiler-"));
        assertThat(jars).noneMatch(j -> j.matches(TOOLING));
    }

    @Test
    void a_jvm_on_exactly_the_runtime_class_path_decides_every_version_as_a_jvm_with_the_compiler_does() throws Exception {
        // given this JVM, whose test class path has the tooling back (the pom's test dependencies)
        List<String> here = names(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        assertThat(here).as("the comparison is with the compiler on the class path").anyMatch(j -> j.matches(TOOLING))
                .anyMatch(j -> j.startsWith("ecj-")).anyMatch(j -> j.startsWith("antlr-runtime-"));
        Path cases = Path.of("../examples/cases/cases.jsonl");
        HomeWorkingAdvisor advisor = HomeWorkingAdvisor.create();
        List<String> withCompiler = EveryVersion.answers(advisor, cases);

        // when a new JVM decides the same on the runtime class path and nothing else (and this module's classes)
        String classPath = "target/classes" + File.pathSeparator + String.join(File.pathSeparator, runtimeJars());
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, EveryVersion.class.getName(), cases.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        // then it decided every case under every version, in both languages, to the same bytes
        assertThat(process.exitValue()).isZero();
        List<String> lean = out.lines().toList();
        long caseCount = Files.readAllLines(cases).stream().filter(l -> !l.isBlank()).count();
        assertThat(lean).hasSize((int) (caseCount * advisor.ruleSets().size() * 2));
        advisor.ruleSets().forEach(v -> assertThat(lean).anyMatch(l -> l.startsWith(v.id() + " nl {\"caseId\"")
                && l.contains("\"outcome\"")));
        assertThat(lean).isEqualTo(withCompiler);
    }
}
