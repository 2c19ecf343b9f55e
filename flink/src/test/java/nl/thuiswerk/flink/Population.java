package nl.thuiswerk.flink;

import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.CaseGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Test populations, the answers the library gives them in-process, and the part files a job leaves. */
final class Population {

    /** Lines that cannot be decided, of every kind the contract names; each answered with an error. */
    static final List<String> BAD_LINES = List.of(
            "",
            "{\"caseId\":\"broken-1\",",
            "not json at all",
            "{\"caseId\":\"dup\",\"caseId\":\"dup\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":[{\"name\":\"A\",\"hoursPerWeek\":1}]}}",
            "{\"caseId\":\"neg\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":[{\"name\":\"A\",\"hoursPerWeek\":-1}]}}",
            "{\"caseId\":\"unknown-field\",\"referenceDate\":\"2021-03-15\",\"job\":{\"tasks\":[{\"name\":\"A\",\"hoursPerWeek\":1}]},\"salary\":1}",
            "{\"caseId\":\"after-lapse\",\"referenceDate\":\"2022-05-01\",\"job\":{\"tasks\":[{\"name\":\"A\",\"hoursPerWeek\":1}]}}",
            "[1,2,3]");

    private Population() {
    }

    /** {@code size} generated cases, the same for the same seed, as canonical JSON lines. */
    static List<String> generated(long seed, int size) {
        CaseGenerator generator = new CaseGenerator(seed);
        List<String> lines = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            lines.add(ThuiswerkJson.write(generator.next()));
        }
        return lines;
    }

    /** The answers the library gives in-process, by the library's API alone: what a job's answers are held to. */
    record Answers(List<String> decisions, List<String> errors) {
    }

    /**
     * @param lines the lines of one file, numbered from 1; a blank line gets no answer, as JSON Lines tools skip it
     */
    static Answers answerInProcess(HomeWorkingAdvisor advisor, List<String> lines, Locale locale) {
        List<String> decisions = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            nl.thuiswerk.json.JsonAnswer answer = ThuiswerkJson.answerLine(line.getBytes(StandardCharsets.UTF_8), i + 1,
                    c -> advisor.decide(c, locale), locale);
            (answer.decided() ? decisions : errors).add(answer.json());
        }
        return new Answers(decisions, errors);
    }

    /** The answers to two files: each numbers its own lines. */
    static Answers answerInProcess(HomeWorkingAdvisor advisor, List<String> first, List<String> second, Locale locale) {
        Answers a = answerInProcess(advisor, first, locale);
        Answers b = answerInProcess(advisor, second, locale);
        List<String> decisions = new ArrayList<>(a.decisions());
        decisions.addAll(b.decisions());
        List<String> errors = new ArrayList<>(a.errors());
        errors.addAll(b.errors());
        return new Answers(decisions, errors);
    }

    /** Every line of the committed part files of a directory; files still in progress are hidden and left out. */
    static List<String> linesIn(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (Path file : partFiles(directory)) {
            try {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }

    static List<Path> partFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
