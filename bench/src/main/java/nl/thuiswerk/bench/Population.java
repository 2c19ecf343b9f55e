package nl.thuiswerk.bench;

import nl.thuiswerk.Case;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.CaseGenerator;
import nl.thuiswerk.oracle.Oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed population every benchmark decides: {@link CaseGenerator} with a fixed seed, keeping the cases that a
 * version covers (the generator also draws days without one, which are refusals and not decisions).
 */
public final class Population {

    public static final long SEED = 20210218L;

    private Population() {
    }

    /** The first {@code size} cases in force drawn from the seed. */
    public static Case[] inForce(int size) {
        CaseGenerator generator = new CaseGenerator(SEED);
        List<Case> cases = new ArrayList<>(size);
        while (cases.size() < size) {
            Case c = generator.next();
            if (isInForce(c)) {
                cases.add(c);
            }
        }
        return cases.toArray(Case[]::new);
    }

    /** Whether a phase of the advice covers the case's date. */
    public static boolean isInForce(Case c) {
        return Oracle.PHASES.stream().anyMatch(p -> !c.referenceDate().isBefore(p.from())
                && !c.referenceDate().isAfter(p.to()));
    }

    /** Each case as one line of the JSON contract (its canonical text). */
    public static String[] jsonLines(Case[] cases) {
        String[] lines = new String[cases.length];
        for (int i = 0; i < cases.length; i++) {
            lines[i] = ThuiswerkJson.write(cases[i]);
        }
        return lines;
    }
}
