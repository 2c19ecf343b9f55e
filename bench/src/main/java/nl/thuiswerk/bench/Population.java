package nl.thuiswerk.bench;

import nl.thuiswerk.Case;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.WorkplaceRequest;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.CaseGenerator;
import nl.thuiswerk.oracle.Oracle;
import nl.thuiswerk.oracle.RequestGenerator;

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

    /** The seed of the population of Wfw requests. */
    public static final long REQUEST_SEED = 20220802L;

    /**
     * The first {@code size} requests drawn from {@link RequestGenerator} with {@link #REQUEST_SEED} that the library
     * assesses (valid, submitted on or after 2016-01-01): assessments, not refusals.
     */
    public static WorkplaceRequest[] requests(int size, HomeWorkingAdvisor advisor) {
        RequestGenerator generator = new RequestGenerator(REQUEST_SEED);
        List<WorkplaceRequest> requests = new ArrayList<>(size);
        while (requests.size() < size) {
            WorkplaceRequest r = generator.next();
            if (!r.submittedOn().isBefore(RequestGenerator.FIRST_DAY) && advisor.validate(r).isEmpty()) {
                requests.add(r);
            }
        }
        return requests.toArray(WorkplaceRequest[]::new);
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
