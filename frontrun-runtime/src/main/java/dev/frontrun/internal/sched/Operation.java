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

    Operation(OpKind kind, int resource, String resourceName, int site, int targetThread, boolean timed, Object ref,
            boolean reacquire) {
        this(kind, resource, resourceName, site, targetThread, timed, ref, reacquire,
                kind.isAccess() && ref instanceof String s ? s : null);
    }

    Operation(OpKind kind, int resource, String resourceName, int site, int targetThread, boolean timed, Object ref,
            boolean reacquire, String sql) {
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

    /** @return whether this takes or releases a database row lock of the model (not a Java monitor) */
    public boolean isRowLock() {
        return ref instanceof RowLocks.Key;
    }

    /** @return the access, e.g. {@code read users(id=1)} */
    public String tag() {
        if (resourceName == null || resourceName.isEmpty()) {
            return kind.verb();
        }
        return kind.verb() + " " + resourceName;
    }

    @Override
    public String toString() {
        return tag() + (site >= 0 ? " @" + Sites.get(site).location() : "");
    }
}
