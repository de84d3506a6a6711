package dev.frontrun.internal.sched;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * How a managed thread waits for the run token and how the thread that chose it hands it over: a thread stopped at
 * a point parks until its status becomes {@link ThreadStatus#RUNNING}; one that physically holds a monitor waits
 * inside {@code monitor.wait} instead, so that the monitor is free meanwhile, and is notified by the chooser. An
 * interrupt of the waiting thread is the application's: it is kept, and does not make the wait spin.
 */
final class Turns {

    private static final long PARK_SLICE = TimeUnit.MILLISECONDS.toNanos(50);

    private Turns() {
    }

    /** Parks {@code me} until the strategy runs it (or it is done); throws {@link ExecutionAborted} on an abort. */
    static void await(Execution exec, ManagedThread me) {
        boolean interrupted;
        synchronized (exec) {
            // the thread arrived with its flag set; the choice made when it stopped may already have run it again
            interrupted = keep(me, Thread.interrupted());
        }
        try {
            while (true) {
                ThreadStatus s = me.status;
                if (s == ThreadStatus.RUNNING || s == ThreadStatus.DONE) {
                    return;
                }
                if (exec.aborted) {
                    throw new ExecutionAborted();
                }
                LockSupport.parkNanos(exec, PARK_SLICE);
                synchronized (exec) {
                    interrupted |= keep(me, Thread.interrupted());
                }
            }
        } finally {
            if (interrupted) {
                me.thread.interrupt();
            }
        }
    }

    /**
     * Waits, holding {@code monitor} as {@code Object.wait} does, until the strategy runs {@code me} again (or the
     * execution stops); the monitor is free for others meanwhile.
     */
    static void awaitOn(Execution exec, ManagedThread me, Object monitor) {
        boolean interrupted = false;
        me.awaitingTurn = true;
        try {
            synchronized (monitor) {
                // also while the thread that chose it has yet to notify: running on (holding the monitor) before
                // that would leave the notifier blocked on the monitor for good
                while ((me.status != ThreadStatus.RUNNING || me.wakePending) && !exec.aborted) {
                    try {
                        monitor.wait(20);
                    } catch (InterruptedException e) {
                        interrupted = true;
                        synchronized (exec) {
                            keep(me, true);
                        }
                    }
                }
            }
        } finally {
            me.awaitingTurn = false;
            if (interrupted) {
                me.thread.interrupt();
            }
        }
    }

    /**
     * An interrupt that reached a thread waiting for its turn stays in the model until the thread runs (called with
     * the execution's monitor). Once the strategy has run the thread (its operation applied the model's interrupt
     * state), a late one changes the model no more: the JVM's flag is set again when the thread resumes, so that its
     * own code sees it; otherwise whether the waiting thread noticed before or after being chosen would decide what
     * later operations may do.
     *
     * @return {@code interrupted}
     */
    private static boolean keep(ManagedThread me, boolean interrupted) {
        if (interrupted && me.status != ThreadStatus.RUNNING && me.status != ThreadStatus.DONE) {
            me.interruptPending = true;
        }
        return interrupted;
    }

    /**
     * Hands the token to a chosen thread that waits inside a monitor (called without the execution's monitor).
     *
     * @param x the thread {@code dispatch} returned, or {@code null}
     */
    static void notifyChosen(ManagedThread x) {
        if (x != null && x.waitMonitor != null) {
            Object m = x.waitMonitor;
            synchronized (m) {
                x.wakePending = false;
                m.notifyAll();
            }
        }
    }
}
