package nl.thuiswerk.rules;

import nl.thuiswerk.Case;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.ThuiswerkJson;
import nl.thuiswerk.oracle.CaseGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** One advisor shared by the threads of an HR system gives every thread the single-threaded answer. */
class ConcurrencyTest {

    static final int THREADS = 8;
    static final int DECISIONS_PER_THREAD = 50_000;

    private static String answer(HomeWorkingAdvisor advisor, Case c) {
        try {
            return ThuiswerkJson.write(advisor.decide(c, Locale.ENGLISH));
        } catch (DecisionException e) {
            return ThuiswerkJson.write(e);
        }
    }

    @Test
    void eight_threads_deciding_fifty_thousand_cases_each_get_the_single_threaded_decisions() throws Exception {
        // given fifty thousand generated cases over every phase, and their answers one at a time
        HomeWorkingAdvisor advisor = HomeWorkingAdvisor.create();
        CaseGenerator generator = new CaseGenerator(8L);
        List<Case> cases = new ArrayList<>(DECISIONS_PER_THREAD);
        for (int i = 0; i < DECISIONS_PER_THREAD; i++) {
            cases.add(generator.next());
        }
        List<Integer> expected = cases.stream().map(c -> answer(advisor, c).hashCode()).toList();
        List<String> expectedSample = cases.subList(0, 100).stream().map(c -> answer(advisor, c)).toList();

        // when eight threads decide them all at once, each in its own order
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<int[]>> runs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t * (DECISIONS_PER_THREAD / THREADS);
            runs.add(pool.submit(() -> {
                int[] different = new int[1];
                for (int i = 0; i < DECISIONS_PER_THREAD; i++) {
                    int k = (i + offset) % DECISIONS_PER_THREAD;
                    String got = answer(advisor, cases.get(k));
                    if (got.hashCode() != expected.get(k) || k < 100 && !got.equals(expectedSample.get(k))) {
                        different[0]++;
                    }
                }
                return different;
            }));
        }

        // then not one differs
        int compared = 0;
        for (Future<int[]> run : runs) {
            assertThat(run.get()[0]).isZero();
            compared += DECISIONS_PER_THREAD;
        }
        pool.shutdown();
        assertThat(compared).isEqualTo(THREADS * DECISIONS_PER_THREAD);
    }
}
