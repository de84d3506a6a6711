package dev.frontrun.internal.dpor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Options, limits, divergence and misuse: what the scheduler sees besides the choices. */
class ExplorerContractTest {

    @Test
    void maxExecutionsStopsExplorationAndIsNotExhaustive() {
        DporExplorer e = new DporExplorer(DporOptions.unbounded().withMaxExecutions(5));
        Explorations.explore(Programs.lockedIncrements(4), e, false);
        assertEquals(5, e.executions());
        assertFalse(e.exhaustive());
        assertFalse(e.beginExecution(), "no execution after the limit");
    }

    @Test
    void limitNotHitWhenTheWorkEndsExactlyThere() {
        DporExplorer e = new DporExplorer(DporOptions.unbounded().withMaxExecutions(6));
        Explorations.explore(Programs.lockedIncrements(3), e, false);
        assertEquals(6, e.executions());
        assertTrue(e.exhaustive());
    }

    @Test
    void preemptionBoundPrunesAndSaysSo() {
        Program p = Programs.racyIncrements(3);
        long unbounded = Explorations.explore(p, DporOptions.unbounded()).executions();

        Explorations.Result zero = Explorations.explore(p, DporOptions.unbounded().withPreemptionBound(0));
        assertTrue(zero.executions() < unbounded, zero.executions() + " < " + unbounded);
        assertTrue(zero.explorer().boundPruned());
        assertFalse(zero.explorer().exhaustive());
        Set<String> serialOrders = new HashSet<>();
        for (List<Choice> t : zero.traces()) {
            serialOrders.add(Traces.canonical(t));
        }
        assertEquals(zero.executions(), serialOrders.size(), "bounded executions are still distinct traces");
        assertEquals(6, zero.executions(), "without preemptions the 3! serial orders remain");

        Explorations.Result generous = Explorations.explore(p, DporOptions.unbounded().withPreemptionBound(10));
        assertEquals(unbounded, generous.executions());
        assertTrue(generous.explorer().exhaustive());
    }

    @Test
    void switchingAwayFromAFinishedThreadIsNoPreemption() {
        Explorations.Result r = Explorations.explore(Programs.writers(3), DporOptions.unbounded().withPreemptionBound(0));
        assertEquals(6, r.executions());
        assertTrue(r.explorer().exhaustive());
    }

    @Test
    void nondeterminismOutsideTheSchedulerIsReportedAsDivergence() {
        AtomicInteger runs = new AtomicInteger();
        Program p = Program.named("nondeterministic").vars(2)
                .thread(() -> Programs.once(Instr.write(0, () -> 1, () -> { })))
                .thread(() -> {
                    int var = runs.getAndIncrement() == 0 ? 0 : 1;
                    return Programs.once(Instr.write(var, () -> 2, () -> { }));
                })
                .build();
        DporExplorer e = new DporExplorer(DporOptions.unbounded());
        Explorations.explore(p, e, false);

        assertTrue(e.divergence().isPresent(), "divergence reported");
        Divergence d = e.divergence().get();
        assertEquals(2, d.execution());
        assertTrue(d.expected().contains("WRITE(0)"), d.message());
        assertTrue(d.actual().contains("WRITE(1)"), d.message());
        assertTrue(d.message().contains("not deterministic"), d.message());
        assertFalse(e.exhaustive());
        assertFalse(e.beginExecution(), "nothing else was left to explore");
    }

    @Test
    void explorationGoesOnAfterADivergenceButIsNeverExhaustive() {
        AtomicInteger runs = new AtomicInteger();
        Program p = Program.named("nondeterministic plus a race").vars(3)
                .thread(() -> Programs.once(Instr.write(0, () -> 1, () -> { })))
                .thread(() -> {
                    int var = runs.getAndIncrement() == 0 ? 0 : 1;
                    return Programs.once(Instr.write(var, () -> 2, () -> { }));
                })
                .thread(() -> Programs.once(Instr.write(2, () -> 3, () -> { })))
                .thread(() -> Programs.once(Instr.write(2, () -> 4, () -> { })))
                .build();
        DporExplorer e = new DporExplorer(DporOptions.unbounded());
        Explorations.explore(p, e, false);

        assertTrue(e.divergence().isPresent(), "divergence reported");
        assertTrue(e.divergences() >= 1);
        // the race of the last two threads is still explored in both orders after the divergence
        assertTrue(e.executions() >= 3, "executions: " + e.executions());
        assertFalse(e.exhaustive());
    }

