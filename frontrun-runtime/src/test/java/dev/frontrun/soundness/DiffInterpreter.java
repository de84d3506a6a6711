package dev.frontrun.soundness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a worker's operations against a {@link DiffWorld}: every operation is real bytecode (field, array, monitor,
 * lock, collection, atomic and thread calls) in an instrumented class, so the agent sees it as it would see
 * application code.
 */
final class DiffInterpreter {

    private DiffInterpreter() {
    }

    /**
     * @param w the shared state
     * @param worker the worker's index (its register slot)
     * @param ops its operations
     * @param inline run the threads an operation would start in the calling thread instead (for the serial runs
     *     that define the allowed outcomes)
     */
    static void run(DiffWorld w, int worker, List<DiffOp> ops, boolean inline) {
        int reg = 0;
        for (DiffOp op : ops) {
            reg = step(w, op, reg, inline);
        }
        w.registers[worker] = reg;
    }

    private static int step(DiffWorld w, DiffOp op, int reg, boolean inline) {
        int a = op.arg();
        switch (op.kind()) {
            case READ:
                return w.get(a);
            case WRITE:
                w.set(a, reg + 1);
                return reg;
            case INC:
                w.set(a, w.get(a) + 1);
                return reg;
            case ARRAY_READ:
                return w.array[a];
            case ARRAY_WRITE:
                w.array[a] = reg + 1;
                return reg;
            case ARRAY_INC:
                w.array[a] = w.array[a] + 1;
                return reg;
            case SYNC_BLOCK_INC:
                synchronized (w.monitor) {
                    w.set(a, w.get(a) + 1);
                }
                return reg;
            case SYNC_METHOD_INC:
                w.syncInc(a);
                return reg;
            case SYNC_METHOD_READ:
                return w.syncGet(a);
            case STATIC_SYNC_INC:
                DiffWorld.staticSyncInc(w, a);
                return reg;
            case LOCK_INC:
                w.lock.lock();
                try {
                    w.set(a, w.get(a) + 1);
                } finally {
                    w.lock.unlock();
                }
                return reg;
            case LOCK_READ:
                w.lock.lock();
                try {
                    return w.get(a);
                } finally {
                    w.lock.unlock();
                }
            case MAP_GET:
                return w.map.getOrDefault(a, 0);
            case MAP_PUT:
                w.map.put(a, reg + 1);
                return reg;
            case MAP_PUT_IF_MISSING:
                if (!w.map.containsKey(a)) {
                    w.map.put(a, reg + 1);
                }
                return reg;
            case MAP_SIZE:
                return w.map.size();
            case LIST_ADD:
                w.list.add(reg);
                return reg;
            case LIST_SIZE:
                return w.list.size();
            case ATOMIC_INC:
                return w.atomic.incrementAndGet();
            case ATOMIC_GET:
                return w.atomic.get();
            case ATOMIC_SET:
                w.atomic.set(reg + 1);
                return reg;
            case CHM_GET:
                return w.chm.getOrDefault(a, 0);
            case CHM_PUT_IF_MISSING:
                if (w.chm.get(a) == null) {
                    w.chm.put(a, reg + 1);
                }
                return reg;
            case QUEUE_OFFER:
                w.queue.offer(reg + a);
                return reg;
            case QUEUE_POLL: {
                Integer head = w.queue.poll();
                return head == null ? reg : head;
            }
            case VECTOR_ADD:
                w.vector.add(reg + a);
                return reg;
            case VECTOR_COPY_SIZE:
                return new ArrayList<>(w.vector).size();
            case VECTOR_ITER_SUM:
                return vectorSum(w);
            case VECTOR_VIEW_SIZE:
                return w.vectorView.size();
            case VECTOR_SORT:
                Collections.sort(w.vector);
                return reg;
            case SYNC_MAP_PUT:
                w.syncMap.put(a, reg + 1);
                return reg;
            case SYNC_MAP_ENTRY_SUM:
                return syncMapSum(w);
            case ARRAY_COPY_READ: {
                int[] copy = new int[2];
                System.arraycopy(w.array, 0, copy, 0, 2);
                return copy[a];
            }
            case ARRAY_FILL:
                java.util.Arrays.fill(w.array, reg + 1);
                return reg;
            case ARRAY_COPY_OF_SUM: {
                int[] copy = java.util.Arrays.copyOf(w.array, 2);
                return copy[0] + 2 * copy[1];
            }
            case ARRAY_SHIFT:
                System.arraycopy(w.array, 1 - a, w.array, a, 1);
                return reg;
            case BOXES_LIST_SET:
                w.boxesView.set(a, reg + 1);
                return reg;
            case BOXES_READ:
                return w.boxes[a];
            case STATIC_INC_HERE:
                DiffWorld.total = DiffWorld.total + 1;
                return reg;
            case STATIC_INC_THERE:
                DiffWorld.incTotal();
                return reg;
            case THREAD_INC:
                threadInc(w, a, inline);
                return reg;
            case EXECUTOR_INC_TWICE:
                executorIncTwice(w, a, inline);
                return reg;
            default:
                throw new IllegalArgumentException("unknown operation " + op);
        }
    }

    /** Sums the vector through its iterator; -1 when another thread changed it meanwhile. */
    private static int vectorSum(DiffWorld w) {
        try {
            int sum = 0;
            for (int v : w.vector) {
                sum += v;
            }
            return sum;
        } catch (ConcurrentModificationException e) {
            return -1;
        }
    }

    /** Sums the synchronized map's entries, unsynchronized; -1 when another thread changed it meanwhile. */
    private static int syncMapSum(DiffWorld w) {
        try {
            int sum = 0;
            for (Map.Entry<Integer, Integer> e : w.syncMap.entrySet()) {
                sum += e.getKey() * 10 + e.getValue();
            }
            return sum;
        } catch (ConcurrentModificationException e) {
            return -1;
        }
    }

    /** Starts a thread that increments the field without a lock, and joins it. */
    private static void threadInc(DiffWorld w, int field, boolean inline) {
        Runnable inc = () -> w.set(field, w.get(field) + 1);
        if (inline) {
            inc.run();
            return;
        }
        Thread t = new Thread(inc);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Submits two unlocked increments of the field to a pool of two it creates, waits, and shuts it down. */
    private static void executorIncTwice(DiffWorld w, int field, boolean inline) {
        Runnable inc = () -> w.set(field, w.get(field) + 1);
        if (inline) {
            inc.run();
            inc.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = pool.submit(inc);
            Future<?> b = pool.submit(inc);
            a.get();
            b.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }
}
