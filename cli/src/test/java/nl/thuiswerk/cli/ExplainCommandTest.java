package nl.thuiswerk.cli;

import nl.thuiswerk.json.ThuiswerkJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ExplainCommandTest {

    /** The contract's example without a worker: the explanation then also has assumptions to list. */
    static final String TEACHER = "{\"caseId\":\"teacher-7\",\"referenceDate\":\"2021-03-15\",\"job\":{\"title\":"
            + "\"Teacher, secondary school\",\"tasks\":[{\"name\":\"Teaching in class\",\"hoursPerWeek\":24,"
            + "\"needs\":[\"PHYSICAL_PRESENCE\"]},{\"name\":\"Preparing lessons\",\"hoursPerWeek\":12}]},"
            + "\"onSiteWorkplace\":{\"meetsCoronaMeasures\":true}}";

    @TempDir
    Path dir;

    @Test
    void explains_the_outcome_its_reasons_sources_assumptions_and_what_would_change_in_english() throws IOException {
        // given the teacher's case in a file
        Path file = write("teacher.json", TEACHER);

        // when it is explained in English
        CliRunner.Run run = CliRunner.run("explain", "--lang", "en", file.toString());

        // then the text names the outcome and share, the reason with its quoted source, the assumptions, what would
        // change the outcome, and ends saying that the advice decides nothing by itself
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.stderr()).isEmpty();
        List<String> lines = run.lines();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("partly on site").contains("66.67%"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Teaching in class").contains("only be done on site"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Source").contains("«In veel sectoren"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Assum"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("(worker.homeWorkplace)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("What would change"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("“Teaching in class” could be done from home"));
        assertThat(lines.get(lines.size() - 1)).contains("decides nothing by itself");
    }

    @Test
    void writes_the_text_with_unix_line_ends_ending_in_one() throws IOException {
        // given the teacher's case in a file
        Path file = write("teacher.json", TEACHER);

        // when it is explained
        CliRunner.Run run = CliRunner.run("explain", "--lang", "en", file.toString());

        // then every line ends in \n alone, the last one too, and the text is the library's own
        assertThat(run.stdout()).endsWith("\n").doesNotContain("\r").doesNotEndWith("\n\n");
        String library = CliRunner.advisor().explain(ThuiswerkJson.readCase(TEACHER), Locale.ENGLISH);
        assertThat(run.lines()).isEqualTo(library.lines().toList());
    }

    @Test
    void explains_in_dutch_by_default() throws IOException {
        // given the teacher's case in a file
        Path file = write("teacher.json", TEACHER);

        // when it is explained without a language, and with --lang nl
        CliRunner.Run byDefault = CliRunner.run("explain", file.toString());
        CliRunner.Run dutch = CliRunner.run("explain", "--lang", "nl", file.toString());

        // then both are the same Dutch text, with a decimal comma
        assertThat(byDefault.exitCode()).isEqualTo(0);
        assertThat(byDefault.stdout()).isEqualTo(dutch.stdout());
        assertThat(byDefault.lines()).anySatisfy(l -> assertThat(l).contains("deels op locatie").contains("66,67%"));
        assertThat(byDefault.lines().get(byDefault.lines().size() - 1)).contains("beslist zelf niets");
        assertThat(byDefault.stdout()).doesNotContain("66.67%");
    }

    @Test
    void reads_the_case_from_stdin_when_the_file_is_a_dash() throws IOException {
        // given the teacher's case on stdin
        // when explain reads -
        CliRunner.Run run = CliRunner.runWithStdin(TEACHER, "explain", "--lang", "en", "-");

        // then it is explained as from a file
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.stdout()).isEqualTo(
                CliRunner.run("explain", "--lang", "en", write("teacher.json", TEACHER).toString()).stdout());
    }

    @Test
    void an_invalid_case_exits_one_with_each_problem_on_stderr_and_nothing_on_stdout() throws IOException {
        // given a case with a task of zero hours
        Path file = write("invalid.json", TEACHER.replace("\"hoursPerWeek\":12", "\"hoursPerWeek\":0"));

        // when it is explained
        CliRunner.Run run = CliRunner.run("explain", "--lang", "en", file.toString());

        // then the user reads what is wrong, with the problem's path, and stdout stays empty
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        List<String> errors = run.stderr().lines().toList();
        assertThat(errors.get(0)).startsWith("thuiswerk explain: case teacher-7 cannot be explained");
        assertThat(errors).anySatisfy(l -> assertThat(l).startsWith("  job.tasks[1].hoursPerWeek: "));
        assertThat(run.stderr()).doesNotContain("\tat ").doesNotContain("{\"error\"");
    }

    @Test
    void malformed_json_exits_one_with_the_reason_on_stderr() {
        // given text that is not JSON
        // when it is explained
        CliRunner.Run run = CliRunner.runWithStdin("{\"caseId\": ", "explain", "--lang", "en", "-");

        // then the user reads that it is malformed, and stdout stays empty
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).startsWith("thuiswerk explain: ").contains("The JSON is malformed at line 1");
    }

    @Test
    void a_date_without_a_rule_set_in_force_exits_one_naming_the_date() {
        // given the teacher on a date before the first rule set
        String early = TEACHER.replace("2021-03-15", "2020-06-01");

        // when it is explained
        CliRunner.Run run = CliRunner.runWithStdin(early, "explain", "--lang", "en", "-");

        // then nothing is explained and the user reads that no rule set was in force then
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("2020-06-01");
    }

    @Test
    void a_date_after_the_lapse_is_explained_in_dutch_in_whole_sentences_with_lang_nl() {
        // given the teacher in 2026, long after the advice lapsed
        String late = TEACHER.replace("2021-03-15", "2026-01-05");

        // when it is explained in Dutch
        CliRunner.Run run = CliRunner.runWithStdin(late, "explain", "--lang", "nl", "-");

        // then the one line is Dutch from its first word to its last, and ends a sentence
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr().lines().toList()).singleElement().satisfies(line -> {
            assertThat(line).startsWith("thuiswerk explain: casus teacher-7 kan niet uitgelegd worden: Op 2026-01-05 "
                    + "geldt geen regelset: het thuiswerkadvies verviel op 15 maart 2022")
                    .endsWith("De laatste versie is 2022-02-15 («Werk maximaal de helft van de werktijd op kantoor», "
                            + "geldig tot en met 2022-03-14).");
            assertThat(line.replaceAll("«[^»]*»", "")).doesNotContainPattern(
                    "\\b(the|is not|version|rule set|lapsed|since|last|until|cannot)\\b");
        });
    }

    @Test
    void a_missing_file_exits_two_with_one_line_naming_it() {
        // given a file that does not exist
        String missing = dir.resolve("no-such-case.json").toString();

        // when it is explained
        CliRunner.Run run = CliRunner.run("explain", "--lang", "en", missing);

        // then it is a file error, as elsewhere
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).isEqualTo("thuiswerk explain: cannot read " + missing + ": no such file\n");
    }

    @Test
    void a_language_without_texts_is_wrong_usage() {
        // given a language the rules have no texts in
        // when it is asked for
        CliRunner.Run run = CliRunner.runWithStdin(TEACHER, "explain", "--lang", "de", "-");

        // then it is a usage error
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("Usage: thuiswerk explain");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
