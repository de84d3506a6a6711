package dev.frontrun.internal.sched;

import dev.frontrun.internal.vocab.OpKind;
import dev.frontrun.internal.vocab.Site;
import dev.frontrun.internal.vocab.Sites;

/**
 * One visible operation: its kind, the resource or lock it touches (an id stable within one execution, {@code -1}
 * for none), a display name, the source site and, for thread operations, the managed thread it targets.
 */
public final class Operation {

    private final OpKind kind;
    private final int resource;
    private final String resourceName;
    private final int site;
    /** The managed thread a SPAWN, JOIN, PARK (its own), UNPARK or INTERRUPT targets, else -1. */
    int targetThread = -1;
    /** Whether a WAIT, JOIN, PARK or SLEEP has a time limit. */
    boolean timed;
    /** Whether a NOTIFY is {@code notifyAll}. */
    private boolean all;
    /** The lock object of the model a LOCK_ACQUIRE, LOCK_RELEASE, WAIT or NOTIFY uses (a monitor, a database lock). */
    final Object lock;
    /** The thread a SPAWN starts. */
    Thread spawned;
    /** Whether this LOCK_ACQUIRE re-takes a monitor after {@code wait}. */
    final boolean reacquire;
    /** The SQL statement of a JDBC scheduling point, or {@code null}. */
    String sql;
    /** For a call on a library object: {@code ArrayList.add}; else {@code null}. */
    String call;
    /** Whether this is a call on a JDK object that is not thread-safe (unordered pairs are data races). */
    boolean unsafeCall;
    /** Whether this operation is a spurious wake-up (a park or wait that returned with nobody waking it). */
    private boolean spurious;
    /** Whether this operation ends a timed wait that expired while other threads could still run. */
    private boolean early;
    /** Whether this is a timed wait that an early expiry could end (its end depends on the virtual clock). */
    private boolean clocked;
    /** For a library call: whether the receiver is a {@code java.util.concurrent} object (see below). */
    boolean concurrency;
    /** Whether this takes or releases a database lock of the model (a row lock, a unique key, a commit gate). */
    boolean databaseLock;
    /** For an executor's {@code invokeAll} or {@code invokeAny}: the hidden state of the call's steps; else null. */
    CallScope scope;
    /** For an I/O call between managed threads that may block: what it waits for; else {@code null}. */
    IoWait ioWait;
    /**
     * For an operation inside java.util.concurrent: the domain of the hidden state its step touches
     * ({@link JdkDomains}); {@link JdkDomains#NONE} when the step continues in application code.
     */
    private long domain = JdkDomains.UNKNOWN;
    /** Resources the call also reads and writes besides its own (JDK objects passed to a JDK method). */
    private long[] alsoReads = NO_RESOURCES;
    private long[] alsoWrites = NO_RESOURCES;
    private static final long[] NO_RESOURCES = new long[0];
    /**
     * The resource standing for java.util.concurrent state whose domain is not known: steps that may touch any such
     * state write it, steps of a known domain read it.
     */
    public static final long ANY_CONCURRENCY_STATE = Long.MIN_VALUE + 1;

    Operation(OpKind kind, int resource, String resourceName, int site, Object lock, boolean reacquire) {
        this.kind = kind;
        this.resource = resource;
        this.resourceName = resourceName;
        this.site = site;
        this.lock = lock;
        this.reacquire = reacquire;
    }

    /** @return an operation without a resource: BEGIN, END, YIELD and the like */
    static Operation plain(OpKind kind, int site) {
        return new Operation(kind, -1, "", site, null, false);
    }

    /** @return an access of a resource: a field, an array element, a socket, an atomic */
    static Operation access(OpKind kind, int resource, String resourceName, int site) {
        return new Operation(kind, resource, resourceName, site, null, false);
    }

    /** @return the acquisition or release ({@code kind}) of a monitor, modelled as {@code l} */
    static Operation monitor(OpKind kind, LockState l, Object monitor, int site) {
        return new Operation(kind, l.id, l.name, site, monitor, false);
    }

    /** @return an {@code Object.wait} on a monitor, modelled as {@code l} */
    static Operation waitOn(LockState l, Object monitor, int site, boolean timed) {
        Operation o = new Operation(OpKind.WAIT, l.id, l.name, site, monitor, false);
        o.timed = timed;
        return o;
    }

    /** @return an {@code Object.notify} or, when {@code all}, {@code notifyAll} on a monitor */
    static Operation notifyOn(LockState l, Object monitor, int site, boolean all) {
        Operation o = new Operation(OpKind.NOTIFY, l.id, l.name, site, monitor, false);
        o.all = all;
        return o;
    }

    /** @return the operation a thread in a wait set performs once notified (or timed out): re-taking the monitor */
    Operation reacquired() {
        return new Operation(OpKind.LOCK_ACQUIRE, resource, resourceName, site, lock, true);
    }

    /** @return the inverse of {@link #reacquired}: the wait a candidate that was not woken goes back to */
    Operation waitingAgain() {
        return new Operation(OpKind.WAIT, resource, resourceName, site, lock, false);
    }

