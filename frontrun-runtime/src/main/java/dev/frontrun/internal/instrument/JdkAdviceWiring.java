package dev.frontrun.internal.instrument;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.nameEndsWith;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.none;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * The advice into the JDK's classes: which classes (threads, {@code LockSupport}, atomics, synchronizers, pools and
 * futures, sockets, channels, selectors, pipes) and which of their methods get which advice of {@link JdkAdvice} and
 * {@link IoAdvice}. What the application's classes are, and how they are instrumented, is {@link Installer}'s.
 */
final class JdkAdviceWiring {

    private static final String ADVICE = "dev.frontrun.internal.instrument.JdkAdvice$";
    private static final String[] ATOMICS = dev.frontrun.internal.vocab.AdvisedAtomics.NAMES.toArray(new String[0]);
    private static final String[] SYNCHRONIZERS = {
        "java.util.concurrent.locks.ReentrantLock", "java.util.concurrent.locks.ReentrantReadWriteLock$ReadLock",
        "java.util.concurrent.locks.ReentrantReadWriteLock$WriteLock", "java.util.concurrent.CountDownLatch",
        "java.util.concurrent.Semaphore",
    };
    private static final String[] SOCKETS = {"sun.nio.ch.NioSocketImpl", "sun.nio.ch.SocketChannelImpl",
        "sun.nio.ch.ServerSocketChannelImpl", "sun.nio.ch.SelectorImpl", "java.io.PipedInputStream",
        "java.io.PipedReader", "sun.nio.ch.AsynchronousSocketChannelImpl",
        "sun.nio.ch.AsynchronousServerSocketChannelImpl",
    };
    /** The selectors' {@code wakeup} implementations, one per platform. */
    private static final String[] SELECTORS = {"sun.nio.ch.EPollSelectorImpl", "sun.nio.ch.KQueueSelectorImpl",
        "sun.nio.ch.PollSelectorImpl", "sun.nio.ch.WEPollSelectorImpl",
    };
    private static final String IO = "dev.frontrun.internal.instrument.IoAdvice$";
    /** Pools and futures whose hidden steps get a scheduling point ({@link JdkAdvice.InternalPoint}). */
    private static final String[] POOLS = {
        "java.util.concurrent.ThreadPoolExecutor", "java.util.concurrent.ThreadPoolExecutor$Worker",
        "java.util.concurrent.FutureTask", "java.util.concurrent.CompletableFuture",
    };

    private JdkAdviceWiring() {
    }

    /** @return the JDK classes that get advice (all of them loaded now, not initialised; the platform's only) */
    static List<Class<?>> targets() {
        List<Class<?>> targets = new ArrayList<>(List.of(Thread.class, java.util.concurrent.locks.LockSupport.class));
        for (String name : ATOMICS) {
            targets.add(load(name));
        }
        for (String name : SYNCHRONIZERS) {
            targets.add(load(name));
        }
        for (String name : POOLS) {
            targets.add(load(name));
        }
        targets.add(load("java.lang.VirtualThread")); // JDK 21+; null before
        for (String name : concat(SOCKETS, SELECTORS)) {
            Class<?> c = load(name);
            if (c != null) {
                targets.add(c);
            }
        }
        targets.removeIf(c -> c == null);
        return targets;
    }

