package dev.frontrun.internal.sched;

import dev.frontrun.internal.vocab.OpKind;

/**
 * The scheduler's model of monitors, wait sets, park permits and thread ends: which pending operations may run
 * ({@link #enabled}) and what running one changes ({@link #apply}). Called with the execution's monitor held.
 */
final class Model {

    private final Execution exec;

    Model(Execution exec) {
        this.exec = exec;
    }

    boolean enabled(ManagedThread t, Operation op) {
        switch (op.kind()) {
            case LOCK_ACQUIRE:
                return op.lock == null || exec.resources.freeFor(op.lock, t);
            case JOIN:
                return expired(t, op) || exec.thread(op.targetThread()).status == ThreadStatus.DONE
                        || interrupted(t);
            case PARK:
                return expired(t, op) || t.permit || interrupted(t);
            case SLEEP:
                return !op.timed() || expired(t, op) || interrupted(t);
            case SOCKET_READ:
            case SOCKET_WRITE:
                return op.ioWait == null || t.timedOut || op.ioWait.ready(exec, t);
            default:
                return true;
        }
    }

    /** Whether the timed wait {@code op} may return by its time limit now. */
    private static boolean expired(ManagedThread t, Operation op) {
        return op.timed() && (t.timedOut || t.deadline == ManagedThread.REAL_DEADLINE);
    }

    private static boolean interrupted(ManagedThread t) {
        return t.interruptPending || t.thread.isInterrupted();
    }

    /**
     * When no thread can run: moves the virtual clock to the earliest deadline of a pending timed wait and lets
     * every wait with that deadline expire (a timed {@code Object.wait} leaves the wait set and re-takes the
     * monitor; a timed park, join or sleep becomes enabled).
     *
     * @return whether some wait expired
     */
    boolean expireTimeouts() {
        long earliest = ManagedThread.NO_DEADLINE;
        for (ManagedThread t : exec.threads) {
            if (timedWaiter(t)) {
                earliest = Math.min(earliest, t.deadline);
            }
        }
        if (earliest == ManagedThread.NO_DEADLINE) {
            return expirePipeWaits();
        }
        expireUpTo(earliest);
        return true;
    }

    /**
     * Moves the virtual clock to {@code time} and lets every pending timed wait whose deadline it reaches expire (a
     * timed {@code Object.wait} leaves the wait set and re-takes the monitor; a timed park, join, sleep or read
     * becomes enabled).
     */
    void expireUpTo(long time) {
        exec.clock.advanceTo(time);
        for (ManagedThread t : exec.threads) {
            if (timedWaiter(t) && t.deadline <= time) {
                if (t.status == ThreadStatus.WAITING) {
                    exec.resources.lock(t.pending.lock).waitSet.remove(t);
                    t.status = ThreadStatus.AT_POINT;
                    t.pending = reacquire(t.pending);
                }
                t.timedOut = true;
            }
        }
    }

    /**
     * A pipe's read whose last writer ended (or a write to a full pipe whose last reader ended) waits in one-second
     * slices until it gives up with an {@code IOException}: like a timed wait, it gives up only when no thread can
     * run (another may still write, or read).
     */
    private boolean expirePipeWaits() {
        boolean any = false;
        for (ManagedThread t : exec.threads) {
            if (t.status == ThreadStatus.AT_POINT && !t.timedOut && t.pending != null
                    && t.pending.ioWait != null && t.pending.ioWait.peerEnded(exec)) {
                t.timedOut = true;
                any = true;
            }
        }
        return any;
    }

    /** @return whether {@code t} waits in a timed wait of the virtual clock that has not expired */
    static boolean timedWaiter(ManagedThread t) {
        if (t.deadline == ManagedThread.NO_DEADLINE || t.deadline == ManagedThread.REAL_DEADLINE || t.timedOut) {
            return false;
        }
        return t.status == ThreadStatus.WAITING
                || (t.status == ThreadStatus.AT_POINT && t.pending != null && t.pending.timed()
                        && (t.pending.kind() == OpKind.PARK || t.pending.kind() == OpKind.JOIN
                                || t.pending.kind() == OpKind.SLEEP || t.pending.kind() == OpKind.SOCKET_READ));
    }

