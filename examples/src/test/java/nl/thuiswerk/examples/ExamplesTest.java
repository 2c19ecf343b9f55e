package nl.thuiswerk.examples;

import nl.thuiswerk.HomeWorkingAdvisor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ExamplesTest {

    @Test
    void the_hr_system_reports_every_employee_with_outcome_reasons_and_what_to_fix() {
        // given
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // when
        new HrSystem(HomeWorkingAdvisor.create())
                .report(HrSystem.employees(), LocalDate.of(2021, 3, 15), Locale.ENGLISH,
                        new PrintStream(out, true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);

        // then
        assertThat(report).contains("E-1001 A. de Vries: ON_SITE, at most 100% on site (rule set 2021-02-18)");
        assertThat(report).contains("E-1002 B. Jansen: PARTLY_ON_SITE, at most 67% on site");
        assertThat(report).contains("condition CORONA_MEASURES_UNCONFIRMED");
        assertThat(report).contains("E-1003 C. Bakker: PARTLY_ON_SITE, at most 40% on site");
        assertThat(report).contains("because MENTAL_HEALTH");
        assertThat(report).contains("E-1004 D. Visser: HOME, at most 0% on site");
        assertThat(report).contains("condition HOME_WORKPLACE_TO_BE_MADE_ADEQUATE");
        assertThat(report).contains("E-1005 E. Smit: not decided, INVALID_INPUT")
                .contains("fix job.tasks[0].hoursPerWeek: must be at most 80");
    }

    @Test
    void the_readme_shows_the_java_example_that_the_build_compiles_and_runs() throws Exception {
        // given the example between the markers, without its indentation
        String source = Files.readString(Path.of("src/main/java/nl/thuiswerk/examples/ReadmeExample.java"));
        String block = source.substring(source.indexOf("// README:begin\n") + "// README:begin\n".length(),
                source.indexOf("        // README:end"));
        String snippet = block.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .collect(Collectors.joining("\n"));
        String readme = Files.readString(Path.of("../README.md"));

        // when it runs
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            ReadmeExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }

        // then the README holds it verbatim and it prints what its comment says
        assertThat(readme).contains(snippet);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("PARTLY_ON_SITE 0.6667\nNATURE_OF_WORK: ");
    }
}
