package dev.frontrun.internal.sched;

import java.util.concurrent.TimeUnit;

import dev.frontrun.internal.bootstrap.Hooks;
import dev.frontrun.internal.instrument.Scope;
import dev.frontrun.internal.instrument.Site;
import dev.frontrun.internal.instrument.Sites;

/**
 * The {@link Hooks} implementation the bridge forwards to: it turns each hook of a managed thread of the current
 * execution into a scheduling point; every other thread (and a managed thread already inside scheduler code)
 * passes straight through.
 */
public final class RuntimeHooks implements Hooks {

    private static volatile Execution current;

    /** @param exec the execution whose threads are now managed, or {@code null} */
    public static void activate(Execution exec) {
        current = exec;
    }

    /** @return the execution whose threads are managed now, or {@code null} */
    static Execution current() {
        return current;
    }

    /** Resolves the calling managed thread and marks it as inside the scheduler, or returns {@code null}. */
    static ManagedThread enter(Execution e) {
        ManagedThread me = e.managedFor(Thread.currentThread());
        if (me == null || me.inHook || me.status == ThreadStatus.DONE) {
            return null;
        }
        me.inHook = true;
        return me;
    }

    @Override
    public void fieldRead(Object owner, int site) {
        access(owner, site);
    }

    @Override
    public void fieldWrite(Object owner, int site) {
        access(owner, site);
    }

    /** {@link #enter} for a hook in application code: a thread the scheduler does not manage is noted. */
    static ManagedThread enterApp(Execution e, int site) {
        ManagedThread me = e.managedFor(Thread.currentThread());
        if (me == null) {
            e.noteUnmanaged(Thread.currentThread(), site);
            return null;
        }
        return enter(e);
    }

    private static void access(Object owner, int site) {
        Execution e = current;
        ManagedThread me;
        if (e == null || !Scope.current().coversSite(site) || (me = enterApp(e, site)) == null) {
            return;
        }
        try {
            Site s = Sites.get(site);
            int rid;
            synchronized (e) {
                rid = owner == null ? Resources.named(s.className() + "." + s.member())
                        : e.resources.id(owner, s.member(), me);
            }
            e.point(me, new Operation(s.kind(), rid, s.member(), site, -1, false, null, false));
        } finally {
            me.inHook = false;
        }
    }

    @Override
    public void arrayRead(Object array, int index, int site) {
        arrayAccess(array, index, site);
    }

    @Override
    public void arrayWrite(Object array, int index, int site) {
        arrayAccess(array, index, site);
    }

    private static void arrayAccess(Object array, int index, int site) {
        Execution e = current;
        ManagedThread me;
        if (e == null || array == null || !Scope.current().coversSite(site) || (me = enterApp(e, site)) == null) {
            return;
        }
        try {
            int rid;
            String name;
            synchronized (e) {
                rid = e.resources.id(array, index, me);
                name = e.resources.describe(array) + "[" + index + "]";
            }
            e.point(me, new Operation(Sites.get(site).kind(), rid, name, site, -1, false, null, false));
        } finally {
            me.inHook = false;
        }
    }

    @Override
    public void monitorEnter(Object lock, int site) {
        Execution e = current;
        ManagedThread me;
        if (e == null || lock == null || !Scope.current().coversSite(site) || (me = enterApp(e, site)) == null) {
            return;
        }
        try {
            Operation op;
            synchronized (e) {
                LockState l = e.resources.lock(lock, me);
                if (l.owner == me) {
                    l.count++;
                    return;
                }
                op = new Operation(OpKind.LOCK_ACQUIRE, l.id, l.name, site, -1, false, lock, false);
            }
            e.point(me, op);
        } finally {
            me.inHook = false;
        }
    }

