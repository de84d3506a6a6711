package dev.frontrun.soundness;

import static dev.frontrun.soundness.Expect.dpor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.LongAdder;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Verdict;

/**
 * Atomic state beyond the advised {@code Atomic*} classes. A {@code LongAdder} is a thread-safe JDK object whose
 * calls are accesses. Field updaters and VarHandles change a field of another object, which no scheduling point
 * shows: a systematic exploration of code that uses them is no proof, so it ends INCONCLUSIVE naming the call
 * (before, such code could get an exhaustive HOLDS while a race hid behind the unseen write).
 */
class OtherAtomicsTest {

    static final class Stats {
        final LongAdder hits = new LongAdder();
        volatile int state;
        int entered;

        static final AtomicIntegerFieldUpdater<Stats> STATE =
                AtomicIntegerFieldUpdater.newUpdater(Stats.class, "state");
        static final VarHandle STATE_HANDLE;

        static {
            try {
                STATE_HANDLE = MethodHandles.lookup().findVarHandle(Stats.class, "state", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    @Test
    void aLongAddersCheckThenActIsFoundAndItsIncrementsHold() {
        Expect.found(dpor(Frontrun.explore(Stats::new)
                .workers(2, s -> {
                    if (s.hits.sum() == 0) {
                        s.hits.increment();
                    }
                })
                .invariant(s -> s.hits.sum() == 1)), 3);
        Expect.correctTwin(dpor(Frontrun.explore(Stats::new)
                .workers(2, s -> s.hits.increment())
                .invariant(s -> s.hits.sum() == 2)));
    }

    @Test
    void aFieldUpdaterMakesDporInconclusiveNamingTheCall() {
        ExplorationResult r = dpor(Frontrun.explore(Stats::new)
                .workers(2, s -> {
                    if (Stats.STATE.compareAndSet(s, 0, 1)) {
                        s.entered++;
                    }
                })
                .invariant(s -> s.entered == 1));
        assertEquals(Verdict.INCONCLUSIVE, r.verdict(), r.report());
        assertTrue(r.report().contains("AtomicIntegerFieldUpdater") && r.report().contains("compareAndSet at ")
                && r.report().contains("OtherAtomicsTest.java:"), r.report());
    }

    @Test
    void aVarHandleMakesDporInconclusiveNamingTheCall() {
        ExplorationResult r = dpor(Frontrun.explore(Stats::new)
                .workers(2, s -> {
                    if (s.state == 0) {
                        Stats.STATE_HANDLE.setVolatile(s, 1);
                        s.entered++;
                    }
                })
                .invariant(s -> s.entered == 1));
        assertTrue(r.verdict() != Verdict.HOLDS, r.report());
        if (r.verdict() == Verdict.INCONCLUSIVE) {
            assertTrue(r.report().contains("setVolatile at "), r.report());
        }
    }
}
