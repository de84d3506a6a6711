package dev.frontrun.internal.sched;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.SocketChannel;

import dev.frontrun.internal.vocab.OpKind;
import dev.frontrun.internal.vocab.Sites;

/**
 * Scheduling points reported by advice in JDK library classes: java.util.concurrent synchronizers, atomics and
 * sockets. Calls that come from JDK code itself (a socket stream's private lock, a class loader's counter) are
 * not the application's state and pass through.
 */
final class LibraryHooks {

    private static final StackWalker WALKER = StackWalker.getInstance();
    private static final StackWalker HIDDEN_WALKER = StackWalker.getInstance(StackWalker.Option.SHOW_HIDDEN_FRAMES);

    private LibraryHooks() {
    }

    static void syncPoint(Execution e, Object sync, boolean acquire) {
        ManagedThread me;
        if (e == null || (me = RuntimeHooks.enter(e)) == null) {
            return;
        }
        try {
            String caller = directCaller(sync.getClass());
            if (isJdk(caller)) {
                return; // a JDK class's private lock (socket streams, queues): its blocking still goes through park
            }
            if (me.jdbcDepth > 0 || !byApplication(caller)) {
                return; // a library's own locks (connection pools, ORMs): their blocking still goes through park
            }
            OpKind k = acquire ? OpKind.LOCK_ACQUIRE : OpKind.LOCK_RELEASE;
            int rid;
            String name;
            synchronized (e) {
                rid = e.resources.id(sync, "sync", me);
                name = e.resources.describe(sync);
            }
            // not modelled (ref null): AQS blocks through LockSupport.park, which is. No domain: a timed entry
            // (tryLock, await with a timeout) computes its deadline from the virtual clock, which the expiry of any
            // timed wait moves, so it stays dependent on every java.util.concurrent step (with domains, DPOR missed
            // an outcome of a generated timed program that random found)
            e.point(me, Operation.access(k, rid, name, Sites.caller(k))
                    .touching(JdkDomains.UNKNOWN));
        } finally {
            me.inHook = false;
        }
    }

    /**
     * A pool worker taking its next task, a future completing: state inside java.util.concurrent that no other
     * scheduling point shows changes next, so a managed thread stops here first (an update of that state, which
     * DPOR orders against every other java.util.concurrent operation).
     */
    static void internalPoint(Execution e, Object self, String method) {
        ManagedThread me;
        if (e == null || (me = RuntimeHooks.enter(e)) == null) {
            return;
        }
        try {
            if (me.jdbcDepth > 0) {
                return;
            }
            int rid;
            String name;
            long hidden;
            synchronized (e) {
                rid = e.resources.id(self, "state", me);
                name = e.resources.describe(self);
                StablePools.stabilize(self);
                hidden = me.within(e.domains.of(self, e.resources, me));
            }
            String call = method.substring(method.lastIndexOf('.', method.lastIndexOf('.') - 1) + 1);
            e.point(me, CallOperations.libraryCall(OpKind.RMW, rid, name, -1, call, false, true).touching(hidden));
        } finally {
            me.inHook = false;
        }
    }

    /** A managed thread created a java.util.concurrent object: it is numbered by its creation (see {@link CreationNumbers}). */
    static void created(Execution e, Object object) {
        ManagedThread me;
        if (e == null || (me = e.managedFor(Thread.currentThread())) == null) {
            return;
        }
        synchronized (e) {
            e.domains.creations.created(object, me);
            if (me.callScope != null) {
                me.callScope.created(object);
            }
        }
    }

    /** @return whether the park being performed was called by JDK code (not by the application or a library) */
    static boolean parkedByJdk() {
        return isJdk(lockSupportCaller());
    }

    /**
     * @param jdkDomain the hidden state the step touches when JDK code called
     * @return the hidden java.util.concurrent state the step after a park or unpark touches: {@code jdkDomain}
     *     when JDK code called, none when the application did (its own code follows), unknown for a library
     */
    static long hiddenAfterLockSupport(long jdkDomain) {
        String caller = lockSupportCaller();
        if (isJdk(caller)) {
            return jdkDomain;
        }
        return dev.frontrun.internal.vocab.Scope.current().covers(caller) ? JdkDomains.NONE : JdkDomains.UNKNOWN;
    }

    private static String lockSupportCaller() {
        return WALKER.walk(s -> s.map(StackWalker.StackFrame::getClassName)
                .filter(n -> !n.startsWith("dev.frontrun.internal.") && !n.equals("java.util.concurrent.locks.LockSupport")
                        && !n.equals("java.lang.Thread"))
                .findFirst().orElse(""));
    }

