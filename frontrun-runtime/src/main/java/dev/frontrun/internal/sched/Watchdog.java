package dev.frontrun.internal.sched;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.frontrun.internal.vocab.OpKind;

/**
 * The explorer thread's side of an execution: it waits for the end, detaches a token holder stuck in blocking the
 * model does not cover (so that the others run on; it rejoins at its next point), turns a thread the JVM blocked on a
 * monitor another managed thread holds into a modelled acquisition, ends the grace period given to unmanaged
 * threads, and stops the execution at its deadline. Runs under the execution's monitor.
 */
final class Watchdog {

    private static final long MONITOR_BLOCK = TimeUnit.MILLISECONDS.toNanos(1);
    /** Without lock information from the database, a statement counts as blocked after this long. */
    private static final long JDBC_FALLBACK = TimeUnit.SECONDS.toNanos(1);

    private final Execution exec;
    private final long blockNanos;
    private final long timeoutNanos;
    private final long deadline;
    private String firstDetached;

    /**
     * @param exec the execution watched
     * @param blockNanos how long a token holder may sit in an unmodelled blocking call before others run
     * @param timeoutNanos the time limit of the execution, from now
     */
    Watchdog(Execution exec, long blockNanos, long timeoutNanos) {
        this.exec = exec;
        this.blockNanos = blockNanos;
        this.timeoutNanos = timeoutNanos;
        this.deadline = System.nanoTime() + timeoutNanos;
    }

    /** @return how the first thread that had to be detached was stuck, or null (call with the monitor held) */
    String firstDetached() {
        return firstDetached;
    }

    /**
     * Waits until the execution ends, detaching stuck token holders and enforcing the time limit.
     *
     * @param tickNanos how often to look
     * @param graceNanos how long to wait for worker threads to return after the end
     * @return the threads that did not return (they are lost to the pool)
     */
    List<Thread> awaitEnd(long tickNanos, long graceNanos) {
        while (true) {
            ManagedThread wake = null;
            synchronized (exec) {
                if (exec.isFinished()) {
                    break;
                }
                long now = System.nanoTime();
                if (now - deadline > 0) {
                    exec.finish(Outcome.TIMEOUT, "the execution ran past its time limit of "
                            + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms; " + Blockage.states(exec));
                    break;
                }
                if (exec.running() == null && exec.outsiders.graceExpired(now)) {
                    wake = exec.dispatch();
                } else if (detachStuck(now)) {
                    wake = exec.dispatch();
                } else {
                    waitNanos(tickNanos);
                }
            }
            Turns.notifyChosen(wake);
        }
        List<Thread> lost = new ArrayList<>();
        synchronized (exec) {
            long until = System.nanoTime() + graceNanos;
            while (exec.workersOut() > 0 && until - System.nanoTime() > 0) {
                waitNanos(Math.min(tickNanos, until - System.nanoTime()));
            }
            if (exec.workersOut() > 0) {
                for (ManagedThread t : exec.threads) {
                    if (t.thread instanceof Worker w && w.managed == t) {
                        lost.add(t.thread);
                    }
                }
            }
        }
        return lost;
    }

    private boolean detachStuck(long now) {
        boolean changed = false;
        Set<Thread> inDatabase = null;
        for (ManagedThread t : exec.threads) {
            boolean candidate = !t.awaitingTurn && ((t.status == ThreadStatus.RUNNING && !t.inHook)
                    || (t.status == ThreadStatus.STARTING && t.begun));
            if (!candidate) {
                continue;
            }
            Thread.State state = t.thread.getState();
            boolean monitor = state == Thread.State.BLOCKED;
            if (monitor && t.status == ThreadStatus.RUNNING && now - t.since > MONITOR_BLOCK) {
                MonitorBlock b = MonitorBlock.of(exec, t);
                if (b.transientHold()) {
                    continue; // the holder is inside the scheduler and lets go at once
                }
                if (b.modelled() != null) {
                    // the JVM blocked it on a monitor another managed thread holds across a scheduling point: the
                    // thread now waits in the model to take that monitor
                    convert(t, b.modelled());
                    changed = true;
                    continue;
                }
            }
            if (monitor && t.status == ThreadStatus.STARTING) {
                // threads run side by side until their first scheduling point; one blocked there is almost always
                // waiting for another to finish initialising a class, which ends by itself (the deadline still holds)
                continue;
            }
            long limit = monitor ? Math.min(blockNanos, MONITOR_BLOCK) : blockNanos;
            boolean stuck = monitor || stuck(t, state);
            if (t.jdbcDepth > 0 && !monitor && now - t.since > limit) {
                // inside a statement: waiting for the server is not being blocked, unless PostgreSQL says the
                // backend waits on a lock; without that knowledge, only a long wait counts
                DatabaseModel db = exec.database();
                if (db.knowsLockWaits()) {
                    inDatabase = inDatabase != null ? inDatabase : db.lockWaiters();
                    stuck = inDatabase.contains(t.thread);
                } else {
                    stuck = stuck && now - t.since > Math.max(limit, JDBC_FALLBACK);
                }
            }
            if (now - t.since > limit && stuck) {
                t.blockedOn = monitor ? blockedOn(t.thread) : 0;
                if (firstDetached == null) {
                    firstDetached = Detachment.describe(t, state);
                }
                t.status = ThreadStatus.DETACHED;
                exec.dropToken(t);
                changed = true;
            } else if (t.status == ThreadStatus.STARTING && t.thread.getState() == Thread.State.TERMINATED) {
                t.status = ThreadStatus.DONE;
                changed = true;
            }
        }
        return changed;
    }

    /** The JVM blocked {@code t} on {@code monitor}: it now waits at a modelled acquisition of it. */
    private void convert(ManagedThread t, Object monitor) {
        LockState l = exec.resources.lock(monitor);
        t.convertedAcquire = monitor;
        t.pending = Operation.monitor(OpKind.LOCK_ACQUIRE, l, monitor, MonitorBlock.site(t));
        t.status = ThreadStatus.AT_POINT;
        exec.dropToken(t);
    }

    private static boolean stuck(ManagedThread t, Thread.State s) {
        return t.inBlockingCall || s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING;
    }

    /** @return the identity hash of the monitor {@code thread} is blocked on, or 0 */
    private static int blockedOn(Thread thread) {
        java.lang.management.ThreadInfo info = java.lang.management.ManagementFactory.getThreadMXBean()
                .getThreadInfo(thread.getId());
        return info == null || info.getLockInfo() == null ? 0 : info.getLockInfo().getIdentityHashCode();
    }

    private void waitNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(exec, Math.max(nanos, 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exec.finish(Outcome.ERROR, "the explorer thread was interrupted");
        }
    }
}
