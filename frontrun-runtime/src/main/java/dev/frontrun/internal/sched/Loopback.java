package dev.frontrun.internal.sched;

import java.io.FileDescriptor;
import java.net.InetSocketAddress;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One execution's loopback network between managed threads: the listening sockets they opened and the connections
 * they made to them (by port, as the kernel knows them), and the selectors a managed thread woke up. A socket whose
 * other end is not here (an external server, a client the scheduler does not manage) is not modelled. Guarded by
 * the execution's monitor.
 */
final class Loopback {

    /** A listening socket a managed thread bound to a loopback address. */
    record Listener(FileDescriptor fd, int port, String name) {
    }

    /** A connection a managed thread made to a managed listener; {@code server} once a managed thread accepted it. */
    static final class Connection {
        final String name;
        final FileDescriptor client;
        FileDescriptor server;
        /** The client wrote or closed before the connection was accepted: the accept waits until that shows. */
        boolean clientActed;

        Connection(String name, FileDescriptor client) {
            this.name = name;
            this.client = client;
        }
    }

    /**
     * Every loopback operation is one resource for DPOR: a selector's readiness depends on every channel registered
     * with it, so operations on different connections are taken to conflict too (over-approximate, so sound).
     */
    static final int RESOURCE = Resources.named("loopback network");

    private final Map<Integer, Listener> listeners = new HashMap<>();
    private final Map<Long, Connection> connections = new HashMap<>();
    private final Set<Object> woken = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Object, String> selectors = new IdentityHashMap<>();

    Listener listen(FileDescriptor fd, InetSocketAddress local) {
        Listener l = new Listener(fd, local.getPort(), "listener#" + (listeners.size() + 1));
        listeners.put(local.getPort(), l);
        return l;
    }

    /** @return the managed listener {@code fd} is, or {@code null} */
    Listener listener(FileDescriptor fd, InetSocketAddress local) {
        Listener l = local == null ? null : listeners.get(local.getPort());
        return l != null && l.fd() == fd ? l : null;
    }

    /** @return the managed listener at {@code address}, or {@code null} */
    Listener listenerAt(InetSocketAddress address) {
        return address == null || address.getAddress() == null || !address.getAddress().isLoopbackAddress() ? null
                : listeners.get(address.getPort());
    }

    Connection connected(Listener to, FileDescriptor client, int clientPort) {
        Connection c = new Connection("connection#" + (connections.size() + 1) + " to " + to.name(), client);
        connections.put(key(clientPort, to.port()), c);
        return c;
    }

    /**
     * @param local the end's local address
     * @param remote the end's remote address
     * @return the connection the end belongs to, or {@code null}
     */
    Connection connection(InetSocketAddress local, InetSocketAddress remote) {
        if (local == null || remote == null || remote.getAddress() == null
                || !remote.getAddress().isLoopbackAddress()) {
            return null;
        }
        Connection c = connections.get(key(local.getPort(), remote.getPort()));
        return c != null ? c : connections.get(key(remote.getPort(), local.getPort()));
    }

    /** @return the other end of {@code c} seen from {@code fd}, or {@code null} while it is not accepted */
    static FileDescriptor peer(Connection c, FileDescriptor fd) {
        return c.client == fd ? c.server : c.client;
    }

    String selector(Object selector) {
        return selectors.computeIfAbsent(selector, s -> "Selector#" + (selectors.size() + 1));
    }

    void wake(Object selector) {
        woken.add(selector);
    }

    boolean woken(Object selector) {
        return woken.contains(selector);
    }

    void selected(Object selector) {
        woken.remove(selector);
    }

    private static long key(int clientPort, int serverPort) {
        return ((long) clientPort << 32) | serverPort;
    }
}
