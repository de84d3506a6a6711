package dev.frontrun.internal.dpor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The brute-force cross-check over 200 random small programs (fixed seeds): every Mazurkiewicz trace exactly once,
 * with data-dependent branches, compare-and-set, critical sections, spawn and join mixed in.
 */
class RandomProgramsCrossCheckTest {

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void visitsEveryTraceExactlyOnce(long seed) {
        Program program = RandomPrograms.generate(seed);
        BruteForce.Result all = BruteForce.enumerate(program);
        Explorations.Result dpor = Explorations.explore(program, DporOptions.unbounded());

        Set<String> visited = new HashSet<>();
        for (List<Choice> execution : dpor.traces()) {
            String trace = Traces.canonical(execution);
            assertTrue(visited.add(trace), () -> program.name() + ": trace visited twice: " + trace);
        }
        assertEquals(all.traces(), visited, program.name() + ": traces visited differ from brute force");
        assertEquals(0, dpor.explorer().sleepBlockedExecutions(), program.name());
        assertTrue(dpor.explorer().exhaustive(), program.name());
    }
}
