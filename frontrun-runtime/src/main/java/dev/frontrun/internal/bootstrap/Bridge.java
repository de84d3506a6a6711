package dev.frontrun.internal.bootstrap;

/**
 * The only class instrumented code calls. It is injected into the bootstrap class loader before anything
 * references it, so JDK and application classes see the same copy, and forwards to a replaceable {@link Hooks}.
 * With no delegate installed every method does what the original instruction would have done.
 */
public final class Bridge {

    private static volatile Hooks delegate;

    /** The port {@link #socketIo} reports for a channel read with a timeout (no real port is negative). */
    public static final int TIMED_READ = -2;

    private Bridge() {
    }

    /** @param hooks the implementation to forward to, or {@code null} to switch the hooks off */
    public static void install(Hooks hooks) {
        delegate = hooks;
    }

    /** @return the installed delegate, or {@code null} */
    public static Hooks installed() {
        return delegate;
    }

    public static void fieldRead(Object owner, int site) {
        Hooks d = delegate;
        if (d != null) {
            d.fieldRead(owner, site);
        }
    }

    public static void fieldWrite(Object owner, int site) {
        Hooks d = delegate;
        if (d != null) {
            d.fieldWrite(owner, site);
        }
    }

    public static void arrayRead(Object array, int index, int site) {
        Hooks d = delegate;
        if (d != null) {
            d.arrayRead(array, index, site);
        }
    }

    public static void arrayWrite(Object array, int index, int site) {
        Hooks d = delegate;
        if (d != null) {
            d.arrayWrite(array, index, site);
        }
    }

    public static void monitorEnter(Object lock, int site) {
        Hooks d = delegate;
        if (d != null) {
            d.monitorEnter(lock, site);
        }
    }

    public static void monitorExit(Object lock, int site) {
        Hooks d = delegate;
        if (d != null) {
            d.monitorExit(lock, site);
        }
    }

    public static void syncMethodEnter(Object lock) {
        Hooks d = delegate;
        if (d != null) {
            d.syncMethodEnter(lock);
        }
    }

    public static void syncMethodExit(Object lock) {
        Hooks d = delegate;
        if (d != null) {
            d.syncMethodExit(lock);
        }
    }

    public static void objectWait(Object monitor, long millis, int site) throws InterruptedException {
        Hooks d = delegate;
        if (d != null) {
            d.objectWait(monitor, millis, site);
        } else {
            monitor.wait(millis);
        }
    }

    public static void objectNotify(Object monitor, boolean all, int site) {
        Hooks d = delegate;
        if (d != null) {
            d.objectNotify(monitor, all, site);
        } else if (all) {
            monitor.notifyAll();
        } else {
            monitor.notify();
        }
    }

    public static void sleep(long millis, int site) throws InterruptedException {
        Hooks d = delegate;
        if (d != null) {
            d.sleep(millis, site);
        } else {
            Thread.sleep(millis);
        }
    }

    public static void yieldNow(int site) {
        Hooks d = delegate;
        if (d != null) {
            d.yieldNow(site);
        } else {
            Thread.yield();
        }
    }

    public static void threadStart(Thread thread) {
        Hooks d = delegate;
        if (d != null) {
            d.threadStart(thread);
        }
    }

    public static void threadStarted(Thread thread) {
        Hooks d = delegate;
        if (d != null) {
            d.threadStarted(thread);
        }
    }

    public static void threadExit() {
        Hooks d = delegate;
        if (d != null) {
            d.threadExit();
        }
    }

    public static boolean join(Thread thread, long millis) {
        Hooks d = delegate;
        return d != null && d.join(thread, millis);
    }

    public static boolean park(Object blocker, boolean timed) {
        Hooks d = delegate;
        return d != null && d.park(blocker, timed);
    }

    public static boolean parkTimed(Object blocker, long time, boolean absolute) {
        Hooks d = delegate;
        return d != null && d.parkTimed(blocker, time, absolute);
    }

    public static long nanoTime() {
        Hooks d = delegate;
        return d != null ? d.nanoTime() : System.nanoTime();
    }

    public static long currentTimeMillis() {
        Hooks d = delegate;
        return d != null ? d.currentTimeMillis() : System.currentTimeMillis();
    }

    public static java.time.Instant virtualInstant() {
        Hooks d = delegate;
        return d != null ? d.virtualInstant() : null;
    }

    public static void jdkSleep(long millis, int nanos) throws InterruptedException {
        Hooks d = delegate;
        if (d != null) {
            d.jdkSleep(millis, nanos);
        } else {
            Thread.sleep(millis, nanos);
        }
    }

    public static boolean unpark(Thread thread) {
        Hooks d = delegate;
        return d != null && d.unpark(thread);
    }

    public static void syncPoint(Object sync, boolean acquire) {
        Hooks d = delegate;
        if (d != null) {
            d.syncPoint(sync, acquire);
        }
    }

    public static void internalPoint(Object self, String method) {
        Hooks d = delegate;
        if (d != null) {
            d.internalPoint(self, method);
        }
    }

    public static void cancellationSpin(Object future) {
        Hooks d = delegate;
        if (d != null) {
            d.cancellationSpin(future);
        }
    }

    public static void created(Object object) {
        Hooks d = delegate;
        if (d != null) {
            d.created(object);
        }
    }

    public static void atomic(Object atomic, int kind) {
        Hooks d = delegate;
        if (d != null) {
            d.atomic(atomic, kind);
        }
    }

    public static void socketIo(Object socket, String host, int port, boolean write) {
        Hooks d = delegate;
        if (d != null) {
            d.socketIo(socket, host, port, write);
        }
    }

    public static void socketIoDone() {
        Hooks d = delegate;
        if (d != null) {
            d.socketIoDone();
        }
    }

    public static int ioEnter(Object self, String call, Object arg) {
        Hooks d = delegate;
        return d != null ? d.ioEnter(self, call, arg) : 0;
    }

    public static void ioExit(Object self, String call, Object result) {
        Hooks d = delegate;
        if (d != null) {
            d.ioExit(self, call, result);
        }
    }

    public static Object ungrowable(java.util.Set<Object> set) {
        Hooks d = delegate;
        return d != null ? d.ungrowable(set) : null;
    }

    public static boolean uncaught(Throwable failure) {
        Hooks d = delegate;
        return d != null && d.uncaught(failure);
    }

    public static void libraryCall(Object receiver, Object[] args, int site) {
        Hooks d = delegate;
        if (d != null) {
            d.libraryCall(receiver, args, site);
        }
    }

    public static void libraryView(Object view, Object of) {
        Hooks d = delegate;
        if (d != null) {
            d.libraryView(view, of);
        }
    }

    public static boolean interruptPending(Thread thread) {
        Hooks d = delegate;
        return d != null && d.interruptPending(thread);
    }

    public static void interrupt(Thread thread) {
        Hooks d = delegate;
        if (d != null) {
            d.interrupt(thread);
        }
    }
}