    /**
     * The transformer that puts the advice into {@link #targets()}; {@link JdkInstrumentation} registers and
     * applies it (through its cache of transformed classes).
     *
     * @param inst the instrumentation
     * @param bridge the bootstrap bridge the advice calls (its module must be readable from the JDK's)
     * @return the transformer, not registered
     */
    static ClassFileTransformer transformer(Instrumentation inst, Class<?> bridge) {
        AgentBuilder.Transformer.ForAdvice advice = new AgentBuilder.Transformer.ForAdvice()
                .include(Installer.class.getClassLoader());
        return Installer.builder(null, Installer.jdkPool())
                .ignore(none())
                .assureReadEdgeTo(inst, bridge)
                .type(named("java.lang.Thread"))
                .transform(advice
                        .advice(named("start").and(takesArguments(0)), ADVICE + "ThreadStart")
                        // JDK 21+: pools start their threads through start(ThreadContainer), not start()
                        .advice(named("start").and(takesArguments(1)), ADVICE + "ThreadStart")
                        .advice(named("exit").and(takesArguments(0)), ADVICE + "ThreadExit")
                        .advice(named("interrupt").and(takesArguments(0)), ADVICE + "Interrupt")
                        .advice(named("isInterrupted").and(takesArguments(0)), ADVICE + "IsInterrupted")
                        .advice(named("dispatchUncaughtException").and(takesArguments(1)), ADVICE + "Uncaught")
                        .advice(named("join").and(takesArguments(0)), ADVICE + "Join")
                        .advice(named("join").and(takesArguments(long.class)), ADVICE + "JoinMillis"))
                .type(named("java.util.concurrent.locks.LockSupport"))
                .transform(advice
                        .advice(named("park"), ADVICE + "Park")
                        .advice(named("parkNanos").and(takesArguments(long.class)), ADVICE + "ParkNanos")
                        .advice(named("parkNanos").and(takesArguments(Object.class, long.class)),
                                ADVICE + "ParkNanosBlocker")
                        .advice(named("parkUntil").and(takesArguments(long.class)), ADVICE + "ParkUntil")
                        .advice(named("parkUntil").and(takesArguments(Object.class, long.class)),
                                ADVICE + "ParkUntilBlocker")
                        .advice(named("unpark"), ADVICE + "Unpark"))
                .type(namedOneOf(ATOMICS))
                .transform(advice
                        .advice(atomic().and(namedOneOf("get", "getPlain", "getOpaque", "getAcquire", "intValue",
                                "longValue", "floatValue", "doubleValue")), ADVICE + "AtomicRead")
                        .advice(atomic().and(namedOneOf("set", "lazySet", "setPlain", "setOpaque", "setRelease")),
                                ADVICE + "AtomicWrite")
                        .advice(atomic().and(nameStartsWith("getAnd").or(nameEndsWith("AndGet"))
                                .or(nameStartsWith("compareAnd")).or(nameStartsWith("weakCompare"))),
                                ADVICE + "AtomicUpdate"))
                .type(namedOneOf(SYNCHRONIZERS))
                .transform(advice
                        .advice(isPublic().and(namedOneOf("lock", "lockInterruptibly", "tryLock", "await", "acquire",
                                "acquireUninterruptibly", "tryAcquire")), ADVICE + "SyncAcquire")
                        .advice(isPublic().and(namedOneOf("unlock", "countDown", "release")), ADVICE + "SyncRelease"))
                .type(named("java.lang.VirtualThread"))
                .transform(advice
                        // VirtualThread overrides start(): its start(ThreadContainer) is where every start ends up
                        .advice(named("start").and(takesArguments(1)), ADVICE + "ThreadStart")
                        .advice(named("run").and(takesArguments(Runnable.class)), ADVICE + "VirtualThreadEnd"))
                .type(named("java.util.concurrent.ThreadPoolExecutor"))
                .transform(advice.advice(isConstructor(), ADVICE + "Created"))
                .type(named("java.util.concurrent.ThreadPoolExecutor$Worker"))
                .transform(advice.advice(named("unlock").and(takesArguments(0)), ADVICE + "WorkerUnlock"))
                .type(named("java.util.concurrent.FutureTask"))
                .transform(advice.advice(namedOneOf("run", "runAndReset", "set", "setException")
                        .and(not(isStatic())), ADVICE + "InternalPoint")
                        .advice(isConstructor(), ADVICE + "Created")
                        .advice(named("handlePossibleCancellationInterrupt"), ADVICE + "CancellationSpin"))
                .type(named("java.util.concurrent.CompletableFuture"))
                .transform(advice.advice(namedOneOf("completeValue", "completeNull", "completeThrowable",
                        "completeRelay").and(not(isStatic())), ADVICE + "InternalPoint"))
                .type(named("sun.nio.ch.NioSocketImpl"))
                .transform(advice
                        .advice(named("read").and(takesArguments(byte[].class, int.class, int.class)),
                                ADVICE + "SocketImplRead")
                        .advice(named("write").and(takesArguments(byte[].class, int.class, int.class)),
                                ADVICE + "SocketImplWrite")
                        .advice(named("listen").and(takesArguments(int.class)), IO + "Listen")
                        .advice(named("connect").and(takesArguments(java.net.SocketAddress.class, int.class)),
                                IO + "Connect")
                        .advice(named("accept").and(takesArguments(java.net.SocketImpl.class)), IO + "AcceptInto")
                        .advice(named("close").and(takesArguments(0)), IO + "Close")
                        .advice(named("shutdownOutput").and(takesArguments(0)), IO + "ShutdownOutput"))
                .type(named("sun.nio.ch.SocketChannelImpl"))
                .transform(advice
                        .advice(named("read").and(takesArguments(1)).and(takesArgument(0, ByteBuffer.class)),
                                ADVICE + "ChannelRead")
                        .advice(named("write").and(takesArguments(1)).and(takesArgument(0, ByteBuffer.class)),
                                ADVICE + "ChannelWrite")
                        .advice(named("blockingRead").and(takesArguments(byte[].class, int.class, int.class,
                                long.class)), IO + "ChannelBlockingRead")
                        .advice(named("blockingWriteFully").and(takesArguments(byte[].class, int.class, int.class)),
                                ADVICE + "ChannelWrite")
                        .advice(named("connect").and(takesArguments(java.net.SocketAddress.class)), IO + "Connect")
                        .advice(named("implCloseSelectableChannel").and(takesArguments(0)), IO + "Close")
                        .advice(named("shutdownOutput").and(takesArguments(0)), IO + "ShutdownOutput"))
                .type(named("sun.nio.ch.ServerSocketChannelImpl"))
                .transform(advice
                        .advice(named("bind").and(takesArguments(java.net.SocketAddress.class, int.class)),
                                IO + "Listen")
                        .advice(named("accept").and(takesArguments(0)), IO + "AcceptChannel")
                        .advice(named("implCloseSelectableChannel").and(takesArguments(0)), IO + "Close"))
                .type(named("sun.nio.ch.SelectorImpl"))
                .transform(advice
                        .advice(named("select").and(takesArguments(0)
                                .or(takesArguments(java.util.function.Consumer.class))), IO + "Select")
                        .advice(named("select").and(takesArguments(long.class)), IO + "SelectTimed")
                        .advice(named("select").and(takesArguments(java.util.function.Consumer.class, long.class)),
                                IO + "SelectTimedConsumer")
                        .advice(named("selectNow"), IO + "SelectNow")
                        .advice(net.bytebuddy.matcher.ElementMatchers.isConstructor(), IO + "SelectorCreated"))
                .type(namedOneOf(SELECTORS))
                .transform(advice.advice(named("wakeup").and(takesArguments(0)), IO + "Wakeup"))
                .type(namedOneOf("java.io.PipedInputStream", "java.io.PipedReader"))
                .transform(advice
                        .advice(named("read").and(takesArguments(0)), IO + "PipeRead")
                        .advice(named("receive"), IO + "PipeWrite")
                        .advice(named("awaitSpace").and(takesArguments(0)), IO + "PipeFull")
                        .advice(named("receivedLast"), IO + "PipeClose")
                        .advice(named("close").and(takesArguments(0)), IO + "PipeCloseReader"))
                .type(namedOneOf("sun.nio.ch.AsynchronousSocketChannelImpl",
                        "sun.nio.ch.AsynchronousServerSocketChannelImpl"))
                .transform(advice.advice(isPublic().and(namedOneOf("accept", "connect", "read", "write")),
                        IO + "Unmodelled"))
                .makeRaw();
    }

    private static ElementMatcher.Junction<MethodDescription> atomic() {
        return isPublic().and(not(isStatic()));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, null);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
