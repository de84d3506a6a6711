package dev.frontrun.internal.sched;

import dev.frontrun.internal.vocab.OpKind;

/**
 * The scheduler as the database model (package {@code internal.db}) sees it: a managed thread inside a JDBC call,
 * stopping at the scheduling points the model derives from the call (its rows and tables, its row locks). Obtained by
 * {@link #enter()}, which marks the thread as inside the scheduler (hooks reached from the driver pass through) until
 * {@link #close()}. It also makes the operations of the database model ({@link #sqlAccess}, {@link #databaseLock}).
 */
public final class StatementPoints implements AutoCloseable {

    private final Execution exec;
    private final ManagedThread me;

    private StatementPoints(Execution exec, ManagedThread me) {
        this.exec = exec;
        this.me = me;
    }

    /** @return the execution running now, or {@code null} */
    public static Execution current() {
        return RuntimeHooks.current();
    }

    /**
     * @return the calling thread's points when it is a managed thread of the running execution and not already
     *     inside the scheduler, else {@code null}
     */
    public static StatementPoints enter() {
        Execution e = RuntimeHooks.current();
        return e == null ? null : enter(e);
    }

    /** @return {@link #enter()} in execution {@code e} */
    public static StatementPoints enter(Execution e) {
        ManagedThread me = RuntimeHooks.enter(e);
        return me == null ? null : new StatementPoints(e, me);
    }

    /**
     * The calling thread's JDBC call returned in execution {@code e}: its socket I/O is its own again.
     *
     * @param e the execution
     */
    public static void callReturned(Execution e) {
        ManagedThread me = e.managedFor(Thread.currentThread());
        if (me != null && me.jdbcDepth > 0) {
            me.jdbcDepth--;
            me.inBlockingCall = false;
        }
    }

    /**
     * An access by a JDBC statement to a named database resource: a row ({@code users(id=1)}), a table, or a hidden
     * resource that orders overlapping accesses ({@code ~users}).
     *
     * @param kind read, write or both
     * @param name the resource's name, which is also its id's key (the same in every execution)
     * @param site the statement's site, or -1
     * @param sql the statement, on the access it runs after; else {@code null}
     * @return the operation
     */
    public static Operation sqlAccess(OpKind kind, String name, int site, String sql) {
        return CallOperations.database(kind, Resources.named(name), name, site, null, sql);
    }

    /**
     * The acquisition or release of a database lock of the model by a JDBC statement or a transaction's end.
     *
     * @param e the execution, whose lock model gets the lock on first use
     * @param kind {@code LOCK_ACQUIRE} or {@code LOCK_RELEASE}
     * @param key the lock, one object per name and execution
     * @param site the statement's site, or -1
     * @param sql the statement
     * @return the operation
     */
    public static Operation databaseLock(Execution e, OpKind kind, Object key, int site, String sql) {
        LockState l;
        synchronized (e) {
            l = e.resources.databaseLock(key);
        }
        return CallOperations.database(kind, l.id, l.name, site, key, sql);
    }

    /** @return the execution */
    public Execution execution() {
        return exec;
    }

    /** The thread enters a JDBC call: its socket I/O is part of the statement, not a scheduling point of its own. */
    public void callStarts() {
        me.jdbcDepth++;
    }

    /** Stops the thread before {@code op} until the strategy chooses it. */
    public void point(Operation op) {
        exec.point(me, op);
    }

    /** The thread leaves the scheduler. */
    @Override
    public void close() {
        me.inHook = false;
    }
}
