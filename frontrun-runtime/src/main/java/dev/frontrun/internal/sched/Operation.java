package dev.frontrun.internal.sched;

import dev.frontrun.internal.instrument.Site;
import dev.frontrun.internal.instrument.Sites;

/**
 * One visible operation: its kind, the resource or lock it touches (an id stable within one execution, {@code -1}
 * for none), a display name, the source site and, for thread operations, the managed thread it targets.
 */
public final class Operation {

    private final OpKind kind;
    private final int resource;
    private final String resourceName;
    private final int site;
    private final int targetThread;
    private final boolean timed;
    final Object ref;
    final boolean reacquire;
    private final String sql;
    /** For a call on a library object: {@code ArrayList.add}; else {@code null}. */
    private final String call;
    /** Whether this is a call on a JDK object that is not thread-safe (unordered pairs are data races). */
    private final boolean unsafeCall;
    /** Whether this operation is a spurious wake-up (a park or wait that returned with nobody waking it). */
    private boolean spurious;
    /** For a library call: whether the receiver is a {@code java.util.concurrent} object (see below). */
    private boolean concurrency;
    /**
     * For an operation inside java.util.concurrent: the domain of the hidden state its step touches
     * ({@link JdkDomains}); {@link JdkDomains#NONE} when the step continues in application code.
     */
    private long domain = JdkDomains.UNKNOWN;

    Operation(OpKind kind, int resource, String resourceName, int site, int targetThread, boolean timed, Object ref,
            boolean reacquire) {
        this(kind, resource, resourceName, site, targetThread, timed, ref, reacquire,
                kind.isAccess() && ref instanceof String s ? s : null);
    }

    Operation(OpKind kind, int resource, String resourceName, int site, int targetThread, boolean timed, Object ref,
            boolean reacquire, String sql) {
        this(kind, resource, resourceName, site, targetThread, timed, ref, reacquire, sql, null, false);
    }

    private Operation(OpKind kind, int resource, String resourceName, int site, int targetThread, boolean timed,
            Object ref, boolean reacquire, String sql, String call, boolean unsafeCall) {
        this.call = call;
        this.unsafeCall = unsafeCall;
        this.sql = sql;
        this.kind = kind;
        this.resource = resource;
        this.resourceName = resourceName;
        this.site = site;
        this.targetThread = targetThread;
        this.timed = timed;
        this.ref = ref;
        this.reacquire = reacquire;
    }

    /**
     * A call from application code on a library object.
     *
     * @param kind what the call does to the object (plain or atomic read or write)
     * @param resource the object's resource id
     * @param resourceName the object's display name ({@code ArrayList#1})
     * @param site the call site
     * @param call the class and method called ({@code ArrayList.add})
     * @param unsafe whether the class is not thread-safe
     * @return the operation
     */
    static Operation libraryCall(OpKind kind, int resource, String resourceName, int site, String call,
            boolean unsafe, boolean concurrency) {
        Operation o = new Operation(kind, resource, resourceName, site, -1, false, null, false, null, call, unsafe);
        o.concurrency = concurrency;
        return o;
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
                return ref == null;
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

    /** @return this operation, as performed by a spurious wake-up of its thread */
    Operation spurious() {
        Operation o = new Operation(kind, resource, resourceName, site, targetThread, timed, ref, reacquire, sql, call,
                unsafeCall);
        o.spurious = true;
        o.concurrency = concurrency;
        o.domain = domain;
        return o;
    }

    /** @return whether this is a spurious wake-up: a park or wait that returned without anyone waking it */
    public boolean isSpurious() {
        return spurious;
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
        return timed;
    }

    /** @return whether this LOCK_ACQUIRE re-takes a monitor after {@code wait} */
    public boolean isReacquire() {
        return reacquire;
    }

    /**
     * @return the SQL statement this operation belongs to (JDBC scheduling points: the access it runs after, and
     *     the row locks it takes or a commit releases), or {@code null}
     */
    public String statement() {
        return sql;
    }

    /**
     * @return for a LOCK_ACQUIRE/LOCK_RELEASE: whether the scheduler models the lock (monitors, row locks), so that
     *     it excludes other holders; a java.util.concurrent synchronizer's entry or exit is not modelled (its
     *     blocking goes through park)
     */
    public boolean isModelledLock() {
        return ref != null;
    }

    /** @return whether this takes or releases a database row lock of the model (not a Java monitor) */
    public boolean isRowLock() {
        return ref instanceof RowLocks.Key;
    }

    /** @return the access, e.g. {@code read users(id=1)} */
    public String tag() {
        String wake = spurious ? " (spurious wakeup)" : "";
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
