package dev.frontrun.internal.sched;

import java.util.concurrent.TimeUnit;

import dev.frontrun.internal.vocab.OpKind;
import dev.frontrun.internal.vocab.Scope;
import dev.frontrun.internal.vocab.Sites;

/**
 * Monitors: {@code synchronized} blocks and methods, {@code wait} and {@code notify}, as scheduling points of
 * the managed threads (see {@link RuntimeHooks}).
 */
final class MonitorHooks {

    private MonitorHooks() {
    }

    static void monitorEnter(Object lock, int site) {
        Execution e = RuntimeHooks.current();
        ManagedThread me;
        if (e == null || lock == null || !Scope.current().coversSite(site)
                || (me = RuntimeHooks.enterApp(e, site)) == null) {
            return;
        }
        try (me) {
            Operation op;
            synchronized (e) {
                LockState l = e.resources.lock(lock, me);
                if (l.owner == me) {
                    l.count++;
                    return;
                }
                op = Operation.monitor(OpKind.LOCK_ACQUIRE, l, lock, site);
            }
            e.point(me, op);
        }
    }

    static void monitorExit(Object lock, int site) {
        if (Scope.current().coversSite(site)) {
            releaseLock(lock, site);
        }
    }

    /**
     * Entry to a synchronized method: the JVM already holds the monitor. Unless this thread holds it in the model
     * already, this is the scheduling point of taking it; the thread waits for its turn inside {@code lock.wait}, so
     * the monitor is free for the others meanwhile, and the JVM hands it back when the turn comes. When the
     * watchdog already turned this entry into a pending acquisition (the thread was blocked by the JVM on a monitor
     * another managed thread held across a scheduling point), only the waiting is left.
     */
    static void syncMethodEnter(Object lock) {
        Execution e = RuntimeHooks.current();
        ManagedThread me;
        if (e == null || (me = RuntimeHooks.enter(e)) == null) {
            return;
        }
        try (me) {
            int site = Sites.caller(OpKind.LOCK_ACQUIRE);
            Operation op = null;
            synchronized (e) {
                if (me.convertedAcquire == lock) {
                    me.convertedAcquire = null;
                    if (me.status == ThreadStatus.RUNNING) {
                        return; // already chosen: the model gave it the monitor
                    }
                } else {
                    LockState l = e.resources.lock(lock, me);
                    if (l.owner == me) {
                        l.count++;
                        return;
                    }
                    op = Operation.monitor(OpKind.LOCK_ACQUIRE, l, lock, site);
                }
                me.waitMonitor = lock;
            }
            if (op != null) {
                e.point(me, op, lock);
            } else {
                Turns.awaitOn(e, me, lock);
            }
            me.waitMonitor = null;
            if (e.aborted) {
                throw new ExecutionAborted();
            }
        }
    }

    static void syncMethodExit(Object lock) {
        releaseLock(lock, Sites.caller(OpKind.LOCK_RELEASE));
    }

    private static void releaseLock(Object lock, int site) {
        Execution e = RuntimeHooks.current();
        ManagedThread me;
        // a stopped execution: let the monitor go without a point. The hook runs in the handler javac puts
        // around a synchronized block, which covers itself: throwing there would re-enter it until the execution
        // is no longer RuntimeHooks.current() (the explorer's grace for the worker to return, one second)
        if (e == null || lock == null || e.aborted || (me = RuntimeHooks.enter(e)) == null) {
            return;
        }
        try (me) {
            Operation op;
            synchronized (e) {
                LockState l = e.resources.existingLock(lock);
                if (l == null || l.owner != me) {
                    return;
                }
                if (l.count > 1) {
                    l.count--;
                    return;
                }
                op = Operation.monitor(OpKind.LOCK_RELEASE, l, lock, site);
            }
            e.point(me, op);
        }
    }

    static void objectWait(Object monitor, long millis, int site) throws InterruptedException {
        Execution e = RuntimeHooks.current();
        ManagedThread me;
        if (e == null || (me = RuntimeHooks.enter(e)) == null) {
            monitor.wait(millis);
            return;
        }
        try (me) {
            if (!Thread.holdsLock(monitor)) {
                throw new IllegalMonitorStateException("RuntimeHooks.current() thread is not owner");
            }
            // with early expiry a timed wait may end before an interrupt as well as after it: the flag is looked at
            // after its point, which DPOR orders with the interrupt (the JDK throws at once either way)
            boolean early = millis > 0 && e.options.earlyExpiry() && Timing.virtual(e, me);
            if (!early && Thread.interrupted()) {
                throw new InterruptedException();
            }
            Operation op;
            synchronized (e) {
                LockState l = e.resources.lock(monitor, me);
                op = Operation.waitOn(l, monitor, site, millis > 0);
            }
            if (early) {
                op.markClocked();
            }
            e.point(me, op);
            me.waitMonitor = monitor;
            if (Thread.currentThread().isInterrupted()) {
                // interrupted while it stood before the wait: the JDK's wait throws at once, so it leaves the wait
                // set it just joined and re-takes the monitor
                synchronized (e) {
                    e.resources.lock(monitor, me).waitSet.remove(me);
                }
                me.deadline = ManagedThread.NO_DEADLINE;
                e.release(me, ThreadStatus.AT_POINT, Model.reacquire(op));
            } else if (millis > 0 && !Timing.virtual(e, me)) {
                me.deadline = ManagedThread.REAL_DEADLINE;
                e.release(me, ThreadStatus.AT_POINT, Model.reacquire(op));
            } else {
                // a timed wait stays in the wait set until notified, interrupted, or its deadline comes
                me.deadline = millis > 0 ? e.clock.deadlineIn(TimeUnit.MILLISECONDS.toNanos(millis))
                        : ManagedThread.NO_DEADLINE;
                e.release(me, ThreadStatus.WAITING, op);
            }
            Turns.awaitOn(e, me, monitor);
            me.waitMonitor = null;
            if (e.aborted) {
                throw new ExecutionAborted();
            }
            if (Thread.interrupted()) {
                throw new InterruptedException(); // woken by Thread.interrupt: the monitor is held again
            }
        }
    }

    static void objectNotify(Object monitor, boolean all, int site) {
        Execution e = RuntimeHooks.current();
        ManagedThread me;
        if (e == null || (me = RuntimeHooks.enter(e)) == null) {
            if (all) {
                monitor.notifyAll();
            } else {
                monitor.notify();
            }
            return;
        }
        try (me) {
            if (!Thread.holdsLock(monitor)) {
                throw new IllegalMonitorStateException("RuntimeHooks.current() thread is not owner");
            }
            Operation op;
            synchronized (e) {
                LockState l = e.resources.lock(monitor, me);
                op = Operation.notifyOn(l, monitor, site, all);
            }
            e.point(me, op);
        }
    }
}
