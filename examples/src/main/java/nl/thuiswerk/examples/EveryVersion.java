package nl.thuiswerk.examples;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.RuleSetInfo;
import nl.thuiswerk.json.ThuiswerkJson;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an auditor asks of a population: how each case is decided under every rule-set version, in Dutch and in
 * English. Reads a JSON Lines file of cases and prints one answer (a decision or an error) per case, version and
 * language, in that order.
 *
 * <pre>{@code java -cp … nl.thuiswerk.examples.EveryVersion examples/cases/cases.jsonl}</pre>
 */
public final class EveryVersion {

    private EveryVersion() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (String answer : answers(HomeWorkingAdvisor.create(), Path.of(args[0]))) {
            out.println(answer);
        }
        out.flush();
    }

    /** Every case of the file under every version, each in Dutch and in English. */
    public static List<String> answers(HomeWorkingAdvisor advisor, Path cases) throws IOException {
        List<String> answers = new ArrayList<>();
        for (String line : Files.readAllLines(cases, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            for (RuleSetInfo version : advisor.ruleSets()) {
                for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
                    answers.add(version.id() + " " + locale.getLanguage() + " " + ThuiswerkJson.answer(line,
                            aCase -> advisor.decideUnder(version.id(), aCase, locale), false).json());
                }
            }
        }
        return answers;
    }
}