    /**
     * @return whether this operation may read or change state inside {@code java.util.concurrent} that no
     *     scheduling point shows (a synchronizer's queue, a pool's work queue, a future's state): parks, unparks,
     *     interrupts, entries and exits of synchronizers, and calls on {@code java.util.concurrent} objects. Such
     *     operations are taken to depend on each other.
     */
    public boolean touchesConcurrencyState() {
        switch (kind) {
            case PARK:
            case UNPARK:
            case INTERRUPT:
                return true;
            case LOCK_ACQUIRE:
            case LOCK_RELEASE:
                return lock == null;
            default:
                return concurrency;
        }
    }

    /**
     * @param hidden the domain of the hidden java.util.concurrent state the step touches, {@link JdkDomains#UNKNOWN}
     *     when that is not known, {@link JdkDomains#NONE} when it continues in application code
     * @return this operation
     */
    Operation touching(long hidden) {
        this.domain = hidden;
        return this;
    }

    /**
     * @return the id of the domain of hidden java.util.concurrent state the step after this operation touches
     *     (a resource id), {@code -1} when it may touch any, {@code -2} when it touches none (it continues in
     *     application code)
     */
    public long hiddenDomain() {
        return domain;
    }

    /**
     * @param reads further resources the operation reads (the state of JDK objects a call is given)
     * @param writes further resources it writes
     * @return this operation
     */
    Operation alsoTouching(long[] reads, long[] writes) {
        this.alsoReads = reads;
        this.alsoWrites = writes;
        return this;
    }

    /** @return the resources this operation reads besides {@link #resource()} (none for most) */
    public long[] alsoReads() {
        return alsoReads.clone();
    }

    /** @return the resources this operation writes besides {@link #resource()} (none for most) */
    public long[] alsoWrites() {
        return alsoWrites.clone();
    }

    /**
     * @param expired whether the wake-up is the early expiry of a timed wait (see {@link EarlyExpiry})
     * @return this operation, as performed by a spurious wake-up of its thread
     */
    Operation spurious(boolean expired) {
        Operation o = new Operation(kind, resource, resourceName, site, lock, reacquire);
        o.targetThread = targetThread;
        o.timed = timed;
        o.all = all;
        o.spawned = spawned;
        o.sql = sql;
        o.call = call;
        o.unsafeCall = unsafeCall;
        o.concurrency = concurrency;
        o.databaseLock = databaseLock;
        o.ioWait = ioWait;
        o.spurious = !expired;
        o.early = expired;
        o.domain = domain;
        o.alsoReads = alsoReads;
        o.alsoWrites = alsoWrites;
        return o;
    }

    /**
     * @return whether this is a timed wait whose end depends on the virtual clock, which other threads' early
     *     expiries move (see {@link EarlyExpiry})
     */
    public boolean clocked() {
        return clocked;
    }

    /** Marks this I/O call as one with a time limit (a timed wait of the virtual clock, see {@link TimedIo}). */
    Operation timedIo() {
        timed = true;
        return this;
    }

    /** Marks this pending timed wait as depending on the virtual clock (the scheduler does, with early expiry on). */
    Operation markClocked() {
        clocked = true;
        return this;
    }

    /** @return for a call on a library object, the class and method ({@code ArrayList.add}), else {@code null} */
    public String call() {
        return call;
    }

    /** @return whether this is a call on a JDK object that is not thread-safe */
    public boolean isUnsafeCall() {
        return unsafeCall;
    }

    /** @return the kind of operation */
    public OpKind kind() {
        return kind;
    }

    /** @return the resource or lock id, stable within one execution (first touched = 0), or -1 */
    public int resource() {
        return resource;
    }

    /** @return a human-readable resource name such as {@code Counter.count} or {@code socket:127.0.0.1:5432} */
    public String resourceName() {
        return resourceName;
    }

    /** @return the source site id (see {@link Sites#get(int)}), or -1 when unknown */
    public int site() {
        return site;
    }

    /** @return the source site, or {@code null} */
    public Site siteInfo() {
        return site < 0 ? null : Sites.get(site);
    }

    /** @return the managed thread a SPAWN/JOIN/UNPARK targets, else -1 */
    public int targetThread() {
        return targetThread;
    }

    /** @return whether a WAIT/JOIN/PARK/SLEEP has a time limit (and so may return without its partner) */
    public boolean timed() {
        return timed;
    }

    /** @return for NOTIFY: whether it is {@code notifyAll} (wakes the whole wait set) */
    public boolean all() {
        return all;
    }

    /**
     * @return the SQL statement this operation belongs to (JDBC scheduling points: the access it runs after, and
     *     the row locks it takes or a commit releases), or {@code null}
     */
    public String statement() {
        return sql;
    }

    /** @return whether this takes or releases a database row lock of the model (not a Java monitor) */
    public boolean isRowLock() {
        return databaseLock;
    }

    /** @return the access, e.g. {@code read users(id=1)} */
    public String tag() {
        String wake = spurious ? " (spurious wakeup)" : early ? " (timed out early)" : "";
        if (resourceName == null || resourceName.isEmpty()) {
            return kind.verb() + wake;
        }
        return kind.verb() + " " + resourceName + (call != null ? " (" + call + ")" : "") + wake;
    }

    @Override
    public String toString() {
        return tag() + (site >= 0 ? " @" + Sites.get(site).location() : "");
    }
}
