package dev.frontrun.internal.dpor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The number of executions equals the number of Mazurkiewicz traces for the simple shapes whose counts are known
 * in closed form.
 */
class ExactCountTest {

    @ParameterizedTest(name = "{0} independent threads: 1 trace")
    @ValueSource(ints = {1, 2, 3, 5, 8})
    void independentThreads(int n) {
        assertExplores(Programs.independent(n), 1);
    }

    @ParameterizedTest(name = "{0} threads writing one variable: {0}! traces")
    @ValueSource(ints = {2, 3, 4, 5})
    void writersOfOneVariable(int n) {
        assertExplores(Programs.writers(n), factorial(n));
    }

    @ParameterizedTest(name = "{0} threads incrementing under one lock: {0}! traces")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void lockedIncrements(int n) {
        assertExplores(Programs.lockedIncrements(n), factorial(n));
    }

    @ParameterizedTest(name = "one writer and {0} readers: 2^{0} traces")
    @ValueSource(ints = {1, 2, 3, 5, 8, 10})
    void writerAndReaders(int n) {
        assertExplores(LiteraturePrograms.readers(n), 1L << n);
    }

    @ParameterizedTest(name = "spawn, two racing children, join: 2 traces")
    @ValueSource(ints = {0})
    void spawnAndJoin(int unused) {
        assertExplores(Programs.spawnJoin(), 2);
    }

    static void assertExplores(Program program, long traces) {
        Explorations.Result r = Explorations.explore(program, DporOptions.unbounded());
        assertEquals(traces, r.executions(), program.name());
        assertEquals(0, r.explorer().sleepBlockedExecutions(), program.name() + ": sleep-set blocked executions");
        assertTrue(r.explorer().exhaustive(), program.name() + " should be explored exhaustively");
    }

    private static long factorial(int n) {
        long f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }
}
