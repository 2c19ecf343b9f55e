package nl.thuiswerk.flink;

import nl.thuiswerk.Case;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.CaseGenerator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated population as JSON Lines, for measuring the job's throughput (see the README):
 * {@code WritePopulation FILE SIZE [SEED]}. The same seed gives the same file. Only cases dated within a rule-set
 * version are kept: the generator also draws dates outside them, which are answered at once with
 * {@code NO_RULESET_IN_FORCE} and would flatter the figures.
 */
public final class WritePopulation {

    private WritePopulation() {
    }

    private static boolean inForce(HomeWorkingAdvisor advisor, Case aCase) {
        try {
            advisor.ruleSetFor(aCase.referenceDate());
            return true;
        } catch (DecisionException e) {
            return false;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: WritePopulation FILE SIZE [SEED]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2021L;
        CaseGenerator generator = new CaseGenerator(seed);
        HomeWorkingAdvisor advisor = HomeWorkingAdvisor.create();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int written = 0;
            while (written < size) {
                Case next = generator.next();
                if (inForce(advisor, next)) {
                    out.write(ThuiswerkJson.write(next));
                    out.write('\n');
                    written++;
                }
            }
        }
        System.err.println("wrote " + size + " cases to " + file);
    }
}
