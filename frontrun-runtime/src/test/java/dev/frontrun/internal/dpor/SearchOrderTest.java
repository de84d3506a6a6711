package dev.frontrun.internal.dpor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every search order visits exactly the traces brute force finds, each once; only the order differs. */
class SearchOrderTest {

    static Stream<Arguments> cases() {
        List<Program> programs = new ArrayList<>(List.of(Programs.racyIncrements(3), Programs.lockedIncrements(3),
                LiteraturePrograms.readers(4), LiteraturePrograms.readersWriters(2, 1), LiteraturePrograms.lastzero(3),
                Programs.spawnRace(), Programs.lockOrderInversion(), Programs.mixedLockAndData(),
                Programs.parkUnpark(), Programs.guardedHandoff(), Programs.lostWakeup()));
        for (long seed = 1; seed <= 20; seed++) {
            programs.add(RandomPrograms.generate(seed));
        }
        List<Arguments> out = new ArrayList<>();
        for (Program p : programs) {
            out.add(Arguments.of(p, SearchOrder.CONFLICT_FIRST, 0L));
            for (long seed = 1; seed <= 3; seed++) {
                out.add(Arguments.of(p, SearchOrder.SEEDED, seed));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} seed {2}")
    @MethodSource("cases")
    void visitsTheSameTracesAsBruteForce(Program program, SearchOrder order, long seed) {
        BruteForce.Result all = BruteForce.enumerate(program);
        Explorations.Result r = Explorations.explore(program, DporOptions.unbounded().withOrder(order, seed));
        Set<String> visited = new HashSet<>();
        for (List<Choice> execution : r.traces()) {
            String trace = Traces.canonical(execution);
            assertTrue(visited.add(trace), () -> program.name() + ": trace visited twice: " + trace);
        }
        assertEquals(all.traces(), visited, program.name() + " " + order);
        assertTrue(r.explorer().exhaustive(), program.name());
    }

    static Stream<Arguments> literature() {
        List<Arguments> out = new ArrayList<>();
        for (SearchOrder order : SearchOrder.values()) {
            out.add(Arguments.of(LiteraturePrograms.lastzero(6), order));
            out.add(Arguments.of(LiteraturePrograms.readers(8), order));
            out.add(Arguments.of(LiteraturePrograms.indexer(12), order));
            out.add(Arguments.of(LiteraturePrograms.filesystem(16), order));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("literature")
    void theLiteratureProgramsKeepTheirTraceCounts(Program program, SearchOrder order) {
        long depthFirst = Explorations.explore(program, DporOptions.unbounded()).executions();
        Explorations.Result r = Explorations.explore(program, DporOptions.unbounded().withOrder(order, 7));
        assertEquals(depthFirst, r.executions(), program.name() + " " + order);
        assertTrue(r.explorer().exhaustive(), program.name());
    }
}
