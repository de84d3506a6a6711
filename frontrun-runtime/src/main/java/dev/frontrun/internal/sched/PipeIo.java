package dev.frontrun.internal.sched;

import dev.frontrun.internal.vocab.OpKind;
import dev.frontrun.internal.vocab.Sites;

/**
 * Pipes ({@code PipedInputStream}, {@code PipedReader}) between managed threads as scheduling points, all on the
 * pipe's reading end: a read waits in the model for a write or the writer's end, a write waits while the buffer is
 * full for a read or the reader's end, and either may wake the other.
 */
final class PipeIo {

    private PipeIo() {
    }

    /** A pipe read: waits for data or the end; returns 1 when it must fail as the JDK's does after its writer ended. */
    static int read(Execution e, ManagedThread me, Object pipe) {
        IoWait wait = IoWait.pipe(pipe);
        point(e, me, pipe, "read", true, wait);
        return wait.pipeBroken(e) ? 1 : 0;
    }

    /**
     * A pipe's write (at its start, and again whenever its buffer fills): waits while the buffer is full; returns 1
     * when it must fail as the JDK's does after its reader ended.
     */
    static int write(Execution e, ManagedThread me, Object pipe) {
        IoWait wait = IoWait.pipeSpace(pipe);
        point(e, me, pipe, "write", true, wait);
        return wait.pipeBroken(e) ? 1 : 0;
    }

    /** A pipe's write or close ({@code what}); {@code holding}: inside one of its synchronized methods. */
    static void point(Execution e, ManagedThread me, Object pipe, String what, boolean holding) {
        point(e, me, pipe, what, holding, null);
    }

    /** A pipe's operations, on the pipe's reading end; {@code holding}: inside one of its synchronized methods. */
    private static void point(Execution e, ManagedThread me, Object pipe, String what, boolean holding, IoWait wait) {
        int rid;
        String name;
        synchronized (e) {
            rid = e.resources.id(pipe, "pipe", me);
            name = e.resources.describe(pipe);
        }
        String type = pipe instanceof java.io.Reader ? "PipedReader" : "PipedInputStream";
        String call = what.equals("read") || !holding ? type + "." + what
                : (type.equals("PipedReader") ? "PipedWriter." : "PipedOutputStream.") + what;
        OpKind kind = what.equals("read") ? OpKind.SOCKET_READ : OpKind.SOCKET_WRITE;
        Operation op = CallOperations.io(kind, rid, name, Sites.caller(kind), call, wait);
        if (!holding) {
            e.point(me, op);
            return;
        }
        me.waitMonitor = pipe;
        try {
            e.point(me, op, pipe);
        } finally {
            me.waitMonitor = null;
        }
        if (e.aborted) {
            throw new ExecutionAborted();
        }
    }

    /** Called with the execution's monitor held: whether {@code writer} (a pipe's last writer) has ended. */
    static boolean ended(Execution e, Thread writer) {
        if (writer == null) {
            return false;
        }
        ManagedThread last = null;
        for (ManagedThread t : e.threads) {
            if (t.thread == writer) {
                last = t;
            }
        }
        return last != null ? last.status == ThreadStatus.DONE : !writer.isAlive();
    }
}
