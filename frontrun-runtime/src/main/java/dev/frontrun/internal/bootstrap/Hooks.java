package dev.frontrun.internal.bootstrap;

/**
 * What instrumented code reports to the scheduler. {@link Bridge} forwards every call to the installed
 * implementation; both types live in the bootstrap class loader so that JDK classes can call them.
 *
 * <p>Methods returning {@code boolean} answer "handled": {@code true} means the scheduler performed the operation
 * itself and the original code must be skipped.
 */
public interface Hooks {

    /** A field read; {@code owner} is {@code null} for a static field. */
    void fieldRead(Object owner, int site);

    /** A field write; {@code owner} is {@code null} for a static field. */
    void fieldWrite(Object owner, int site);

    /** An array element read. */
    void arrayRead(Object array, int index, int site);

    /** An array element write. */
    void arrayWrite(Object array, int index, int site);

    /** Before {@code monitorenter}. */
    void monitorEnter(Object lock, int site);

    /** Before {@code monitorexit}. */
    void monitorExit(Object lock, int site);

    /** First thing in a synchronized method (the JVM already holds {@code lock}). */
    void syncMethodEnter(Object lock);

    /** Last thing in a synchronized method (normal or exceptional exit), before the JVM releases {@code lock}. */
    void syncMethodExit(Object lock);

    /** Replaces {@code Object.wait(millis)} ({@code 0} waits forever). */
    void objectWait(Object monitor, long millis, int site) throws InterruptedException;

    /** Replaces {@code Object.notify()} / {@code notifyAll()}. */
    void objectNotify(Object monitor, boolean all, int site);

    /** Replaces {@code Thread.sleep(millis)}. */
    void sleep(long millis, int site) throws InterruptedException;

    /** Replaces {@code Thread.yield()}. */
    void yieldNow(int site);

    /** On entry to {@code Thread.start()}. */
    void threadStart(Thread thread);

    /** On return from {@code Thread.start()}: the new thread runs. */
    void threadStarted(Thread thread);

    /** On entry to the JVM's {@code Thread.exit()} of the current thread. */
    void threadExit();

    /** On entry to {@code Thread.join(millis)}; {@code 0} joins forever. */
    boolean join(Thread thread, long millis);

    /**
     * On entry to {@code LockSupport.park*}; {@code timed} for parkNanos/parkUntil; {@code blocker} is the park's
     * blocker argument, {@code null} without one.
     */
    boolean park(Object blocker, boolean timed);

    /**
     * On entry to {@code LockSupport.parkNanos} ({@code time} nanoseconds) or {@code parkUntil} ({@code absolute}:
     * {@code time} is a wall-clock deadline in epoch milliseconds).
     */
    boolean parkTimed(Object blocker, long time, boolean absolute);

    /** Replaces {@code System.nanoTime()} in application and JDK concurrency code. */
    long nanoTime();

    /** Replaces {@code System.currentTimeMillis()} in application and JDK concurrency code. */
    long currentTimeMillis();

    /** On entry to {@code java.time.Clock.currentInstant()}: the instant to answer instead, or {@code null}. */
    java.time.Instant virtualInstant();

    /** Replaces {@code Thread.sleep(millis, nanos)} in JDK code ({@code TimeUnit.sleep}). */
    void jdkSleep(long millis, int nanos) throws InterruptedException;

    /** On entry to {@code LockSupport.unpark}. */
    boolean unpark(Thread thread);

    /** On entry to a java.util.concurrent lock, latch or semaphore method that acquires or releases it. */
    void syncPoint(Object sync, boolean acquire);

    /** On entry to a pool's or future's internal step that changes hidden state ({@code method}: class.method). */
    void internalPoint(Object self, String method);

    /** On entry to {@code FutureTask.handlePossibleCancellationInterrupt}: its runner waits for a cancellation. */
    void cancellationSpin(Object future);

    /** On exit from the constructor of a java.util.concurrent object whose creator names it (a future, a pool). */
    void created(Object object);

    /** On entry to an atomic class's method: {@code kind} 0 read, 1 write, 2 read-modify-write. */
    void atomic(Object atomic, int kind);

    /** On entry to a socket read or write. */
    void socketIo(Object socket, String host, int port, boolean write);

    /** On exit of a socket read or write. */
    void socketIoDone();

    /**
     * On entry to an I/O call between threads that may wait or wake a waiter (accept, connect, close, select,
     * wakeup, a pipe's read and write); {@code call} names it, {@code arg} is the address of a connect.
     *
     * @return 1 when a pipe read must fail because its writer ended, else 0
     */
    int ioEnter(Object self, String call, Object arg);

    /** On exit of such a call; {@code result} is the accepted socket of an accept. */
    void ioExit(Object self, String call, Object result);

    /** @return the JDK's view of a selected-key set that allows removal but not addition, or {@code null} */
    Object ungrowable(java.util.Set<Object> set);

    /** @return whether {@code thread} is a managed thread whose interrupt the scheduler holds while it waits */
    boolean interruptPending(Thread thread);

    /** {@code Thread.interrupt()} of {@code thread} is about to run. */
    void interrupt(Thread thread);

    /** A thread is about to report an uncaught exception; {@code true} means the scheduler took it over. */
    boolean uncaught(Throwable failure);

    /**
     * A call from application code on an object of a class that is not instrumented (a library object), or a static
     * JDK method or JDK constructor given objects ({@code receiver} then {@code null}).
     */
    void libraryCall(Object receiver, Object[] args, int site);

    /** A JDK call returned {@code view}, which may show the state of {@code of} (an iterator, a key set, a wrapper). */
    void libraryView(Object view, Object of);
}
