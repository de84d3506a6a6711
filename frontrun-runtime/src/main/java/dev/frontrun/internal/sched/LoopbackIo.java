package dev.frontrun.internal.sched;

import java.io.FileDescriptor;
import java.net.InetSocketAddress;
import java.net.SocketImpl;
import java.nio.channels.SelectableChannel;
import java.nio.channels.Selector;
import java.util.concurrent.TimeUnit;

import dev.frontrun.internal.vocab.OpKind;
import dev.frontrun.internal.vocab.Sites;

/**
 * Sockets, channels, selectors and pipes between managed threads as scheduling points (see {@link Loopback},
 * {@link IoWait}; listen, connect and accept in {@link ConnectionSetup}, selectors in {@link SelectorIo}, pipes in
 * {@link PipeIo}). The real JDK call still does the I/O; the scheduler only lets a thread into a call that would
 * block once the call would return, so the thread waits in the model for its peer (a connect, a write, a close)
 * instead of in the kernel. A call whose other end no managed thread holds keeps the unmodelled behaviour.
 */
final class LoopbackIo {

    /** How long an action waits for the kernel to show its effect at the other end (loopback is immediate). */
    private static final long SETTLE = TimeUnit.MILLISECONDS.toNanos(100);

    private LoopbackIo() {
    }

    /**
     * On entry to an I/O call.
     *
     * @param self the socket implementation, channel, selector or pipe
     * @param call the method ({@code accept}, {@code connect}, {@code close}, {@code select}, {@code pipeRead}, ...)
     * @param arg the call's argument where it matters (the address of a connect), else {@code null}
     * @return 1 when a pipe read (write) must fail as the JDK's does after its writer (reader) ended, or a timed
     *     accept, select or read timed out in the model ({@code readTimedOut} asks after a read), else 0
     */
    static int enter(Execution e, Object self, String call, Object arg) {
        ManagedThread me;
        if (e == null || (me = RuntimeHooks.enter(e)) == null) {
            return 0;
        }
        try {
            if (me.jdbcDepth > 0) {
                return 0;
            }
            if (e.aborted) {
                // the thread unwinds a stopped execution: a call that may wait must not, the others (a close in a
                // finally block) run unscheduled
                if (call.equals("accept") || call.startsWith("select") || call.equals("pipeRead")
                        || call.equals("pipeFull")) {
                    throw new ExecutionAborted();
                }
                return 0;
            }
            switch (call) {
                case "connect":
                    ConnectionSetup.connect(e, me, self, arg);
                    return 0;
                case "accept":
                    return ConnectionSetup.accept(e, me, self) ? 1 : 0;
                case "readTimedOut":
                    return TimedIo.readTimedOut(me);
                case "close":
                case "shutdownOutput":
                    close(e, me, self, call);
                    return 0;
                case "select":
                    SelectorIo.select(e, me, (Selector) self);
                    return 0;
                case "selectTimed":
                    return SelectorIo.select(e, me, (Selector) self, (Long) arg) ? 1 : 0;
                case "selectNow":
                    SelectorIo.selectNow(e, me, (Selector) self);
                    return 0;
                case "wakeup":
                    SelectorIo.wakeup(e, me, self);
                    return 0;
                case "pipeRead":
                    return PipeIo.read(e, me, self);
                case "pipeWrite":
                case "pipeFull":
                    return PipeIo.write(e, me, self);
                case "pipeClose":
                    PipeIo.point(e, me, self, "close", true);
                    return 0;
                case "pipeCloseReader":
                    PipeIo.point(e, me, self, "close", false);
                    return 0;
                default: {
                    int site = Sites.caller(OpKind.SOCKET_READ);
                    e.outsiders.noteUnmodelled(call + " at " + (site >= 0 ? Sites.get(site).location() : "an unknown place"));
                    return 0;
                }
            }
        } finally {
            me.inHook = false;
        }
    }

    /** On exit of an I/O call: registers listeners and connections, settles what an action did. */
    static void exit(Execution e, Object self, String call, Object result) {
        ManagedThread me;
        if (e == null || (me = RuntimeHooks.enter(e)) == null) {
            return;
        }
        try {
            switch (call) {
                case "listen":
                    ConnectionSetup.listened(e, self);
                    break;
                case "connect":
                    ConnectionSetup.connected(e, me, self);
                    break;
                case "accept":
                    ConnectionSetup.accepted(e, me, result);
                    break;
                case "select":
                    synchronized (e) {
                        e.loopback.selected(self);
                    }
                    break;
                default:
                    break;
            }
            settle(me);
        } finally {
            me.inHook = false;
        }
    }

    /**
     * A read or write on a socket or channel; when the socket is not one end of a connection between managed threads
     * it is left to {@link LibraryHooks#socketIo}.
     *
     * @param timed whether the read has a timeout (then it is not a modelled wait)
     * @return whether the socket is one end of a connection between managed threads (then this was the point)
     */
    static boolean socketIo(Execution e, Object socket, boolean write, boolean timed) {
        ManagedThread me;
        if (e == null || (me = RuntimeHooks.enter(e)) == null) {
            return false;
        }
        try {
            if (me.jdbcDepth > 0 || !socketIo(e, me, socket, write, timed)) {
                return false;
            }
            // the watchdog still sees a call that blocks although the model said it would not
            me.inBlockingCall = true;
            me.since = System.nanoTime();
            return true;
        } finally {
            me.inHook = false;
        }
    }