    @Test
    void executingSomethingElseThanChosenIsADivergence() {
        DporExplorer e = new DporExplorer(DporOptions.unbounded());
        assertTrue(e.beginExecution());
        int t = e.choose(List.of(new ThreadState(0, true, Op.write(1)), new ThreadState(1, true, Op.write(1))));
        e.executed(t, Op.read(1));
        e.endExecution();
        assertTrue(e.divergence().isPresent());
        assertFalse(e.exhaustive());
    }

    @Test
    void threadsCanAppearAfterASpawn() {
        assertEquals(2, Explorations.explore(Programs.spawnJoin(), DporOptions.unbounded()).executions());
        assertEquals(2, Explorations.explore(Programs.spawnRace(), DporOptions.unbounded()).executions());
    }

    @Test
    void deadlockedOrdersAreExplored() {
        Explorations.Result r = Explorations.explore(Programs.lockOrderInversion(), DporOptions.unbounded());
        assertEquals(3, r.executions(), "thread 0 first, thread 1 first, and the deadlock");
        assertTrue(r.explorer().exhaustive());
    }

    @Test
    void aLostWakeupIsExploredWithoutWastedExecutions() {
        Explorations.Result r = Explorations.explore(Programs.lostWakeup(), DporOptions.unbounded());
        assertEquals(2, r.executions(), "waiter first (woken), notifier first (waits for ever)");
        assertEquals(0, r.explorer().sleepBlockedExecutions());
        assertTrue(r.explorer().infeasibleBranches() > 0, "the re-acquire cannot overtake the notifier's acquire");
        assertTrue(r.explorer().exhaustive());
    }

    @Test
    void theCurrentExecutionIsTheScheduleThatWasRun() {
        DporExplorer e = new DporExplorer(DporOptions.unbounded());
        Explorations.Result r = Explorations.explore(Programs.lockedIncrements(2), e, true);
        assertEquals(2, r.traces().size());
        assertEquals(r.traces().get(1), e.currentExecution());
        assertEquals(1, e.currentExecution().get(0).thread(), "the second execution starts with thread 1");
    }

    @Test
    void sparseThreadIdsWork() {
        DporExplorer e = new DporExplorer(DporOptions.unbounded());
        Set<Integer> firsts = new HashSet<>();
        while (e.beginExecution()) {
            List<ThreadState> both = List.of(new ThreadState(100, true, Op.write(7)), new ThreadState(205, true, Op.write(7)));
            int first = e.choose(both);
            firsts.add(first);
            e.executed(first, Op.write(7));
            int second = first == 100 ? 205 : 100;
            assertEquals(second, e.choose(List.of(new ThreadState(second, true, Op.write(7)))));
            e.executed(second, Op.write(7));
            e.endExecution();
        }
        assertEquals(Set.of(100, 205), firsts);
        assertEquals(2, e.executions());
        assertTrue(e.exhaustive());
    }

    @Test
    void executionsAbortedEarlyStillEndTheExploration() {
        DporExplorer e = new DporExplorer(DporOptions.unbounded());
        Program p = Programs.lockedIncrements(3);
        while (e.beginExecution()) {
            Run run = new Run(p);
            for (int i = 0; i < 7; i++) { // thread 0 finishes (5 steps), thread 1 starts
                int t = e.choose(run.threads());
                e.executed(t, run.step(t));
            }
            e.endExecution(run.threads());
        }
        assertTrue(e.executions() >= 2 && e.executions() <= 6, "executions: " + e.executions());
        assertTrue(e.exhaustive());
    }

    @Test
    void misuseIsRejected() {
        DporExplorer e = new DporExplorer(DporOptions.unbounded());
        assertThrows(IllegalStateException.class, () -> e.choose(List.of(new ThreadState(0, true, Op.end()))));
        assertTrue(e.beginExecution());
        assertThrows(IllegalStateException.class, e::beginExecution);
        assertThrows(IllegalStateException.class, () -> e.choose(List.of(new ThreadState(0, false, Op.end()))));
        assertThrows(IllegalArgumentException.class, () -> new DporOptions(-2, 1));
        assertThrows(IllegalArgumentException.class, () -> new DporOptions(-1, 0));
    }

    @Test
    void aFreshExplorerHasNotExploredAnything() {
        DporExplorer e = new DporExplorer(DporOptions.unbounded());
        assertFalse(e.exhaustive());
        assertEquals(0, e.executions());
    }
}
