package dev.frontrun.internal.sched;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.frontrun.internal.vocab.ThreadNames;

/**
 * The threads of one execution: the declared workers ({@code 0..n-1}) and the threads they started, by id and by
 * JVM thread. Guarded by the {@link Execution}'s monitor, except {@link #managedFor}, which any thread may call.
 */
final class ThreadTable implements Iterable<ManagedThread> {

    private final List<ManagedThread> threads = new ArrayList<>();
    private final Map<Integer, ManagedThread> byId = new HashMap<>();
    private final Map<Thread, ManagedThread> spawned = new ConcurrentHashMap<>();
    private final ThreadIds ids;
    private int workerCount;
    /** Whether some managed thread started a thread in this execution (a fast path for the thread hooks). */
    volatile boolean hasSpawned;

    /** @return how texts name the threads */
    ThreadNames names() {
        return ids.names;
    }

    ThreadTable(ThreadIds ids) {
        this.ids = ids;
    }

    /** @return the new managed thread for a pooled worker, with the next worker id */
    ManagedThread addWorker(Thread thread) {
        ManagedThread t = new ManagedThread(threads.size(), thread, ThreadStatus.STARTING);
        add(t);
        workerCount++;
        return t;
    }

    /**
     * @param child a thread a managed thread started
     * @param id its id (from {@link #nextChildId})
     * @param owner the execution it now belongs to
     * @return its managed thread
     */
    ManagedThread addSpawned(Thread child, int id, Execution owner) {
        ManagedThread t = new ManagedThread(id, child, ThreadStatus.STARTING);
        t.begun = true;
        add(t);
        ManagedThreads.adopt(child, owner);
        spawned.put(child, t);
        hasSpawned = true;
        return t;
    }

    private void add(ManagedThread t) {
        threads.add(t);
        byId.put(t.id, t);
    }

    /** @return the managed thread with this id (live or finished), or {@code null} */
    ManagedThread byId(int id) {
        return byId.get(id);
    }

    /** @return the id the next thread started by {@code parent} gets */
    int nextChildId(ManagedThread parent) {
        return ids.child(workerCount, parent.id, parent.spawned++);
    }

    /** @return the managed thread running on {@code t} now, or {@code null} (callable from any thread) */
    ManagedThread managedFor(Thread t) {
        if (t instanceof Worker w) {
            ManagedThread mt = w.managed;
            if (mt != null && mt.thread == t) {
                return mt;
            }
        }
        return hasSpawned ? spawned.get(t) : null;
    }

    /** @return the managed thread of a thread started during the execution, or {@code null} */
    ManagedThread spawnedFor(Thread t) {
        return spawned.get(t);
    }

    /** @return the id the thread has (or had) in this execution, or -1 */
    int idOf(Thread t) {
        for (ManagedThread m : threads) {
            if (m.thread == t) {
                return m.id;
            }
        }
        return -1;
    }

    /** @return whether every declared worker has finished */
    boolean workersDone() {
        for (ManagedThread t : threads) {
            if (t.id < workerCount && t.status != ThreadStatus.DONE) {
                return false;
            }
        }
        return true;
    }

    /**
     * A modelled monitor became free: threads detached because the JVM blocked them on it will now get it, so the
     * scheduler waits for them to arrive at their next point before choosing again (keeps choices deterministic).
     */
    void monitorFreed(Object lock) {
        int hash = System.identityHashCode(lock);
        for (ManagedThread t : threads) {
            if (t.status == ThreadStatus.DETACHED && t.blockedOn == hash) {
                t.blockedOn = 0;
                t.status = ThreadStatus.STARTING;
                t.since = System.nanoTime();
            }
        }
    }

    /** @return how many threads the execution has had */
    int size() {
        return threads.size();
    }

    @Override
    public Iterator<ManagedThread> iterator() {
        return threads.iterator();
    }
}