    /**
     * Whether the strategy may wake {@code t} spuriously now: it is parked, or in a wait set with the monitor free
     * (the spurious wake-up then re-takes it at once), and has a spurious wake-up left in this execution.
     */
    boolean spuriouslyWakeable(ManagedThread t) {
        if (!exec.options.spuriousWakeups() || t.spuriousLeft <= 0 || t.pending == null) {
            return false;
        }
        if (t.status == ThreadStatus.WAITING) {
            return t.pending.kind() == OpKind.WAIT && exec.resources.lock(t.pending.lock).freeFor(t);
        }
        return t.status == ThreadStatus.AT_POINT && t.pending.kind() == OpKind.PARK && t.parkByApplication;
    }

    /** Wakes {@code t} spuriously: a waiter leaves the wait set and re-takes the monitor; a park just returns. */
    void wakeSpuriously(ManagedThread t) {
        t.spuriousLeft--;
        if (t.status == ThreadStatus.WAITING) {
            exec.resources.lock(t.pending.lock).waitSet.remove(t);
            t.status = ThreadStatus.AT_POINT;
            t.pending = reacquire(t.pending);
        }
    }

    /** Performs {@code op} of {@code t} in the model; returns the operation as it is recorded in the trace. */
    Operation apply(ManagedThread t, Operation op) {
        if (op.lock == null && (op.kind() == OpKind.LOCK_ACQUIRE || op.kind() == OpKind.LOCK_RELEASE)) {
            return op;
        }
        switch (op.kind()) {
            case LOCK_ACQUIRE: {
                LockState l = exec.resources.lock(op.lock);
                if (op.reacquire && l.notified.remove(t)) {
                    wakeOne(l);
                }
                l.owner = t;
                if (op.reacquire) {
                    l.count = Math.max(1, t.savedLockCount);
                    t.savedLockCount = 0;
                } else {
                    l.count++;
                }
                l.acquiredAt = op.site();
                l.acquiredBy = op.statement();
                return op;
            }
            case LOCK_RELEASE: {
                LockState l = exec.resources.lock(op.lock);
                if (l.owner == t && --l.count <= 0) {
                    l.owner = null;
                    l.count = 0;
                    exec.threads.monitorFreed(op.lock);
                }
                return op;
            }
            case WAIT: {
                LockState l = exec.resources.lock(op.lock);
                t.savedLockCount = l.owner == t ? l.count : 1;
                l.owner = null;
                l.count = 0;
                if (!op.timed() || exec.options.virtualClock()) {
                    l.waitSet.add(t);
                }
                exec.threads.monitorFreed(op.lock);
                return op;
            }
            case NOTIFY: {
                // the JVM may wake any waiter: every waiter becomes a candidate, and the strategy's choice of who
                // re-takes the monitor first decides who wakes; the others go back to waiting once the
                // notifications are used up (notifyAll: every candidate wakes)
                LockState l = exec.resources.lock(op.lock);
                for (ManagedThread w : l.waitSet) {
                    if (w.status == ThreadStatus.WAITING) {
                        w.status = ThreadStatus.AT_POINT;
                        w.pending = reacquire(w.pending);
                        l.notified.add(w);
                    }
                }
                l.waitSet.clear();
                l.tickets = op.all() ? l.notified.size() : Math.min(l.tickets + 1, l.notified.size());
                return op;
            }
            case SPAWN: {
                exec.threads.addSpawned(op.spawned, op.targetThread(), exec);
                return op;
            }
            case PARK:
                t.permit = false;
                return op;
            case UNPARK:
                exec.thread(op.targetThread()).permit = true;
                return op;
            case INTERRUPT: {
                // a waiting target leaves the wait set and re-takes the monitor, then throws InterruptedException;
                // a parked one becomes runnable once the flag is set (the interrupting thread sets it next)
                ManagedThread target = exec.thread(op.targetThread());
                target.interruptPending = true;
                if (target.status == ThreadStatus.WAITING && target.pending != null
                        && target.pending.kind() == OpKind.WAIT) {
                    exec.resources.lock(target.pending.lock).waitSet.remove(target);
                    target.status = ThreadStatus.AT_POINT;
                    target.pending = reacquire(target.pending);
                }
                return op;
            }
            default:
                return op;
        }
    }

    /** A notified candidate re-took the monitor: it used one notification; with none left the others wait again. */
    private static void wakeOne(LockState l) {
        if (--l.tickets > 0) {
            return;
        }
        l.tickets = 0;
        for (ManagedThread w : l.notified) {
            w.status = ThreadStatus.WAITING;
            w.pending = w.pending.waitingAgain();
            l.waitSet.add(w);
        }
        l.notified.clear();
    }

    /** The operation a thread in a wait set performs once notified (or timed out): re-taking the monitor. */
    static Operation reacquire(Operation waitOp) {
        return waitOp.reacquired();
    }
}
