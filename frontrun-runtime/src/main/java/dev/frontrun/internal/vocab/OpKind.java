package dev.frontrun.internal.vocab;

/** The kind of a visible operation a managed thread is about to perform. */
public enum OpKind {
    /** Plain read of a field or array element. */
    READ("read"),
    /** Plain write of a field or array element. */
    WRITE("write"),
    /** Atomic read-modify-write (an atomic class's update method). */
    RMW("read+write"),
    /** Read of a volatile field or an atomic's value. */
    VOLATILE_READ("read"),
    /** Write of a volatile field or an atomic's value. */
    VOLATILE_WRITE("write"),
    /** Acquiring a monitor (synchronized) or re-acquiring it after {@code wait}. */
    LOCK_ACQUIRE("lock"),
    /** Releasing a monitor. */
    LOCK_RELEASE("unlock"),
    /** {@code Object.wait}: releases the monitor and joins its wait set. */
    WAIT("wait"),
    /** {@code Object.notify/notifyAll}. */
    NOTIFY("notify"),
    /** {@code Thread.start} of a thread that becomes managed. */
    SPAWN("start"),
    /** {@code Thread.join} of a managed thread. */
    JOIN("join"),
    /** {@code LockSupport.park*}. */
    PARK("park"),
    /** {@code LockSupport.unpark}. */
    UNPARK("unpark"),
    /** {@code Thread.interrupt} of a managed thread: wakes it from park or wait. */
    INTERRUPT("interrupt"),
    /** A socket read ({@code socket:host:port}). */
    SOCKET_READ("recv"),
    /** A socket write ({@code socket:host:port}). */
    SOCKET_WRITE("send"),
    /** {@code Thread.sleep} (takes no time under the scheduler). */
    SLEEP("sleep"),
    /** {@code Thread.yield}. */
    YIELD("yield"),
    /** The thread's first step, before its body runs: threads start one at a time, in the strategy's order. */
    BEGIN("begin"),
    /** The thread's last step: its body returned. */
    END("end");

    private final String verb;

    OpKind(String verb) {
        this.verb = verb;
    }

    /** @return the short verb used in explanations ({@code read}, {@code write}, {@code lock}, ...) */
    public String verb() {
        return verb;
    }

    /** @return whether this operation reads or writes a shared memory or I/O resource */
    public boolean isAccess() {
        return this == READ || this == WRITE || this == RMW || this == VOLATILE_READ || this == VOLATILE_WRITE
                || this == SOCKET_READ || this == SOCKET_WRITE;
    }

    /** @return whether this access changes its resource (conservatively, socket I/O both reads and writes) */
    public boolean writes() {
        return this == WRITE || this == RMW || this == VOLATILE_WRITE || this == SOCKET_READ || this == SOCKET_WRITE;
    }

    /** @return whether this access observes its resource */
    public boolean reads() {
        return this == READ || this == RMW || this == VOLATILE_READ || this == SOCKET_READ || this == SOCKET_WRITE;
    }
}
