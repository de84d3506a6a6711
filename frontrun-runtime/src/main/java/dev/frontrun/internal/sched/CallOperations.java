package dev.frontrun.internal.sched;

import dev.frontrun.internal.vocab.OpKind;

/**
 * The named factories of {@link Operation} for calls the scheduler sees beside memory, monitors and threads: an I/O
 * call between managed threads, a call on a library object, an operation of the database model.
 */
final class CallOperations {

    private CallOperations() {
    }

    /**
     * An I/O call between managed threads (a socket, channel, selector or pipe).
     *
     * @param kind {@link OpKind#SOCKET_READ} for a call that may wait, {@link OpKind#SOCKET_WRITE} for one that may
     *     wake a waiter
     * @param resource the resource id
     * @param resourceName the display name ({@code listener#1})
     * @param site the call site
     * @param call the call ({@code ServerSocket.accept})
     * @param wait when the call would block, what it waits for ({@link IoWait}); {@code null} when it never waits
     * @return the operation
     */
    static Operation io(OpKind kind, int resource, String resourceName, int site, String call, IoWait wait) {
        Operation o = new Operation(kind, resource, resourceName, site, null, false);
        o.call = call;
        o.ioWait = wait;
        return o;
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
     * @param concurrency whether the receiver is a {@code java.util.concurrent} object
     * @return the operation
     */
    static Operation libraryCall(OpKind kind, int resource, String resourceName, int site, String call,
            boolean unsafe, boolean concurrency) {
        Operation o = Operation.access(kind, resource, resourceName, site);
        o.call = call;
        o.unsafeCall = unsafe;
        o.concurrency = concurrency;
        return o;
    }

    /**
     * An operation of the database model (see {@link StatementPoints#sqlAccess} and
     * {@link StatementPoints#databaseLock}).
     *
     * @param key the database lock of a LOCK_ACQUIRE or LOCK_RELEASE, else {@code null}
     * @param sql the statement it belongs to, or {@code null}
     */
    static Operation database(OpKind kind, int resource, String resourceName, int site, Object key, String sql) {
        Operation o = new Operation(kind, resource, resourceName, site, key, false);
        o.sql = sql;
        o.databaseLock = key != null;
        return o;
    }
}
