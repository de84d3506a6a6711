package dev.frontrun.internal.sched;

import java.io.FileDescriptor;
import java.net.InetSocketAddress;
import java.nio.channels.SelectableChannel;

import dev.frontrun.internal.vocab.OpKind;

/**
 * How connections between managed threads come to be, as {@link LoopbackIo} sees them: a listener on a loopback
 * address is registered, a connect to it is a point that may wake an accept, an accept is a point that waits for a
 * connect; both ends are then known to {@link Loopback}.
 */
final class ConnectionSetup {

    private ConnectionSetup() {
    }

    /** On exit of a listen or bind: registers a listener on a loopback address. */
    static void listened(Execution e, Object self) {
        FileDescriptor fd = IoProbes.fd(self);
        InetSocketAddress local = IoProbes.local(fd);
        if (local != null && local.getAddress() != null && local.getAddress().isLoopbackAddress()) {
            synchronized (e) {
                e.loopback.listen(fd, local);
            }
        }
    }

    /** On entry to a connect: to a listener of a managed thread, a point that may wake its accept. */
    static void connect(Execution e, ManagedThread me, Object self, Object arg) {
        if (!(arg instanceof InetSocketAddress to)) {
            return;
        }
        Loopback.Listener l;
        synchronized (e) {
            l = e.loopback.listenerAt(to);
        }
        if (l != null) {
            LoopbackIo.point(e, me, OpKind.SOCKET_WRITE, l.name(), LoopbackIo.type(self, false) + ".connect", null);
        }
    }

    /** On exit of a connect: registers the connection with its listener. */
    static void connected(Execution e, ManagedThread me, Object self) {
        FileDescriptor fd = IoProbes.fd(self);
        InetSocketAddress local = IoProbes.local(fd);
        InetSocketAddress remote = IoProbes.remote(fd);
        if (local == null || remote == null) {
            return; // not connected (a non-blocking connect in progress is not modelled)
        }
        synchronized (e) {
            Loopback.Listener l = e.loopback.listenerAt(remote);
            if (l == null) {
                return;
            }
            e.loopback.connected(l, fd, local.getPort());
            me.ioSettle = l.fd();
        }
    }

    /**
     * On entry to an accept on a registered listener: a point that waits for a connect when it would block (with
     * {@code ServerSocket.setSoTimeout}, until its time runs out).
     *
     * @return whether the accept timed out in the model
     */
    static boolean accept(Execution e, ManagedThread me, Object self) {
        FileDescriptor fd = IoProbes.fd(self);
        Loopback.Listener l;
        synchronized (e) {
            l = e.loopback.listener(fd, IoProbes.local(fd));
        }
        if (l == null) {
            return false;
        }
        String call = LoopbackIo.type(self, true) + ".accept";
        if (!(self instanceof SelectableChannel) && IoProbes.timeout(self) > 0) {
            return TimedIo.point(e, me, OpKind.SOCKET_READ, l.name(), call, IoWait.readable(fd, false),
                    IoProbes.timeout(self));
        }
        LoopbackIo.point(e, me, OpKind.SOCKET_READ, l.name(), call,
                LoopbackIo.blocking(self) ? IoWait.readable(fd, self instanceof SelectableChannel) : null);
        return false;
    }

    /** On exit of an accept: the server end of the connection. */
    static void accepted(Execution e, ManagedThread me, Object socket) {
        FileDescriptor fd = IoProbes.fd(socket);
        InetSocketAddress local = IoProbes.local(fd);
        InetSocketAddress remote = IoProbes.remote(fd);
        synchronized (e) {
            Loopback.Connection c = e.loopback.connection(local, remote);
            if (c != null && c.client != fd) {
                c.server = fd;
                if (c.clientActed) {
                    me.ioSettle = fd; // what the client sent before the accept must show before the server reads
                }
            }
        }
    }
}
