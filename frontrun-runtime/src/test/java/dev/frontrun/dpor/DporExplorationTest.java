package dev.frontrun.dpor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

/**
 * DPOR through the real agent and scheduler: the number of executions equals the number of Mazurkiewicz traces of
 * the programs' visible operations.
 */
class DporExplorationTest {

    static final class Counter {
        int value;
        final Object lock = new Object();
    }

    static final class Cells {
        final Counter[] cells = {new Counter(), new Counter(), new Counter(), new Counter()};
    }

    private static ExplorationResult explore(int threads, Consumer<Counter> body, int expected) {
        ExplorationBuilder<Counter> b = Frontrun.explore(Counter::new)
                .invariant(c -> c.value == expected)
                .strategy(Strategy.dpor())
                .maxAttempts(1000)
                .reproductions(3);
        for (int i = 0; i < threads; i++) {
            b.worker(body);
        }
        return b.run();
    }

    static void unsafeIncrement(Counter c) {
        c.value = c.value + 1;
    }

    static void lockedIncrement(Counter c) {
        synchronized (c.lock) {
            c.value = c.value + 1;
        }
    }

    @Test
    void theLostUpdateIsFoundInTheSecondExecution() {
        ExplorationResult r = explore(2, DporExplorationTest::unsafeIncrement, 2);
        assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
        assertEquals(2, r.executions(), r.report());
        assertEquals(3, r.reproductionSuccesses(), r.report());
    }

    @Test
    void nThreadsBehindOneLockGiveNFactorialExecutions() {
        assertEquals(2, holdsAfter(explore(2, DporExplorationTest::lockedIncrement, 2)));
        assertEquals(6, holdsAfter(explore(3, DporExplorationTest::lockedIncrement, 3)));
        assertEquals(24, holdsAfter(explore(4, DporExplorationTest::lockedIncrement, 4)));
    }

    /** Two threads wait in line on one monitor; a third opens the door with a single {@code notify}. */
    static final class Hall {
        final Object monitor = new Object();
        final java.util.List<Integer> arrived = new java.util.ArrayList<>();
        final java.util.List<Integer> woke = new java.util.ArrayList<>();
        int waiting;
        boolean open;
        boolean bothWaitedForTheNotify;
    }

    static void waitInLine(Hall h, int id) {
        synchronized (h.monitor) {
            h.arrived.add(id);
            h.waiting++;
            while (!h.open) {
                try {
                    h.monitor.wait();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            h.waiting--;
            h.woke.add(id);
            h.monitor.notify(); // passes the door on
        }
    }

    static void openTheDoor(Hall h) {
        synchronized (h.monitor) {
            h.bothWaitedForTheNotify = h.waiting == 2;
            h.open = true;
            h.monitor.notify();
        }
    }

    @Test
    void notifyMayWakeEitherWaiterNotOnlyTheFirstToWait() {
        // the JVM may wake any waiter on notify; a scheduler that always woke the longest waiter would "prove" that
        // the first to arrive is the first to leave
        ExplorationResult r = Frontrun.explore(Hall::new)
                .worker(h -> waitInLine(h, 0))
                .worker(h -> waitInLine(h, 1))
                .worker(DporExplorationTest::openTheDoor)
                .invariant(h -> !h.bothWaitedForTheNotify || h.woke.get(0).equals(h.arrived.get(0)))
                .strategy(Strategy.dpor())
                .maxAttempts(1000)
                .reproductions(3)
                .run();
        assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
        assertEquals(3, r.reproductionSuccesses(), r.report());
    }

    @Test
    void independentThreadsGiveOneExecution() {
        ExplorationBuilder<Cells> b = Frontrun.explore(Cells::new)
                .invariant(c -> c.cells[0].value == 1 && c.cells[3].value == 1)
                .strategy(Strategy.dpor()).maxAttempts(100);
        for (int i = 0; i < 4; i++) {
            int mine = i;
            b.worker(c -> unsafeIncrement(c.cells[mine]));
        }
        ExplorationResult r = b.run();
        assertEquals(Verdict.HOLDS, r.verdict(), r.report());
        assertEquals(1, r.executions(), r.report());
    }

    private static int holdsAfter(ExplorationResult r) {
        assertEquals(Verdict.HOLDS, r.verdict(), r.report());
        assertTrue(r.exhaustive(), r.report());
        return r.executions();
    }
}
