package nl.thuiswerk.examples;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's «Use it from Maven / Gradle» says what the build proves: its Maven snippets are the blocks of the two
 * projects the invoker builds (src/it), with this version; its Gradle lines name the same coordinates; the BOM manages
 * exactly the library's artefacts.
 */
class ReadmeMavenTest {

    private static final String VERSION = System.getProperty("thuiswerk.version");

    private static String readme() throws Exception {
        return Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    }

    /** The lines between the markers of a pom, without their common indentation, with the version filled in. */
    private static String block(Path pom, String begin, String end) throws Exception {
        String text = Files.readString(pom, StandardCharsets.UTF_8);
        String inner = text.substring(text.indexOf(begin) + begin.length(), text.indexOf(end));
        List<String> lines = inner.lines().filter(l -> !l.isBlank() && !l.contains("README:")).toList();
        int indent = lines.stream().mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.substring(indent)).collect(Collectors.joining("\n"))
                .replace("@project.version@", VERSION);
    }

    @Test
    void the_readme_shows_the_dependency_the_consumer_project_is_built_with() throws Exception {
        String snippet = block(Path.of("src/it/consumer/pom.xml"), "<!-- README:begin -->", "<!-- README:end -->");
        assertThat(VERSION).isNotBlank();
        assertThat(snippet).contains("<artifactId>thuiswerk-rules</artifactId>", "<version>" + VERSION + "</version>");
        assertThat(readme()).contains("```xml\n" + snippet + "\n```");
    }

    @Test
    void the_readme_shows_the_bom_import_the_second_consumer_project_is_built_with() throws Exception {
        String snippet = block(Path.of("src/it/consumer-bom/pom.xml"), "<!-- README:bom:begin -->", "<!-- README:bom:end -->");
        assertThat(snippet).contains("<artifactId>thuiswerk-bom</artifactId>", "<scope>import</scope>");
        assertThat(readme()).contains("```xml\n" + snippet + "\n```");
    }

    @Test
    void the_readme_names_the_same_coordinates_for_gradle_and_says_how_to_install_locally() throws Exception {
        String readme = readme();
        assertThat(readme).contains("implementation(\"nl.thuiswerk:thuiswerk-rules:" + VERSION + "\")")
                .contains("platform(\"nl.thuiswerk:thuiswerk-bom:" + VERSION + "\")")
                .contains("mvn -B install -DskipTests").contains("not yet on Maven Central")
                .contains("version `" + VERSION + "`");
    }

    @Test
    void the_bom_manages_the_library_artefacts_and_nothing_else() throws Exception {
        String bom = Files.readString(Path.of("../bom/pom.xml"), StandardCharsets.UTF_8);
        Matcher managed = Pattern.compile("<artifactId>([^<]+)</artifactId>\\s*<version>\\$\\{project.version}</version>")
                .matcher(bom.substring(bom.indexOf("<dependencyManagement>")));
        List<String> artefacts = managed.results().map(m -> m.group(1)).toList();
        assertThat(artefacts).containsExactly("thuiswerk-core", "thuiswerk-rules");
        assertThat(bom.substring(bom.indexOf("<dependencyManagement>"))).doesNotContain("<scope>import</scope>");
    }
}
