package dev.frontrun.internal.sched;

import java.io.FileDescriptor;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;

/**
 * What a blocking I/O call between managed threads waits for, asked without blocking: a descriptor becoming
 * readable (data, the end of the stream, a pending connection, an error), a selector having a ready key or a
 * wake-up, a pipe having data or being closed, a full pipe having room again. The pending operation of a thread
 * stopped before such a call refers to it, and the thread is enabled only when the call would return; so a thread
 * waiting for its peer is a modelled block, and one waiting for something no thread will do is reported blocked.
 */
final class IoWait {

    private final FileDescriptor fd;
    private final Selector selector;
    private final Object pipe;
    private final boolean interruptible;
    /** A pipe's write, which waits for room in its buffer (else a pipe's read, which waits for data). */
    private final boolean space;

    private IoWait(FileDescriptor fd, Selector selector, Object pipe, boolean interruptible, boolean space) {
        this.fd = fd;
        this.selector = selector;
        this.pipe = pipe;
        this.interruptible = interruptible;
        this.space = space;
    }

    /** A read or accept on {@code fd}; {@code interruptible} for channels (an interrupt closes them). */
    static IoWait readable(FileDescriptor fd, boolean interruptible) {
        return new IoWait(fd, null, null, interruptible, false);
    }

    /** {@code Selector.select()}. */
    static IoWait select(Selector selector) {
        return new IoWait(null, selector, null, true, false);
    }

    /** A pipe's read ({@code PipedInputStream} or {@code PipedReader}). */
    static IoWait pipe(Object pipe) {
        return new IoWait(null, null, pipe, true, false);
    }

    /**
     * A pipe's write ({@code PipedOutputStream} or {@code PipedWriter}), which waits while the buffer is full (the
     * JDK's writer waits in one-second slices for the reader to make room).
     */
    static IoWait pipeSpace(Object pipe) {
        return new IoWait(null, null, pipe, true, true);
    }

    /** Called with the execution's monitor held. */
    boolean ready(Execution e, ManagedThread t) {
        if (interruptible && (t.interruptPending || t.thread.isInterrupted())) {
            return true;
        }
        if (fd != null) {
            return IoProbes.ready(fd, false);
        }
        if (selector != null) {
            return selectReady(e);
        }
        return pipeReady(e);
    }

    private boolean selectReady(Execution e) {
        if (!selector.isOpen() || e.loopback.woken(selector)) {
            return true;
        }
        try {
            java.util.Set<SelectionKey> selected = selector.selectedKeys();
            for (SelectionKey k : selector.keys().toArray(new SelectionKey[0])) {
                if (!k.isValid()) {
                    continue;
                }
                int interest = k.interestOps();
                FileDescriptor f = IoProbes.fd(k.channel());
                if (f == null) {
                    return true; // a channel the probes cannot see into: let the real call decide
                }
                int in = interest & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT);
                int out = interest & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT);
                int ready = (in != 0 && IoProbes.ready(f, false) ? in : 0)
                        | (out != 0 && IoProbes.ready(f, true) ? out : 0);
                // select counts a key already selected only when its ready set grows
                if (ready != 0 && (!selected.contains(k) || (ready & ~k.readyOps()) != 0)) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException ex) {
            return true;
        }
    }

    private boolean pipeReady(Execution e) {
        int[] s = IoProbes.pipe(pipe, new Thread[1]);
        if (s == null) {
            return true;
        }
        // closed by either end or unconnected: the call returns (data, the end of the stream, or an exception); a
        // peer that has ended makes the call give up only when no thread can run (Model.expirePipeWaits)
        if (s[1] != 0 || s[2] != 0 || s[3] == 0) {
            return true;
        }
        return space ? s[0] != s[4] : s[0] >= 0;
    }

    /**
     * Called with the execution's monitor held: whether this is a pipe's read whose last writer has ended, or a
     * pipe's write whose last reader has ended.
     */
    boolean peerEnded(Execution e) {
        if (pipe == null) {
            return false;
        }
        Thread[] ends = new Thread[2];
        return IoProbes.pipe(pipe, ends) != null && PipeIo.ended(e, ends[space ? 1 : 0]);
    }

    /**
     * @return whether the pipe call now must fail as the JDK's does once its peer has ended (a read with no data
     *     left, a write with no room left)
     */
    boolean pipeBroken(Execution e) {
        if (pipe == null) {
            return false;
        }
        synchronized (e) {
            return !pipeReady(e) && peerEnded(e);
        }
    }
}
