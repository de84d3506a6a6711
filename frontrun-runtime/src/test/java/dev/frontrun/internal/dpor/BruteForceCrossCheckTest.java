package dev.frontrun.internal.dpor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine against brute force: every interleaving of each small program is enumerated and grouped into
 * Mazurkiewicz traces by canonical form; the engine must visit each of those traces exactly once, and nothing else.
 */
class BruteForceCrossCheckTest {

    static Stream<Program> programs() {
        return Stream.of(
                Programs.independent(3),
                Programs.writers(3),
                Programs.racyIncrements(2),
                Programs.racyIncrements(3),
                Programs.lockedIncrements(3),
                LiteraturePrograms.readers(3),
                LiteraturePrograms.readers(4),
                LiteraturePrograms.readersWriters(2, 1),
                LiteraturePrograms.readersWriters(1, 2),
                LiteraturePrograms.lastzero(2),
                LiteraturePrograms.lastzero(3),
                Programs.spawnJoin(),
                Programs.spawnRace(),
                Programs.lockOrderInversion(),
                Programs.mixedLockAndData(),
                Programs.parkUnpark(),
                Programs.guardedHandoff(),
                Programs.lostWakeup());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void visitsEveryTraceExactlyOnce(Program program) {
        BruteForce.Result all = BruteForce.enumerate(program);
        Explorations.Result dpor = Explorations.explore(program, DporOptions.unbounded());

        Set<String> visited = new HashSet<>();
        for (List<Choice> execution : dpor.traces()) {
            String trace = Traces.canonical(execution);
            assertTrue(visited.add(trace), () -> program.name() + ": trace visited twice: " + trace);
        }
        assertEquals(all.traces(), visited, program.name() + ": traces visited differ from brute force ("
                + all.interleavings() + " interleavings)");
        assertEquals(all.traces().size(), dpor.executions(), program.name());
        assertEquals(0, dpor.explorer().sleepBlockedExecutions(), program.name() + ": sleep-set blocked executions");
        assertTrue(dpor.explorer().exhaustive(), program.name());
    }
}
