package dev.frontrun.internal.sched;

/**
 * The scheduler as the database model (package {@code internal.db}) sees it: a managed thread inside a JDBC call,
 * stopping at the scheduling points the model derives from the call (its rows and tables, its row locks). Obtained by
 * {@link #enter()}, which marks the thread as inside the scheduler (hooks reached from the driver pass through) until
 * {@link #close()}.
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
