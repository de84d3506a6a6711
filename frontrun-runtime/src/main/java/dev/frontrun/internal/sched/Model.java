package dev.frontrun.internal.sched;

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
                return op.ref == null || exec.resources.lock(op.ref).freeFor(t);
            case JOIN:
                return op.timed() || exec.thread(op.targetThread()).status == ThreadStatus.DONE;
            case PARK:
                return op.timed() || t.permit || t.thread.isInterrupted();
            default:
                return true;
        }
    }

    /** Performs {@code op} of {@code t} in the model; returns the operation as it is recorded in the trace. */
    Operation apply(ManagedThread t, Operation op) {
        if (op.ref == null && (op.kind() == OpKind.LOCK_ACQUIRE || op.kind() == OpKind.LOCK_RELEASE)) {
            return op;
        }
        switch (op.kind()) {
            case LOCK_ACQUIRE: {
                LockState l = exec.resources.lock(op.ref);
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
                LockState l = exec.resources.lock(op.ref);
                if (l.owner == t && --l.count <= 0) {
                    l.owner = null;
                    l.count = 0;
                    exec.monitorFreed(op.ref);
                }
                return op;
            }
            case WAIT: {
                LockState l = exec.resources.lock(op.ref);
                t.savedLockCount = l.owner == t ? l.count : 1;
                l.owner = null;
                l.count = 0;
                if (!op.timed()) {
                    l.waitSet.add(t);
                }
                exec.monitorFreed(op.ref);
                return op;
            }
            case NOTIFY: {
                // the JVM may wake any waiter: every waiter becomes a candidate, and the strategy's choice of who
                // re-takes the monitor first decides who wakes; the others go back to waiting once the
                // notifications are used up (notifyAll: every candidate wakes)
                LockState l = exec.resources.lock(op.ref);
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
                exec.registerSpawn((Thread) op.ref, op.targetThread());
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
                if (target.status == ThreadStatus.WAITING && target.pending != null
                        && target.pending.kind() == OpKind.WAIT) {
                    exec.resources.lock(target.pending.ref).waitSet.remove(target);
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
            w.pending = waitAgain(w.pending);
            l.waitSet.add(w);
        }
        l.notified.clear();
    }

    /** The operation a thread in a wait set performs once notified (or timed out): re-taking the monitor. */
    static Operation reacquire(Operation waitOp) {
        return new Operation(OpKind.LOCK_ACQUIRE, waitOp.resource(), waitOp.resourceName(), waitOp.site(), -1, false,
                waitOp.ref, true);
    }

    /** The inverse of {@link #reacquire}: the wait a candidate that was not woken goes back to. */
    private static Operation waitAgain(Operation reacquireOp) {
        return new Operation(OpKind.WAIT, reacquireOp.resource(), reacquireOp.resourceName(), reacquireOp.site(), -1,
                false, reacquireOp.ref, false);
    }
}
