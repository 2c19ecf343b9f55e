package nl.thuiswerk.examples;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library's jars name their modules (docs/decisions/0004-automatic-module-names.md): on the module path they are
 * nl.thuiswerk.core and nl.thuiswerk.rules, and there, beside Drools' own automatic modules, they decide.
 */
class ModulePathTest {

    @Test
    void the_library_jars_are_the_automatic_modules_nl_thuiswerk_core_and_nl_thuiswerk_rules() throws Exception {
        // given the runtime jars
        Path[] jars = LeanRuntimeTest.runtimeJars().stream().map(Path::of).toArray(Path[]::new);

        // when they are found as modules
        Map<String, ModuleDescriptor> modules = ModuleFinder.of(jars).findAll().stream()
                .map(ModuleReference::descriptor).collect(Collectors.toMap(ModuleDescriptor::name, d -> d));

        // then
        assertThat(modules).containsKeys("nl.thuiswerk.core", "nl.thuiswerk.rules");
        assertThat(modules.get("nl.thuiswerk.core").isAutomatic()).isTrue();
        assertThat(modules.get("nl.thuiswerk.core").packages()).contains("nl.thuiswerk", "nl.thuiswerk.json", "nl.thuiswerk.facts");
        assertThat(modules.get("nl.thuiswerk.rules").packages()).contains("nl.thuiswerk.rules.criteria", "nl.thuiswerk.rules.outcome",
                "nl.thuiswerk.rules.kinds.unless");
    }

    @Test
    void the_readme_example_decides_with_the_library_and_drools_on_the_module_path() throws Exception {
        // given every runtime jar on the module path, the example on the class path
        String modulePath = String.join(File.pathSeparator, LeanRuntimeTest.runtimeJars());

        // when
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath, "--add-modules", "ALL-MODULE-PATH", "-cp", "target/classes",
                ReadmeExample.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        // then
        assertThat(process.exitValue()).isZero();
        assertThat(out).startsWith("PARTLY_ON_SITE 0.6667\nNATURE_OF_WORK: ");
    }
}
