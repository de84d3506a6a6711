package dev.frontrun.internal.dpor;

import static dev.frontrun.internal.dpor.VectorClocks.get;
import static dev.frontrun.internal.dpor.VectorClocks.join;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of the current execution with their vector clocks, and the reversible races among them. Arrays are
 * reused from one execution to the next, so memory stays proportional to the longest execution.
 *
 * <p>Happens-before: program order, conflicting data accesses in execution order, all operations of one monitor
 * in order, spawn before the child, end before join. Races (JACM 2017, {@code e ≲ e'}): for data and permits,
 * conflicting accesses of different threads with no other happens-before path between them; for locks, an
 * acquire and the previous acquire of the same lock when nothing but the lock orders them (reversing those is
 * what yields the other order of critical sections).
 */
final class ExecutionRecord {

    private int[] threads = new int[64];
    private Op[] ops = new Op[64];
    private Choice[] choices = new Choice[64];
    private int[][] clocks = new int[64][];
    private int size;
    private int width = 8;

    private int[][] threadClock = new int[8][];
    private int[] endEvent = new int[8];

    private final Map<Long, DataState> data = new HashMap<>();
    private final Map<Long, DataState> permits = new HashMap<>();
    private final MonitorRecord monitors = new MonitorRecord();

    private final RaceList races = new RaceList();

    private static final class DataState {
        int lastWrite = -1;
        int[] readsSince = new int[4];
        int reads;
    }

    void reset() {
        for (int i = 0; i < threadClock.length; i++) {
            threadClock[i] = null;
        }
        Arrays.fill(endEvent, -1);
        data.clear();
        permits.clear();
        monitors.clear();
        size = 0;
        races.clear();
    }

    int size() {
        return size;
    }

    int thread(int event) {
        return threads[event];
    }

    Op op(int event) {
        return ops[event];
    }

    Choice choice(int event) {
        return choices[event];
    }

    RaceList races() {
        return races;
    }

    /** Whether event {@code later} happens after event {@code earlier}. */
    boolean happensAfter(int earlier, int later) {
        return get(clocks[later], threads[earlier]) >= get(clocks[earlier], threads[earlier]);
    }

    /** Records that {@code thread} performed {@code op} as the next event. */
    void record(int thread, Op op) {
        ensureThread(thread);
        ensureEvent();
        int idx = size++;
        threads[idx] = thread;
        ops[idx] = op;
        choices[idx] = new Choice(thread, op);
        int[] clock = clocks[idx];
        if (clock == null || clock.length < width) {
            clock = new int[width];
            clocks[idx] = clock;
        }
        int[] own = threadClock[thread];
        if (own == null) {
            Arrays.fill(clock, 0);
        } else {
            System.arraycopy(own, 0, clock, 0, own.length);
            Arrays.fill(clock, own.length, clock.length, 0);
        }
        clock[thread]++;
        switch (op.kind()) {
            case READ -> access(data, op.target(), idx, false);
            case WRITE, READ_MODIFY_WRITE -> access(data, op.target(), idx, true);
            case FOOTPRINT -> accessAll(op.footprint(), idx);
            case PARK, UNPARK -> access(permits, op.target(), idx, true);
            case LOCK_ACQUIRE -> acquire(op.target(), idx);
            case LOCK_RELEASE, WAIT, NOTIFY -> monitorEvent(op.target(), idx);
            case SPAWN -> {
                int child = (int) op.target();
                ensureThread(child);
                threadClock[child] = clock.clone();
            }
            case JOIN -> {
                int joined = (int) op.target();
                if (joined < endEvent.length && endEvent[joined] >= 0) {
                    join(clock, clocks[endEvent[joined]]);
                }
            }
            case END -> endEvent[thread] = idx;
        }
        if (op.kind() != OpKind.FOOTPRINT && op.footprint() != null) {
            accessAll(op.footprint(), idx); // further data accesses of an operation of another kind (Op#alsoWriting)
        }
        threadClock[thread] = clock;
    }

    private void accessAll(Footprint f, int idx) {
        for (int i = 0; i < f.writeCount(); i++) {
            access(data, f.write(i), idx, true);
        }
        for (int i = 0; i < f.readCount(); i++) {
            access(data, f.read(i), idx, false);
        }
    }

    private void access(Map<Long, DataState> states, long target, int idx, boolean write) {
        DataState s = states.computeIfAbsent(target, k -> new DataState());
        int[] clock = clocks[idx];
        int thread = threads[idx];
        if (s.lastWrite >= 0) {
            checkRace(s.lastWrite, idx, s, write);
        }
        if (write) {
            for (int r = 0; r < s.reads; r++) {
                checkRace(s.readsSince[r], idx, s, true);
            }
        }
        if (s.lastWrite >= 0) {
            join(clock, clocks[s.lastWrite]);
        }
        if (write) {
            for (int r = 0; r < s.reads; r++) {
                join(clock, clocks[s.readsSince[r]]);
            }
            s.lastWrite = idx;
            s.reads = 0;
        } else {
            for (int r = 0; r < s.reads; r++) {
                if (threads[s.readsSince[r]] == thread) {
                    s.readsSince[r] = idx;
                    return;
                }
            }
            if (s.reads == s.readsSince.length) {
                s.readsSince = Arrays.copyOf(s.readsSince, s.reads * 2);
            }
            s.readsSince[s.reads++] = idx;
        }
    }

    /**
     * Candidate {@code c} races with the new event {@code idx} unless they share a thread or another
     * happens-before path (program order, or another candidate) already orders them.
     */
    private void checkRace(int c, int idx, DataState s, boolean write) {
        int ct = threads[c];
        if (ct == threads[idx]) {
            return;
        }
        int seq = get(clocks[c], ct);
        if (get(clocks[idx], ct) >= seq) {
            return;
        }
        if (s.lastWrite >= 0 && s.lastWrite != c && get(clocks[s.lastWrite], ct) >= seq) {
            return;
        }
        if (write) {
            for (int r = 0; r < s.reads; r++) {
                int other = s.readsSince[r];
                if (other != c && get(clocks[other], ct) >= seq) {
                    return;
                }
            }
        }
        races.add(c, idx);
    }

    private void acquire(long lock, int idx) {
        int prev = monitors.acquire(lock, idx);
        if (prev >= 0) {
            int pt = threads[prev];
            if (pt != threads[idx] && get(clocks[idx], pt) < get(clocks[prev], pt)) {
                races.add(prev, idx);
            }
        }
        monitorEvent(lock, idx);
    }

    private void monitorEvent(long lock, int idx) {
        int last = monitors.event(lock, idx);
        if (last >= 0) {
            join(clocks[idx], clocks[last]);
        }
    }

    /** The events after {@code e} that do not happen after it, then {@code ePrime}: JACM's notdep(e, E).e'. */
    List<Choice> reversal(int e, int ePrime) {
        List<Choice> v = new ArrayList<>();
        for (int x = e + 1; x < size; x++) {
            if (x != ePrime && !happensAfter(e, x)) {
                v.add(choice(x));
            }
        }
        v.add(choice(ePrime));
        return v;
    }

    /**
     * For a thread left blocked at the end of the execution on acquiring {@code lock}: the last acquire of that lock
     * it races with (another thread's, not already before the blocked thread), or -1.
     */
    int blockedAcquireRace(int thread, long lock) {
        int prev = monitors.lastAcquire(lock);
        int last = monitors.lastEvent(lock);
        if (prev < 0 || ops[last].kind() == OpKind.LOCK_RELEASE || ops[last].kind() == OpKind.WAIT) {
            return -1; // the lock is free: the thread waits for something else (a notification)
        }
        int pt = threads[prev];
        int[] own = thread < threadClock.length ? threadClock[thread] : null;
        int known = own == null ? 0 : get(own, pt);
        return pt != thread && known < get(clocks[prev], pt) ? prev : -1;
    }

    /** The events after {@code e} that do not happen after it, then {@code blocked}. */
    List<Choice> reversalTo(int e, Choice blocked) {
        List<Choice> v = new ArrayList<>();
        for (int x = e + 1; x < size; x++) {
            if (!happensAfter(e, x)) {
                v.add(choice(x));
            }
        }
        v.add(blocked);
        return v;
    }

    /** The index of the last event of {@code thread}, or -1. */
    int lastEventOf(int thread) {
        for (int x = size - 1; x >= 0; x--) {
            if (threads[x] == thread) {
                return x;
            }
        }
        return -1;
    }

    private void ensureThread(int thread) {
        if (thread < 0) {
            throw new IllegalArgumentException("thread ids must be >= 0, was " + thread);
        }
        if (thread >= width) {
            int w = width;
            while (w <= thread) {
                w *= 2;
            }
            width = w;
        }
        if (thread >= threadClock.length) {
            int n = Math.max(thread + 1, threadClock.length * 2);
            threadClock = Arrays.copyOf(threadClock, n);
            int old = endEvent.length;
            endEvent = Arrays.copyOf(endEvent, n);
            Arrays.fill(endEvent, old, n, -1);
        }
    }

    private void ensureEvent() {
        if (size == threads.length) {
            int n = size * 2;
            threads = Arrays.copyOf(threads, n);
            ops = Arrays.copyOf(ops, n);
            choices = Arrays.copyOf(choices, n);
            clocks = Arrays.copyOf(clocks, n);
        }
    }
}