    /**
     * @param target the class whose method was entered (a lock, latch, semaphore or atomic)
     * @return the class of the first frame outside frontrun's hooks and the target's own class: who called it. A
     *     method reference straight to the method (such as {@code AtomicInteger::incrementAndGet}, as a worker or a
     *     pool's task) is called from its lambda's hidden class, which is named after the class that wrote it: that
     *     class is the caller (the JDK code that runs the task is not)
     */
    private static String directCaller(Class<?> target) {
        String self = target.getName();
        int dollar = self.indexOf('$');
        String outer = dollar < 0 ? self : self.substring(0, dollar);
        return HIDDEN_WALKER.walk(s -> s.map(StackWalker.StackFrame::getClassName)
                .filter(n -> !isHook(n) && !n.startsWith(outer))
                .findFirst().map(LibraryHooks::writtenBy).orElse(""));
    }

    /** @return the class that wrote a lambda ({@code app.Task$$Lambda/0x...} is {@code app.Task}), else the class */
    private static String writtenBy(String frameClass) {
        int lambda = frameClass.indexOf("$$Lambda");
        return lambda < 0 ? frameClass : frameClass.substring(0, lambda);
    }

    /**
     * @return whether a synchronizer or atomic called by {@code caller} is the application's (not a library's, nor
     *     the bookkeeping of frontrun's JDBC layer, which the application reaches directly through the connections
     *     {@code ScenarioContext.connect()} hands out: its event counter is no state the application shares)
     */
    private static boolean byApplication(String caller) {
        if (caller.startsWith("dev.frontrun.internal.jdbc.")) {
            return false;
        }
        return isWorkerEntry(caller) || dev.frontrun.internal.vocab.Scope.current().covers(caller)
                || calledFromApplication();
    }

    private static boolean isHook(String className) {
        return className.startsWith("dev.frontrun.internal.sched.") || className.startsWith("dev.frontrun.internal.bootstrap.")
                || className.startsWith("dev.frontrun.internal.instrument.");
    }

    private static boolean isJdk(String className) {
        return className.startsWith("java.") || className.startsWith("sun.") || className.startsWith("jdk.");
    }

    /** @return whether the caller is frontrun running a worker body: the body is the method itself */
    private static boolean isWorkerEntry(String className) {
        return className.startsWith("dev.frontrun.internal.explore.");
    }

    static void atomic(Execution e, Object atomic, int kind) {
        ManagedThread me;
        if (e == null || (me = RuntimeHooks.enter(e)) == null) {
            return;
        }
        try {
            String caller = directCaller(atomic.getClass());
            if (isJdk(caller)) {
                return; // JDK-internal counters (class loading, thread ids, sockets) are not the application's state
            }
            if (me.jdbcDepth > 0 || !byApplication(caller)) {
                return; // atomics inside drivers, ORMs and other libraries are their private business
            }
            OpKind k = kind == 0 ? OpKind.VOLATILE_READ : kind == 1 ? OpKind.VOLATILE_WRITE : OpKind.RMW;
            int rid;
            String name;
            synchronized (e) {
                rid = e.resources.id(atomic, "value", me);
                name = e.resources.describe(atomic);
            }
            e.point(me, Operation.access(k, rid, name, Sites.caller(k)));
        } finally {
            me.inHook = false;
        }
    }

    static void socketIo(Execution e, Object socket, String host, int port, boolean write) {
        ManagedThread me;
        if (e == null || (me = RuntimeHooks.enter(e)) == null) {
            return;
        }
        try {
            if (me.jdbcDepth > 0) {
                // inside a JDBC call: the statement was the scheduling point; the watchdog still sees the blocking
                me.inBlockingCall = true;
                me.since = System.nanoTime();
                return;
            }
            String endpoint = endpoint(socket, host, port);
            OpKind k = write ? OpKind.SOCKET_WRITE : OpKind.SOCKET_READ;
            int rid;
            synchronized (e) {
                rid = Resources.named(endpoint);
            }
            e.point(me, Operation.access(k, rid, endpoint, Sites.caller(k)));
            me.inBlockingCall = true;
            me.since = System.nanoTime();
        } finally {
            me.inHook = false;
        }
    }

    private static String endpoint(Object socket, String host, int port) {
        if (host == null && socket instanceof SocketChannel ch) {
            try {
                SocketAddress a = ch.getRemoteAddress();
                if (a instanceof InetSocketAddress in) {
                    host = in.getAddress() != null ? in.getAddress().getHostAddress() : in.getHostString();
                    port = in.getPort();
                }
            } catch (java.io.IOException | RuntimeException ignored) {
                // an unconnected channel: fall back to the unknown endpoint
            }
        }
        return "socket:" + (host == null ? "?" : host) + ":" + port;
    }

    /** @return whether the first frame outside the JDK and frontrun belongs to an instrumented (application) class */
    private static boolean calledFromApplication() {
        String caller = WALKER.walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .filter(n -> !(n.startsWith("java.") || n.startsWith("jdk.") || n.startsWith("sun.")
                        || n.startsWith("dev.frontrun.internal.")))
                .findFirst().orElse(null));
        return caller != null && dev.frontrun.internal.vocab.Scope.current().covers(caller);
    }

    static void socketIoDone(Execution e) {
        if (e == null) {
            return;
        }
        ManagedThread me = e.managedFor(Thread.currentThread());
        if (me != null) {
            me.inBlockingCall = false;
        }
    }
}
