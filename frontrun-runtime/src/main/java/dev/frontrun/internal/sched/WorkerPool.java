package dev.frontrun.internal.sched;

import java.util.ArrayList;
import java.util.List;

/**
 * The threads that run worker bodies, created once and reused by every execution (thread creation would dominate
 * the cost of small executions). A worker that did not come back from an execution (stuck in real blocking after
 * the execution was stopped) is abandoned and replaced.
 */
public final class WorkerPool {

    private static final WorkerPool SHARED = new WorkerPool();
    private final List<Worker> workers = new ArrayList<>();
    private int created;

    /** @return the process-wide pool */
    public static WorkerPool shared() {
        return SHARED;
    }

    synchronized List<Worker> take(int n) {
        while (workers.size() < n) {
            Worker w = new Worker(created++);
            w.start();
            workers.add(w);
        }
        return new ArrayList<>(workers.subList(0, n));
    }

    /**
     * Drops threads that are lost (stuck in an aborted execution); new ones replace them on demand.
     *
     * @param lost the threads
     */
    public synchronized void abandon(List<Thread> lost) {
        for (Thread t : lost) {
            if (workers.remove(t)) {
                ((Worker) t).retire();
            }
        }
    }
}