    @Override
    public void monitorExit(Object lock, int site) {
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
    @Override
    public void syncMethodEnter(Object lock) {
        Execution e = current;
        ManagedThread me;
        if (e == null || (me = enter(e)) == null) {
            return;
        }
        try {
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
                    op = new Operation(OpKind.LOCK_ACQUIRE, l.id, l.name, site, -1, false, lock, false);
                }
                me.waitMonitor = lock;
            }
            if (op != null) {
                e.pointHolding(me, op, lock);
            } else {
                e.awaitTurnOn(me, lock);
            }
            me.waitMonitor = null;
            if (e.aborted) {
                throw new ExecutionAborted();
            }
        } finally {
            me.inHook = false;
        }
    }

    @Override
    public void syncMethodExit(Object lock) {
        releaseLock(lock, Sites.caller(OpKind.LOCK_RELEASE));
    }

    private static void releaseLock(Object lock, int site) {
        Execution e = current;
        ManagedThread me;
        // a stopped execution: let the monitor go without a point. The hook runs in the handler javac puts
        // around a synchronized block, which covers itself: throwing there would re-enter it until the execution
        // is no longer current (the explorer's grace for the worker to return, one second)
        if (e == null || lock == null || e.aborted || (me = enter(e)) == null) {
            return;
        }
        try {
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
                op = new Operation(OpKind.LOCK_RELEASE, l.id, l.name, site, -1, false, lock, false);
            }
            e.point(me, op);
        } finally {
            me.inHook = false;
        }
    }

    @Override
    public void objectWait(Object monitor, long millis, int site) throws InterruptedException {
        Execution e = current;
        ManagedThread me;
        if (e == null || (me = enter(e)) == null) {
            monitor.wait(millis);
            return;
        }
        try {
            if (!Thread.holdsLock(monitor)) {
                throw new IllegalMonitorStateException("current thread is not owner");
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            Operation op;
            synchronized (e) {
                LockState l = e.resources.lock(monitor, me);
                op = new Operation(OpKind.WAIT, l.id, l.name, site, -1, millis > 0, monitor, false);
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
            e.awaitTurnOn(me, monitor);
            me.waitMonitor = null;
            if (e.aborted) {
                throw new ExecutionAborted();
            }
            if (Thread.interrupted()) {
                throw new InterruptedException(); // woken by Thread.interrupt: the monitor is held again
            }
        } finally {
            me.inHook = false;
        }
    }

    @Override
    public void objectNotify(Object monitor, boolean all, int site) {
        Execution e = current;
        ManagedThread me;
        if (e == null || (me = enter(e)) == null) {
            if (all) {
                monitor.notifyAll();
            } else {
                monitor.notify();
            }
            return;
        }
        try {
            if (!Thread.holdsLock(monitor)) {
                throw new IllegalMonitorStateException("current thread is not owner");
            }
            Operation op;
            synchronized (e) {
                LockState l = e.resources.lock(monitor, me);
                op = new Operation(OpKind.NOTIFY, l.id, l.name, site, -1, all, monitor, false);
            }
            e.point(me, op);
        } finally {
            me.inHook = false;
        }
    }

    @Override
    public void sleep(long millis, int site) throws InterruptedException {
        Execution e = current;
        ManagedThread me;
        if (e == null || (me = enter(e)) == null) {
            Thread.sleep(millis);
            return;
        }
        try {
            if (millis < 0) {
                throw new IllegalArgumentException("timeout value is negative");
            }
            if (Thread.interrupted()) {
                throw new InterruptedException("sleep interrupted");
            }
            boolean timed = millis > 0;
            Timing.setDeadline(e, me, timed, TimeUnit.MILLISECONDS.toNanos(millis));
            e.point(me, new Operation(OpKind.SLEEP, -1, "", site, -1, timed, null, false));
            if (Thread.interrupted()) {
                throw new InterruptedException("sleep interrupted");
            }
        } finally {
            me.inHook = false;
        }
    }

    @Override
    public void yieldNow(int site) {
        Execution e = current;
        ManagedThread me;
        if (e == null || (me = enter(e)) == null) {
            Thread.yield();
            return;
        }
        simple(e, me, OpKind.YIELD, site);
    }

    private static void simple(Execution e, ManagedThread me, OpKind kind, int site) {
        try {
            e.point(me, new Operation(kind, -1, "", site, -1, false, null, false));
        } finally {
            me.inHook = false;
        }
    }

    @Override
    public void threadStart(Thread thread) {
        Execution e = current;
        ManagedThread me;
        if (e == null || thread.getState() != Thread.State.NEW || carrier(thread) || (me = enter(e)) == null) {
            return;
        }
        try {
            int child;
            synchronized (e) {
                child = e.nextChildId(me);
            }
            e.point(me, new Operation(OpKind.SPAWN, -1, "Thread " + child, Sites.caller(OpKind.SPAWN), child, false,
                    thread, false));
        } finally {
            me.inHook = false;
        }
    }

    /**
     * The parent of a managed thread waits until the child reaches its first scheduling point, so that the code a
     * new thread runs before it (a pool worker's start-up inside the JDK) never runs beside the parent: otherwise
     * which of the two gets somewhere first depends on timing, and replays diverge. A child the JVM blocks on the
     * way (a monitor the parent holds) is left to run beside it, as before.
     */
    @Override
    public void threadStarted(Thread thread) {
        Execution e = current;
        ManagedThread me;
        if (e == null || !e.hasSpawned) {
            return;
        }
        ManagedThread child = e.managedFor(thread);
        if (child == null || (me = enter(e)) == null) {
            return;
        }
        try {
            ChildStart.awaitFirstPoint(e, child);
        } finally {
            me.inHook = false;
        }
    }

    /** A carrier of virtual threads (JDK 21+), started on demand by the JVM's scheduler: never managed itself. */
    private static boolean carrier(Thread thread) {
        return thread.getClass().getName().equals("jdk.internal.misc.CarrierThread");
    }

    @Override
    public void threadExit() {
        Execution e = current;
        ManagedThread me;
        if (e == null || !e.hasSpawned || (me = enter(e)) == null) {
            return;
        }
        try {
            e.point(me, new Operation(OpKind.END, -1, "", -1, -1, false, null, false));
        } catch (ExecutionAborted aborted) {
            // the thread is ending anyway
        } finally {
            me.inHook = false;
        }
    }

    @Override
    public boolean join(Thread thread, long millis) {
        Execution e = current;
        if (e == null) {
            return false;
        }
        ManagedThread target = e.managedFor(thread);
        ManagedThread me;
        if (target == null || (me = enter(e)) == null) {
            return false;
        }
        try {
            Timing.setDeadline(e, me, millis > 0, TimeUnit.MILLISECONDS.toNanos(millis));
            e.point(me, new Operation(OpKind.JOIN, -1, "Thread " + target.id, Sites.caller(OpKind.JOIN), target.id,
                    millis > 0, null, false));
            if (target.status == ThreadStatus.DONE) {
                // ended in the model: let the thread really finish, so that isAlive() agrees
                awaitTermination(thread);
                return true;
            }
            // interrupted while the target still runs: the JDK's join throws InterruptedException at once
            return !Thread.currentThread().isInterrupted();
        } finally {
            me.inHook = false;
        }
    }

    private static void awaitTermination(Thread thread) {
        if (thread instanceof Worker) {
            return; // a pooled worker goes back to its pool
        }
        boolean interrupted = Thread.interrupted();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean park(boolean timed) {
        return park(false, 0L, false);
    }

    @Override
    public boolean parkTimed(long time, boolean absolute) {
        return park(true, time, absolute);
    }

    private static boolean park(boolean timed, long time, boolean absolute) {
        Execution e = current;
        ManagedThread me;
        if (e == null || (timed && !absolute && time <= 0) || (me = enter(e)) == null) {
            return false;
        }
        try {
            if (timed && absolute) {
                Timing.setDeadlineAt(e, me, time);
            } else {
                Timing.setDeadline(e, me, timed, time);
            }
            // the JDK's own parks (inside synchronizers, queues, pools) re-check their condition in a loop, so a
            // spurious wake-up there shows nothing new: only the application's parks may be woken spuriously
            me.parkByApplication = !LibraryHooks.parkedByJdk();
            e.point(me, new Operation(OpKind.PARK, -1, "", Sites.caller(OpKind.PARK), me.id, timed, null, false));
            return true;
        } finally {
            me.inHook = false;
        }
    }

    @Override
    public long nanoTime() {
        Execution e = current;
        return e == null ? System.nanoTime() : Timing.nanoTime(e);
    }

    @Override
    public long currentTimeMillis() {
        Execution e = current;
        return e == null ? System.currentTimeMillis() : Timing.currentTimeMillis(e);
    }

    @Override
    public java.time.Instant virtualInstant() {
        Execution e = current;
        return e == null ? null : Timing.instant(e);
    }

    @Override
    public void jdkSleep(long millis, int nanos) throws InterruptedException {
        sleep(nanos > 0 && millis < Long.MAX_VALUE ? millis + 1 : millis, -1);
    }

    @Override
    public boolean unpark(Thread thread) {
        Execution e = current;
        if (e == null || thread == null || SchedulerUnpark.active()) {
            return false;
        }
        ManagedThread target = e.managedFor(thread);
        if (target == null) {
            if (e.managedFor(Thread.currentThread()) != null && !ManagedThreads.known(thread)) {
                e.externalWoken();
            }
            return false;
        }
        ManagedThread caller = e.managedFor(Thread.currentThread());
        if (caller == null || caller.status == ThreadStatus.DONE || caller.inHook) {
            // an unmanaged thread (or code running inside a hook): the permit is the target's in the model too, also
            // when it is not parked yet; then really unpark (a managed thread only ever really parks inside the
            // scheduler, which tolerates spurious wake-ups)
            synchronized (e) {
                target.permit = true;
                if (target.pending != null && target.pending.kind() == OpKind.PARK) {
                    e.modelChangedExternally();
                }
            }
            return false;
        }
        ManagedThread me = enter(e);
        if (me == null) {
            return false;
        }
        try {
            e.point(me, new Operation(OpKind.UNPARK, -1, "Thread " + target.id, Sites.caller(OpKind.UNPARK),
                    target.id, false, null, false));
            return true;
        } finally {
            me.inHook = false;
        }
    }
    @Override
    public void syncPoint(Object sync, boolean acquire) {
        LibraryHooks.syncPoint(current, sync, acquire);
    }

    @Override
    public void internalPoint(Object self, String method) {
        LibraryHooks.internalPoint(current, self, method);
    }

    @Override
    public void atomic(Object atomic, int kind) {
        LibraryHooks.atomic(current, atomic, kind);
    }

    @Override
    public void socketIo(Object socket, String host, int port, boolean write) {
        LibraryHooks.socketIo(current, socket, host, port, write);
    }

    @Override
    public void socketIoDone() {
        LibraryHooks.socketIoDone(current);
    }

    @Override
    public boolean uncaught(Throwable failure) {
        Execution e = current;
        if (e != null && e.uncaught(Thread.currentThread(), failure)) {
            return true;
        }
        // a thread started in an execution that already ended, unwinding from the scheduler's stop (JDK code it was
        // stopped in may throw something else on the way out, such as an IllegalMonitorStateException)
        Execution owner = ManagedThreads.startedBy(Thread.currentThread());
        return failure instanceof ExecutionAborted || (owner != null && owner.isFinished());
    }

    @Override
    public void libraryCall(Object receiver, int site) {
        LibraryCalls.call(current, receiver, site);
    }

    @Override
    public boolean interruptPending(Thread thread) {
        Execution e = current;
        ManagedThread m;
        return e != null && thread != Thread.currentThread() && (m = e.managedFor(thread)) != null
                && m.interruptPending && m.status != ThreadStatus.RUNNING;
    }

    @Override
    public void interrupt(Thread thread) {
        Execution e = current;
        if (e == null || thread == null || thread == Thread.currentThread()) {
            return;
        }
        ManagedThread target = e.managedFor(thread);
        ManagedThread me;
        if (target == null || (me = enter(e)) == null) {
            return;
        }
        try {
            e.point(me, new Operation(OpKind.INTERRUPT, -1, "Thread " + target.id, Sites.caller(OpKind.INTERRUPT),
                    target.id, false, null, false));
        } finally {
            me.inHook = false;
        }
    }
}
