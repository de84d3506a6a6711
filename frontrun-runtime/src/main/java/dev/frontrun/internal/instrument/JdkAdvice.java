package dev.frontrun.internal.instrument;

import java.net.InetAddress;

import net.bytebuddy.asm.Advice;

import dev.frontrun.internal.bootstrap.Bridge;

/**
 * Advice inlined into JDK classes. Each piece only calls the bootstrap {@link Bridge}. Advice that may skip the
 * original method ({@code skipOn}) lets the scheduler perform a blocking operation in its model instead of the JVM;
 * those do not suppress exceptions, so a stopped execution can unwind through them.
 */
public final class JdkAdvice {

    private JdkAdvice() {
    }

    /** {@code Thread.start()}. */
    public static final class ThreadStart {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Thread self) {
            Bridge.threadStart(self);
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.This Thread self) {
            Bridge.threadStarted(self);
        }
    }

    /** {@code Thread.exit()}, run by the JVM on the dying thread. */
    public static final class ThreadExit {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter() {
            Bridge.threadExit();
        }
    }

    /** {@code VirtualThread.run(Runnable)} (JDK 21+): a virtual thread's body ended; it never calls Thread.exit. */
    public static final class VirtualThreadEnd {
        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit() {
            Bridge.threadExit();
        }
    }

    /** {@code Thread.dispatchUncaughtException(Throwable)}, run by the JVM when a thread's run method throws. */
    public static final class Uncaught {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
        static boolean enter(@Advice.Argument(0) Throwable failure) {
            return Bridge.uncaught(failure);
        }
    }

    /** {@code Thread.interrupt()}. */
    public static final class Interrupt {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Thread self) {
            Bridge.interrupt(self);
        }
    }

    /**
     * {@code Thread.isInterrupted()}: a managed thread waiting for its turn keeps its interrupt in the model (the
     * scheduler clears the JVM's flag meanwhile and sets it again when the thread resumes), so others see it.
     */
    public static final class IsInterrupted {
        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.This Thread self, @Advice.Return(readOnly = false) boolean interrupted) {
            if (!interrupted && Bridge.interruptPending(self)) {
                interrupted = true;
            }
        }
    }

    /** {@code Thread.join()}. */
    public static final class Join {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.This Thread self) {
            return Bridge.join(self, 0L);
        }
    }

    /** {@code Thread.join(long)}. */
    public static final class JoinMillis {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.This Thread self, @Advice.Argument(0) long millis) {
            return Bridge.join(self, millis);
        }
    }

    /** {@code LockSupport.park()} and {@code park(Object)}. */
    public static final class Park {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.AllArguments Object[] args) {
            return Bridge.park(args.length == 1 ? args[0] : null, false);
        }
    }

    /** {@code LockSupport.parkNanos(long)}. */
    public static final class ParkNanos {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.Argument(0) long nanos) {
            return Bridge.parkTimed(null, nanos, false);
        }
    }

    /** {@code LockSupport.parkNanos(Object, long)}. */
    public static final class ParkNanosBlocker {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.Argument(0) Object blocker, @Advice.Argument(1) long nanos) {
            return Bridge.parkTimed(blocker, nanos, false);
        }
    }

    /** {@code LockSupport.parkUntil(long)}. */
    public static final class ParkUntil {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.Argument(0) long deadline) {
            return Bridge.parkTimed(null, deadline, true);
        }
    }

    /** {@code LockSupport.parkUntil(Object, long)}. */
    public static final class ParkUntilBlocker {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.Argument(0) Object blocker, @Advice.Argument(1) long deadline) {
            return Bridge.parkTimed(blocker, deadline, true);
        }
    }

    /** {@code java.time.Clock.currentInstant()} (behind {@code Instant.now()} and the system clocks). */
    public static final class CurrentInstant {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
        static java.time.Instant enter() {
            return Bridge.virtualInstant();
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.Enter java.time.Instant virtual,
                @Advice.Return(readOnly = false) java.time.Instant instant) {
            if (virtual != null) {
                instant = virtual;
            }
        }
    }

    /** {@code LockSupport.unpark(Thread)}. */
    public static final class Unpark {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
        static boolean enter(@Advice.Argument(0) Thread thread) {
            return Bridge.unpark(thread);
        }
    }

    /** Acquiring a java.util.concurrent lock, latch or semaphore. */
    public static final class SyncAcquire {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object self) {
            Bridge.syncPoint(self, true);
        }
    }

    /** Releasing a java.util.concurrent lock, latch or semaphore. */
    public static final class SyncRelease {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object self) {
            Bridge.syncPoint(self, false);
        }
    }

    /**
     * A step inside a pool or future that changes state no other scheduling point shows (a worker taking its next
     * task, a future completing): a scheduling point before it, so that it is ordered like the calls it races with.
     */
    public static final class InternalPoint {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object self, @Advice.Origin("#t.#m") String method) {
            Bridge.internalPoint(self, method);
        }
    }

    /**
     * {@code ThreadPoolExecutor.Worker.unlock()} called by the worker's own thread: the worker becomes idle (after a
     * task, or when it starts), which a pool's {@code interruptIdleWorkers} sees through {@code tryLock}. The code
     * before it is the task's (application code, or a future's completion), so without a point here that change of
     * the pool's state would belong to a step DPOR takes for the task's alone.
     */
    public static final class WorkerUnlock {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object self, @Advice.FieldValue("thread") Thread thread) {
            if (thread == Thread.currentThread()) {
                Bridge.internalPoint(self, "java.util.concurrent.ThreadPoolExecutor$Worker.unlock");
            }
        }
    }

    /** The constructor of a future or a pool: the object is named after the thread that created it. */
    public static final class Created {
        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.This Object self) {
            Bridge.created(self);
        }
    }

    /** A future's runner waiting while a cancellation interrupts it (the JDK spins in {@code Thread.yield}). */
    public static final class CancellationSpin {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object self) {
            Bridge.cancellationSpin(self);
        }
    }

    /** Reads of an atomic class's value. */
    public static final class AtomicRead {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object self) {
            Bridge.atomic(self, 0);
        }
    }

    /** Writes of an atomic class's value. */
    public static final class AtomicWrite {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object self) {
            Bridge.atomic(self, 1);
        }
    }

    /** Read-modify-writes of an atomic class's value. */
    public static final class AtomicUpdate {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object self) {
            Bridge.atomic(self, 2);
        }
    }

    /**
     * {@code sun.nio.ch.NioSocketImpl.read(byte[],int,int)}: may wait in the model, so it does not suppress. With
     * {@code SO_TIMEOUT}, a read that timed out in virtual time throws as the JDK's does.
     */
    public static final class SocketImplRead {
        @Advice.OnMethodEnter
        static void enter(@Advice.This Object self, @Advice.FieldValue("address") InetAddress address,
                @Advice.FieldValue("port") int port) throws java.net.SocketTimeoutException {
            Bridge.socketIo(self, address == null ? null : address.getHostAddress(), port, false);
            if (Bridge.ioEnter(self, "readTimedOut", null) == 1) {
                throw new java.net.SocketTimeoutException("Read timed out");
            }
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit() {
            Bridge.socketIoDone();
        }
    }

    /** {@code sun.nio.ch.NioSocketImpl.write(byte[],int,int)}. */
    public static final class SocketImplWrite {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object self, @Advice.FieldValue("address") InetAddress address,
                @Advice.FieldValue("port") int port) {
            Bridge.socketIo(self, address == null ? null : address.getHostAddress(), port, true);
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit() {
            Bridge.socketIoDone();
        }
    }

    /** {@code sun.nio.ch.SocketChannelImpl.read(ByteBuffer)}: may wait in the model, so it does not suppress. */
    public static final class ChannelRead {
        @Advice.OnMethodEnter
        static void enter(@Advice.This Object self) {
            Bridge.socketIo(self, null, -1, false);
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit() {
            Bridge.socketIoDone();
        }
    }

    /** {@code sun.nio.ch.SocketChannelImpl.write(ByteBuffer)}. */
    public static final class ChannelWrite {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object self) {
            Bridge.socketIo(self, null, -1, true);
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit() {
            Bridge.socketIoDone();
        }
    }
}
