package dev.frontrun.internal.sched;

import java.io.FileDescriptor;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;

/**
 * What a blocking I/O call between managed threads waits for, asked without blocking: a descriptor becoming
 * readable (data, the end of the stream, a pending connection, an error), a selector having a ready key or a
 * wake-up, a pipe having data or being closed. The pending operation of a thread stopped before such a call refers
 * to it, and the thread is enabled only when the call would return; so a thread waiting for its peer is a modelled
 * block, and one waiting for something no thread will do is reported blocked.
 */
final class IoWait {

    private final FileDescriptor fd;
    private final Selector selector;
    private final Object pipe;
    private final boolean interruptible;

    private IoWait(FileDescriptor fd, Selector selector, Object pipe, boolean interruptible) {
        this.fd = fd;
        this.selector = selector;
        this.pipe = pipe;
        this.interruptible = interruptible;
    }

    /** A read or accept on {@code fd}; {@code interruptible} for channels (an interrupt closes them). */
    static IoWait readable(FileDescriptor fd, boolean interruptible) {
        return new IoWait(fd, null, null, interruptible);
    }

    /** {@code Selector.select()}. */
    static IoWait select(Selector selector) {
        return new IoWait(null, selector, null, true);
    }

    /** A pipe's read ({@code PipedInputStream} or {@code PipedReader}). */
    static IoWait pipe(Object pipe) {
        return new IoWait(null, null, pipe, true);
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
        Thread[] writer = new Thread[1];
        int[] s = IoProbes.pipe(pipe, writer);
        if (s == null) {
            return true;
        }
        // data, closed by the writer (end of stream), closed by the reader or unconnected (an exception); a writer that
        // has ended makes the read give up only when no thread can run (Model.expirePipeReads)
        return s[0] >= 0 || s[1] != 0 || s[2] != 0 || s[3] == 0;
    }

    /** Called with the execution's monitor held: whether this is a pipe read whose last writer has ended. */
    boolean writerEnded(Execution e) {
        if (pipe == null) {
            return false;
        }
        Thread[] writer = new Thread[1];
        return IoProbes.pipe(pipe, writer) != null && PipeIo.ended(e, writer[0]);
    }

    /** @return whether a pipe read now must fail as the JDK's does once the last writer has ended */
    boolean pipeBroken(Execution e) {
        Thread[] writer = new Thread[1];
        int[] s = IoProbes.pipe(pipe, writer);
        if (s == null || s[0] >= 0 || s[1] != 0 || s[2] != 0 || s[3] == 0) {
            return false;
        }
        synchronized (e) {
            return PipeIo.ended(e, writer[0]);
        }
    }
}
