package dev.frontrun.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Interleaving;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;
import dev.frontrun.catalogue.fail.LazyInitRace;
import dev.frontrun.catalogue.fail.LostUpdateCounter;
import dev.frontrun.catalogue.fail.LostWakeup;
import dev.frontrun.catalogue.fail.OppositeLockOrder;
import dev.frontrun.catalogue.fail.SplitLockCounter;
import dev.frontrun.catalogue.fail.UnlockedTransfer;
import dev.frontrun.catalogue.fail.UseAfterClose;
import dev.frontrun.catalogue.success.AtomicCounter;
import dev.frontrun.catalogue.success.GuardedUse;
import dev.frontrun.catalogue.success.GuardedWait;
import dev.frontrun.catalogue.success.LockedTransfer;
import dev.frontrun.catalogue.success.ReentrantLockCounter;
import dev.frontrun.catalogue.success.SameLockOrder;
import dev.frontrun.catalogue.success.SynchronizedCounter;
import dev.frontrun.catalogue.success.SynchronizedLazyInit;

/**
 * The catalogue: every strategy finds every bug within 1,000 executions and the counterexample replays every time;
 * every correct twin holds.
 */
class CatalogueTest {

    private static final int BUDGET = 1000;
    private static final int TWIN_BUDGET = 150;

    static List<Program> buggy() {
        return List.of(new LostUpdateCounter(), new LazyInitRace(), new UnlockedTransfer(), new OppositeLockOrder(),
                new LostWakeup(), new SplitLockCounter(), new UseAfterClose());
    }

    static List<Program> correct() {
        return List.of(new AtomicCounter(), new SynchronizedCounter(), new SynchronizedLazyInit(),
                new LockedTransfer(), new SameLockOrder(), new GuardedWait(), new ReentrantLockCounter(),
                new GuardedUse());
    }

    static List<Strategy> strategies() {
        return List.of(Strategy.random(), Strategy.pct(3), Strategy.pos());
    }

    static Stream<Arguments> cases(List<Program> programs) {
        List<Arguments> out = new ArrayList<>();
        for (Program p : programs) {
            for (Strategy s : strategies()) {
                out.add(Arguments.of(p.getClass().getSimpleName(), s.name(), p, s));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> bugs() {
        return cases(buggy());
    }

    static Stream<Arguments> twins() {
        return cases(correct());
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("bugs")
    void everyStrategyFindsEveryBug(String name, String strategy, Program program, Strategy s) {
        assertTrue(program.buggy());
        ExplorationResult r = program.explore().strategy(s).maxAttempts(BUDGET).seed(7).run();
        assertEquals(Verdict.VIOLATED, r.verdict(), () -> name + " with " + strategy + ": " + r.report());
        assertTrue(r.explanation().contains(program.expectedInExplanation()),
                () -> "explanation lacks '" + program.expectedInExplanation() + "':\n" + r.explanation());
        assertEquals(r.reproductionAttempts(), r.reproductionSuccesses(), r::report);
        Interleaving schedule = Interleaving.parse(r.counterexample().orElseThrow().toString());
        ExplorationResult replayed = program.explore().strategy(Strategy.replay(schedule)).reproductions(0).run();
        assertEquals(Verdict.VIOLATED, replayed.verdict(), replayed::report);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("twins")
    void everyTwinHolds(String name, String strategy, Program program, Strategy s) {
        assertTrue(!program.buggy());
        ExplorationResult r = program.explore().strategy(s).maxAttempts(TWIN_BUDGET).seed(7).run();
        assertEquals(Verdict.HOLDS, r.verdict(), () -> name + " with " + strategy + ": " + r.report());
        assertEquals(TWIN_BUDGET, r.executions());
    }
}
