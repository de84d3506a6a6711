package dev.frontrun.internal.sched;

import java.util.concurrent.TimeUnit;

import dev.frontrun.internal.bootstrap.Hooks;
import dev.frontrun.internal.vocab.OpKind;

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
        MemoryHooks.field(current, owner, site);
    }

    @Override
    public void fieldWrite(Object owner, int site) {
        MemoryHooks.field(current, owner, site);
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

    @Override
    public void arrayRead(Object array, int index, int site) {
        MemoryHooks.element(current, array, index, site);
    }

    @Override
    public void arrayWrite(Object array, int index, int site) {
        MemoryHooks.element(current, array, index, site);
    }

    @Override
    public void sleep(long millis, int site) throws InterruptedException {
        Execution e = current;
        ManagedThread me;
        if (e == null || (me = enter(e)) == null) {
            Thread.sleep(millis);
            return;
        }
        try (me) {
            if (millis < 0) {
                throw new IllegalArgumentException("timeout value is negative");
            }
            // with early expiry the sleep may end before an interrupt as well as after it: the flag is looked at
            // after its point, which DPOR orders with the interrupt (the JDK throws at once either way)
            if (!e.options.earlyExpiry() && Thread.interrupted()) {
                throw new InterruptedException("sleep interrupted");
            }
            boolean timed = millis > 0;
            Timing.setDeadline(e, me, timed, TimeUnit.MILLISECONDS.toNanos(millis));
            e.point(me, ThreadOperations.sleep(site, timed));
            if (Thread.interrupted()) {
                throw new InterruptedException("sleep interrupted");
            }
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
        try (me) {
            e.point(me, Operation.plain(kind, site));
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
    public void syncPoint(Object sync, boolean acquire) {
        LibraryHooks.syncPoint(current, sync, acquire);
    }

    @Override
    public void internalPoint(Object self, String method) {
        LibraryHooks.internalPoint(current, self, method);
    }

    @Override
    public void cancellationSpin(Object future) {
        CancellationWait.await(current, future);
    }

    @Override
    public void created(Object object) {
        LibraryHooks.created(current, object);
    }

    @Override
    public void atomic(Object atomic, int kind) {
        LibraryHooks.atomic(current, atomic, kind);
    }

    @Override
    public void socketIo(Object socket, String host, int port, boolean write) {
        if (!LoopbackIo.socketIo(current, socket, write, port == dev.frontrun.internal.bootstrap.Bridge.TIMED_READ)) {
            LibraryHooks.socketIo(current, socket, host, port, write);
        }
    }

    @Override
    public void socketIoDone() {
        LibraryHooks.socketIoDone(current);
        LoopbackIo.done(current);
    }

    @Override
    public int ioEnter(Object self, String call, Object arg) {
        return LoopbackIo.enter(current, self, call, arg);
    }

    @Override
    public void ioExit(Object self, String call, Object result) {
        LoopbackIo.exit(current, self, call, result);
    }

    @Override
    public Object ungrowable(java.util.Set<Object> set) {
        return IoProbes.ungrowable(set);
    }

    @Override
    public void libraryCall(Object receiver, Object[] args, int site) {
        LibraryCalls.call(current, receiver, args, site);
    }

    @Override
    public void libraryView(Object view, Object of) {
        LibraryCalls.view(current, view, of);
    }

    @Override
    public void monitorEnter(Object lock, int site) {
        MonitorHooks.monitorEnter(lock, site);
    }

    @Override
    public void monitorExit(Object lock, int site) {
        MonitorHooks.monitorExit(lock, site);
    }

    @Override
    public void syncMethodEnter(Object lock) {
        MonitorHooks.syncMethodEnter(lock);
    }

    @Override
    public void syncMethodExit(Object lock) {
        MonitorHooks.syncMethodExit(lock);
    }

    @Override
    public void objectWait(Object monitor, long millis, int site) throws InterruptedException  {
        MonitorHooks.objectWait(monitor, millis, site);
    }

    @Override
    public void objectNotify(Object monitor, boolean all, int site) {
        MonitorHooks.objectNotify(monitor, all, site);
    }

    @Override
    public void threadStart(Thread thread) {
        ThreadHooks.threadStart(thread);
    }

    @Override
    public void threadStarted(Thread thread) {
        ThreadHooks.threadStarted(thread);
    }

    @Override
    public void threadExit() {
        ThreadHooks.threadExit();
    }

    @Override
    public boolean join(Thread thread, long millis) {
        return ThreadHooks.join(thread, millis);
    }

    @Override
    public boolean park(Object blocker, boolean timed) {
        return ThreadHooks.park(blocker, timed);
    }

    @Override
    public boolean parkTimed(Object blocker, long time, boolean absolute) {
        return ThreadHooks.parkTimed(blocker, time, absolute);
    }

    @Override
    public boolean unpark(Thread thread) {
        return ThreadHooks.unpark(thread);
    }

    @Override
    public boolean uncaught(Throwable failure) {
        return ThreadHooks.uncaught(failure);
    }

    @Override
    public boolean interruptPending(Thread thread) {
        return ThreadHooks.interruptPending(thread);
    }

    @Override
    public void interrupt(Thread thread) {
        ThreadHooks.interrupt(thread);
    }
}
