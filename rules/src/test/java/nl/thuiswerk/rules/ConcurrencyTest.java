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

/**
 * One advisor shared by the threads of an HR system gives every thread the single-threaded answer, while the threads
 * search for alternatives and remember them at the same time.
 */
class ConcurrencyTest {

    static final int THREADS = 8;
    static final int DECISIONS_PER_THREAD = 8_000;

    private static String answer(HomeWorkingAdvisor advisor, Case c) {
        try {
            return ThuiswerkJson.write(advisor.decide(c, Locale.ENGLISH));
        } catch (DecisionException e) {
            return ThuiswerkJson.write(e);
        }
    }

    @Test
    void eight_threads_sharing_a_new_advisor_get_the_single_threaded_decisions_of_eight_thousand_cases() throws Exception {
        // given eight thousand generated cases over every phase, and their answers one at a time from one advisor
        CaseGenerator generator = new CaseGenerator(8L);
        List<Case> cases = new ArrayList<>(DECISIONS_PER_THREAD);
        for (int i = 0; i < DECISIONS_PER_THREAD; i++) {
            cases.add(generator.next());
        }
        HomeWorkingAdvisor alone = HomeWorkingAdvisor.create();
        List<String> expected = cases.stream().map(c -> answer(alone, c)).toList();

        // when eight threads decide them all at once, each in its own order, on another advisor: it remembers no
        // alternative yet, so the threads run the searches and fill its memories concurrently
        HomeWorkingAdvisor shared = HomeWorkingAdvisor.create();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<int[]>> runs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t * (DECISIONS_PER_THREAD / THREADS);
            runs.add(pool.submit(() -> {
                int[] sameAndDifferent = new int[2];
                for (int i = 0; i < DECISIONS_PER_THREAD; i++) {
                    int k = (i + offset) % DECISIONS_PER_THREAD;
                    sameAndDifferent[answer(shared, cases.get(k)).equals(expected.get(k)) ? 0 : 1]++;
                }
                return sameAndDifferent;
            }));
        }
        int same = 0;
        int different = 0;
        for (Future<int[]> run : runs) {
            same += run.get()[0];
            different += run.get()[1];
        }
        pool.shutdown();

        // then every answer the threads compared is the single-threaded one
        assertThat(different).isZero();
        assertThat(same).isEqualTo(THREADS * DECISIONS_PER_THREAD);
    }
}
