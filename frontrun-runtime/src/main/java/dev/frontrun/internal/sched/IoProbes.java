package dev.frontrun.internal.sched;

import java.io.FileDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.frontrun.internal.agent.Agents;

/**
 * Looks at the JDK's I/O objects without blocking and without taking their locks: the file descriptor of a socket
 * or channel, its local and remote address, whether it is readable now ({@code poll} with no timeout), and the
 * state of a {@code PipedInputStream} or {@code PipedReader}. The JDK packages involved are opened to frontrun
 * through the agent's instrumentation. When that is not possible every probe answers "unknown" and the I/O calls
 * keep their unmodelled behaviour (the blocking threshold).
 */
final class IoProbes {

    private static final boolean AVAILABLE;
    private static Method poll;
    private static Method localAddress;
    private static Method remoteAddress;
    private static Method getFd;
    private static Field socketFd;
    private static Field implTimeout;
    private static Method ungrowable;
    private static int pollIn;
    private static int pollOut;
    private static final Map<Class<?>, Field[]> PIPES = new ConcurrentHashMap<>();

    static {
        boolean ok;
        try {
            Module base = Object.class.getModule();
            Module me = IoProbes.class.getModule();
            Agents.instrumentation().redefineModule(base, Set.of(), Map.of(), Map.of("sun.nio.ch", Set.of(me),
                    "java.net", Set.of(me), "java.io", Set.of(me)), Set.of(), Map.of());
            Class<?> net = Class.forName("sun.nio.ch.Net");
            poll = accessible(net.getDeclaredMethod("poll", FileDescriptor.class, int.class, long.class));
            localAddress = accessible(net.getDeclaredMethod("localAddress", FileDescriptor.class));
            remoteAddress = accessible(net.getDeclaredMethod("remoteAddress", FileDescriptor.class));
            pollIn = net.getField("POLLIN").getShort(null);
            pollOut = net.getField("POLLOUT").getShort(null);
            getFd = accessible(Class.forName("sun.nio.ch.SelChImpl").getMethod("getFD"));
            socketFd = accessible(java.net.SocketImpl.class.getDeclaredField("fd"));
            ungrowable = accessible(Class.forName("sun.nio.ch.Util").getDeclaredMethod("ungrowableSet", Set.class));
            implTimeout = accessible(Class.forName("sun.nio.ch.NioSocketImpl").getDeclaredField("timeout"));
            ok = true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            ok = false;
        }
        AVAILABLE = ok;
    }

    private IoProbes() {
    }

    private static <T extends java.lang.reflect.AccessibleObject> T accessible(T member) {
        member.setAccessible(true);
        return member;
    }

    /** @return whether the probes work in this JVM */
    static boolean available() {
        return AVAILABLE;
    }

    /** @return the file descriptor of a socket implementation or a selectable channel, or {@code null} */
    static FileDescriptor fd(Object socketOrChannel) {
        if (!AVAILABLE || socketOrChannel == null) {
            return null;
        }
        try {
            if (socketOrChannel instanceof java.net.SocketImpl) {
                return (FileDescriptor) socketFd.get(socketOrChannel);
            }
            if (getFd.getDeclaringClass().isInstance(socketOrChannel)) {
                return (FileDescriptor) getFd.invoke(socketOrChannel);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** @return {@code sun.nio.ch.Util.ungrowableSet(set)}, the selected-key view a selector hands out, or null */
    static Object ungrowable(Set<Object> set) {
        try {
            return AVAILABLE ? ungrowable.invoke(null, set) : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** @return the SO_TIMEOUT of a classic socket implementation (0: none), or 0 */
    static int timeout(Object impl) {
        try {
            return implTimeout.getDeclaringClass().isInstance(impl) ? implTimeout.getInt(impl) : 0;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0;
        }
    }

    /** @return the address the descriptor is bound to, or {@code null} (closed, unbound, or unknown) */
    static InetSocketAddress local(FileDescriptor fd) {
        return address(localAddress, fd);
    }

    /** @return the address the descriptor is connected to, or {@code null} */
    static InetSocketAddress remote(FileDescriptor fd) {
        return address(remoteAddress, fd);
    }

    private static InetSocketAddress address(Method m, FileDescriptor fd) {
        if (!AVAILABLE || fd == null || !fd.valid()) {
            return null;
        }
        try {
            return (InetSocketAddress) m.invoke(null, fd);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * @param fd a descriptor
     * @param out whether to ask for writability (else readability, which includes a pending connection, the end of
     *     the stream and an error)
     * @return whether a blocking call on it would return now; {@code true} when it cannot be known (closed, error)
     */
    static boolean ready(FileDescriptor fd, boolean out) {
        if (!AVAILABLE || fd == null || !fd.valid()) {
            return true;
        }
        try {
            return ((Integer) poll.invoke(null, fd, out ? pollOut : pollIn, 0L)) != 0;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }

    /**
     * The state of a pipe's reading end ({@code PipedInputStream} or {@code PipedReader}, which name their fields
     * alike), read without its monitor.
     *
     * @param pipe the reading end
     * @param writer where to put the last writer ({@code [0]}) and, when it has room, the last reader ({@code [1]})
     * @return {@code [in, closedByWriter, closedByReader, connected, out]} as ints ({@code in == out}: full)
     */
    static int[] pipe(Object pipe, Thread[] writer) {
        Field[] f = PIPES.computeIfAbsent(pipe.getClass(), IoProbes::pipeFields);
        if (f == null) {
            return null;
        }
        try {
            writer[0] = (Thread) f[4].get(pipe);
            if (writer.length > 1) {
                writer[1] = (Thread) f[6].get(pipe);
            }
            return new int[] {f[0].getInt(pipe), f[1].getBoolean(pipe) ? 1 : 0, f[2].getBoolean(pipe) ? 1 : 0,
                f[3].getBoolean(pipe) ? 1 : 0, f[5].getInt(pipe)};
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Field[] pipeFields(Class<?> type) {
        if (!AVAILABLE) {
            return null;
        }
        Class<?> c = type;
        while (c != null && !c.getName().equals("java.io.PipedInputStream")
                && !c.getName().equals("java.io.PipedReader")) {
            c = c.getSuperclass();
        }
        if (c == null) {
            return null;
        }
        try {
            String[] names = {"in", "closedByWriter", "closedByReader", "connected", "writeSide", "out", "readSide"};
            Field[] f = new Field[names.length];
            for (int i = 0; i < names.length; i++) {
                f[i] = accessible(c.getDeclaredField(names[i]));
            }
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
