package dev.frontrun.internal.sched;

import java.util.ArrayList;
import java.util.List;

import dev.frontrun.internal.vocab.OpKind;

/**
 * The life of a declared worker in one execution: a pooled thread takes a body, stops at a first point before it
 * (so that the threads' first accesses run in the strategy's order), runs it, reports an exception as the
 * execution's failure, stops at its end point, and returns to the pool.
 */
final class WorkerRuns {

    private WorkerRuns() {
    }

    /** Starts one pooled worker per body; each first runs to its first scheduling point. */
    static void launch(Execution exec, List<Runnable> bodies, WorkerPool pool) {
        List<Worker> workers = pool.take(bodies.size());
        List<ManagedThread> managed = new ArrayList<>();
        for (Worker w : workers) {
            managed.add(exec.addWorker(w));
        }
        for (int i = 0; i < workers.size(); i++) {
            ManagedThread me = managed.get(i);
            Runnable body = bodies.get(i);
            Worker w = workers.get(i);
            w.assign(() -> {
                me.since = System.nanoTime();
                me.begun = true;
                w.managed = me;
                run(exec, me, body);
            });
        }
    }

    private static void run(Execution exec, ManagedThread me, Runnable body) {
        try {
            // a first point before the body: the threads' first accesses then run in the strategy's order, so the
            // objects they touch first are numbered the same way in every execution
            me.inHook = true;
            try {
                exec.point(me, Operation.plain(OpKind.BEGIN, -1));
            } finally {
                me.inHook = false;
            }
            body.run();
        } catch (Throwable t) {
            if (!exec.aborted && !(t instanceof ExecutionAborted)) {
                exec.threadFailed(me, t);
            }
        }
        try {
            if (!exec.aborted) {
                me.inHook = true;
                exec.point(me, Operation.plain(OpKind.END, -1));
            }
        } catch (ExecutionAborted ignored) {
            // stopped elsewhere
        } finally {
            me.inHook = false;
            if (me.thread instanceof Worker w) {
                w.managed = null;
            }
            exec.workerReturned();
        }
    }
}