    /** On exit of a socket read or write: settles what a write did. */
    static void done(Execution e) {
        ManagedThread me = e == null ? null : e.managedFor(Thread.currentThread());
        if (me != null) {
            settle(me);
        }
    }

    private static boolean socketIo(Execution e, ManagedThread me, Object socket, boolean write, boolean timed) {
        FileDescriptor fd = IoProbes.fd(socket);
        if (fd == null) {
            return false;
        }
        InetSocketAddress local = IoProbes.local(fd);
        InetSocketAddress remote = IoProbes.remote(fd);
        Loopback.Connection c;
        FileDescriptor peer;
        synchronized (e) {
            c = e.loopback.connection(local, remote);
            peer = c == null ? null : Loopback.peer(c, fd);
        }
        if (c == null) {
            return false;
        }
        String call = type(socket, false) + (write ? ".write" : ".read");
        if (write) {
            point(e, me, OpKind.SOCKET_WRITE, c.name, call, null);
            me.ioSettle = peer;
            if (peer == null) {
                synchronized (e) {
                    c.clientActed = true;
                }
            }
        } else if (!timed && !(socket instanceof SelectableChannel) && IoProbes.timeout(socket) > 0) {
            me.ioTimedOut = TimedIo.point(e, me, OpKind.SOCKET_READ, c.name, call, IoWait.readable(fd, false),
                    IoProbes.timeout(socket));
        } else {
            point(e, me, OpKind.SOCKET_READ, c.name, call,
                    !timed && blocking(socket) ? IoWait.readable(fd, socket instanceof SelectableChannel) : null);
        }
        return true;
    }

    private static void close(Execution e, ManagedThread me, Object self, String call) {
        FileDescriptor fd = IoProbes.fd(self);
        if (fd == null || !fd.valid()) {
            return;
        }
        InetSocketAddress local = IoProbes.local(fd);
        String name;
        FileDescriptor peer = null;
        boolean server;
        synchronized (e) {
            Loopback.Listener l = e.loopback.listener(fd, local);
            server = l != null;
            if (server) {
                name = l.name();
            } else {
                Loopback.Connection c = e.loopback.connection(local, IoProbes.remote(fd));
                if (c == null) {
                    return;
                }
                name = c.name;
                peer = Loopback.peer(c, fd);
            }
        }
        point(e, me, OpKind.SOCKET_WRITE, name, type(self, server) + "." + call, null);
        me.ioSettle = peer;
        if (!server && peer == null) {
            synchronized (e) {
                Loopback.Connection c = e.loopback.connection(local, IoProbes.remote(fd));
                if (c != null) {
                    c.clientActed = true;
                }
            }
        }
    }

    static void point(Execution e, ManagedThread me, OpKind kind, String name, String call, IoWait wait) {
        e.point(me, CallOperations.io(kind, Loopback.RESOURCE, name, Sites.caller(kind), call, wait));
    }

    /** After an action on a connection: waits (briefly) until the kernel shows it at the other end. */
    static void settle(ManagedThread me) {
        Object peer = me.ioSettle;
        me.ioSettle = null;
        if (!(peer instanceof FileDescriptor fd)) {
            return;
        }
        long until = System.nanoTime() + SETTLE;
        while (!IoProbes.ready(fd, false) && until - System.nanoTime() > 0) {
            Thread.yield();
        }
    }

    /** @return whether a call on this socket or channel blocks until it can return (no timeout, blocking mode) */
    static boolean blocking(Object socketOrChannel) {
        if (socketOrChannel instanceof SelectableChannel ch) {
            return ch.isBlocking();
        }
        return IoProbes.timeout(socketOrChannel) == 0;
    }

    static String type(Object self, boolean server) {
        if (self instanceof SocketImpl) {
            return server ? "ServerSocket" : "Socket";
        }
        return server || self instanceof java.nio.channels.ServerSocketChannel ? "ServerSocketChannel"
                : "SocketChannel";
    }

    /**
     * @return whether the thread being started is one of an asynchronous channel group's (JVM-wide) threads: it is
     *     not managed, and the asynchronous channel call that started it makes the execution unmodelled
     */
    static boolean channelGroupStart() {
        return GROUP_WALKER.walk(frames -> frames.limit(24).anyMatch(
                f -> f.getClassName().equals("sun.nio.ch.AsynchronousChannelGroupImpl")));
    }

    private static final StackWalker GROUP_WALKER = StackWalker.getInstance();

    /** @return whether some blocked thread waits in a modelled I/O call (the kernel may still be delivering) */
    static boolean waiting(java.util.List<ThreadView> views) {
        for (ThreadView v : views) {
            if (!v.enabled() && v.pending() != null && v.pending().ioWait != null) {
                return true;
            }
        }
        return false;
    }
}
