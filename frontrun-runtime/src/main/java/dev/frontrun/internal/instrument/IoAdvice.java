package dev.frontrun.internal.instrument;

import net.bytebuddy.asm.Advice;

import dev.frontrun.internal.bootstrap.Bridge;

/**
 * Advice inlined into the JDK's socket, channel, selector and pipe classes: each call between threads that may wait
 * (accept, select, a pipe's read) or wake a waiter (connect, close, wakeup, a pipe's write) is a scheduling point.
 * Advice on a call that may wait does not suppress exceptions, so a stopped execution unwinds through it instead of
 * entering the blocking call.
 */
public final class IoAdvice {

    private IoAdvice() {
    }

    /** {@code NioSocketImpl.listen}, {@code ServerSocketChannelImpl.bind}: a listening socket is open. */
    public static final class Listen {
        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.This Object self) {
            Bridge.ioExit(self, "listen", null);
        }
    }

    /** {@code NioSocketImpl.connect(SocketAddress, int)}, {@code SocketChannelImpl.connect(SocketAddress)}. */
    public static final class Connect {
        @Advice.OnMethodEnter
        static void enter(@Advice.This Object self, @Advice.Argument(0) Object address) {
            Bridge.ioEnter(self, "connect", address);
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.This Object self) {
            Bridge.ioExit(self, "connect", null);
        }
    }

    /**
     * {@code NioSocketImpl.accept(SocketImpl)}: the accepted socket is the argument. With {@code SO_TIMEOUT}, an accept
     * that timed out in virtual time throws as the JDK's does.
     */
    public static final class AcceptInto {
        @Advice.OnMethodEnter
        static void enter(@Advice.This Object self) throws java.net.SocketTimeoutException {
            if (Bridge.ioEnter(self, "accept", null) == 1) {
                throw new java.net.SocketTimeoutException("Accept timed out");
            }
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.This Object self, @Advice.Argument(0) Object accepted) {
            Bridge.ioExit(self, "accept", accepted);
        }
    }

    /** {@code ServerSocketChannelImpl.accept()}: the accepted channel is returned. */
    public static final class AcceptChannel {
        @Advice.OnMethodEnter
        static void enter(@Advice.This Object self) {
            Bridge.ioEnter(self, "accept", null);
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.This Object self, @Advice.Return Object accepted) {
            Bridge.ioExit(self, "accept", accepted);
        }
    }

    /**
     * {@code SocketChannelImpl.blockingRead(byte[], int, int, long)}: the reads of a channel's streams
     * ({@code Channels.newInputStream}, the socket adaptor) on JDK 21+, bypassing {@code read(ByteBuffer)}. A read
     * with a timeout is reported with port {@link dev.frontrun.internal.bootstrap.Bridge#TIMED_READ}.
     */
    public static final class ChannelBlockingRead {
        @Advice.OnMethodEnter
        static void enter(@Advice.This Object self, @Advice.Argument(3) long nanos) {
            Bridge.socketIo(self, null, nanos > 0 ? Bridge.TIMED_READ : -1, false);
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit() {
            Bridge.socketIoDone();
        }
    }

    /** Closing a socket or channel (also a listening one). */
    public static final class Close {
        @Advice.OnMethodEnter
        static void enter(@Advice.This Object self) {
            Bridge.ioEnter(self, "close", null);
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.This Object self) {
            Bridge.ioExit(self, "close", null);
        }
    }

    /** {@code shutdownOutput()} of a socket or channel: the other end reads the end of the stream. */
    public static final class ShutdownOutput {
        @Advice.OnMethodEnter
        static void enter(@Advice.This Object self) {
            Bridge.ioEnter(self, "shutdownOutput", null);
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.This Object self) {
            Bridge.ioExit(self, "shutdownOutput", null);
        }
    }

    /** {@code SelectorImpl.select()} and {@code select(Consumer)}. */
    public static final class Select {
        @Advice.OnMethodEnter
        static void enter(@Advice.This Object self) {
            Bridge.ioEnter(self, "select", null);
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.This Object self) {
            Bridge.ioExit(self, "select", null);
        }
    }

    /**
     * {@code SelectorImpl.select(long)}: a select with a time limit; one that timed out in virtual time returns 0
     * without entering the kernel (the method body is skipped).
     */
    public static final class SelectTimed {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.This Object self, @Advice.Argument(0) long timeout) {
            return Bridge.ioEnter(self, "selectTimed", timeout) == 1;
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.This Object self, @Advice.Enter boolean timedOut,
                @Advice.Return(readOnly = false) int selected) {
            if (timedOut) {
                selected = 0;
            }
            Bridge.ioExit(self, "select", null);
        }
    }

    /** {@code SelectorImpl.select(Consumer, long)}: as {@link SelectTimed}. */
    public static final class SelectTimedConsumer {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.This Object self, @Advice.Argument(1) long timeout) {
            return Bridge.ioEnter(self, "selectTimed", timeout) == 1;
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.This Object self, @Advice.Enter boolean timedOut,
                @Advice.Return(readOnly = false) int selected) {
            if (timedOut) {
                selected = 0;
            }
            Bridge.ioExit(self, "select", null);
        }
    }

    /** {@code SelectorImpl.selectNow()} and {@code selectNow(Consumer)}: never waits, but sees what peers did. */
    public static final class SelectNow {
        @Advice.OnMethodEnter
        static void enter(@Advice.This Object self) {
            Bridge.ioEnter(self, "selectNow", null);
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.This Object self) {
            Bridge.ioExit(self, "select", null);
        }
    }

    /**
     * The constructor of {@code SelectorImpl}: its selected-key set becomes a {@code LinkedHashSet}, so that the keys
     * are iterated in the order the kernel reported them, not in the order of their identity hash codes (which
     * differs from run to run: an exploration could not replay an interleaving). The iteration order of the set is
     * unspecified, so no program can tell.
     */
    public static final class SelectorCreated {
        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.FieldValue(value = "selectedKeys", readOnly = false) java.util.Set<?> selected,
                @Advice.FieldValue(value = "publicSelectedKeys", readOnly = false) java.util.Set<?> exposed) {
            java.util.Set<Object> ordered = new java.util.LinkedHashSet<>();
            Object view = Bridge.ungrowable(ordered);
            if (view != null && selected.isEmpty()) {
                selected = ordered;
                exposed = (java.util.Set<?>) view;
            }
        }
    }

    /** {@code Selector.wakeup()}. */
    public static final class Wakeup {
        @Advice.OnMethodEnter
        static void enter(@Advice.This Object self) {
            Bridge.ioEnter(self, "wakeup", null);
        }
    }

    /**
     * {@code PipedInputStream.read()} and {@code PipedReader.read()} (every read of a pipe starts there). When the
     * last writer has ended the JDK's read fails with "Pipe broken" after two one-second waits; here once no other
     * thread can run, without the wall time.
     */
    public static final class PipeRead {
        @Advice.OnMethodEnter
        static void enter(@Advice.This Object self) throws java.io.IOException {
            if (Bridge.ioEnter(self, "pipeRead", null) == 1) {
                throw new java.io.IOException("Pipe broken");
            }
        }
    }

    /**
     * A pipe's {@code receive} (what the writing end's {@code write} calls): waits while the buffer is full. When the
     * last reader has ended the JDK's write fails after one-second waits; here once no other thread can run.
     */
    public static final class PipeWrite {
        @Advice.OnMethodEnter
        static void enter(@Advice.This Object self) throws java.io.IOException {
            if (Bridge.ioEnter(self, "pipeWrite", null) == 1) {
                throw new java.io.IOException(self instanceof java.io.PipedReader ? "Pipe broken" : "Read end dead");
            }
        }
    }

    /** {@code PipedInputStream.awaitSpace()}: a write that filled the buffer part-way waits for room again. */
    public static final class PipeFull {
        @Advice.OnMethodEnter
        static void enter(@Advice.This Object self) throws java.io.IOException {
            if (Bridge.ioEnter(self, "pipeFull", null) == 1) {
                throw new java.io.IOException("Read end dead");
            }
        }
    }

    /** A pipe's {@code receivedLast} (what the writing end's {@code close} calls). */
    public static final class PipeClose {
        @Advice.OnMethodEnter
        static void enter(@Advice.This Object self) {
            Bridge.ioEnter(self, "pipeClose", null);
        }
    }

    /** The reading end's {@code close()}. */
    public static final class PipeCloseReader {
        @Advice.OnMethodEnter
        static void enter(@Advice.This Object self) {
            Bridge.ioEnter(self, "pipeCloseReader", null);
        }
    }

    /** An asynchronous channel's accept, connect, read or write: not modelled, the execution has no verdict. */
    public static final class Unmodelled {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object self, @Advice.Origin("#t.#m") String method) {
            Bridge.ioEnter(self, method.replace("sun.nio.ch.", "").replace("Impl.", "."), null);
        }
    }
}
