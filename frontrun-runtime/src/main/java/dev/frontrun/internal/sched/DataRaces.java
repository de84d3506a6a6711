package dev.frontrun.internal.sched;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.frontrun.internal.vocab.OpKind;
import dev.frontrun.internal.vocab.Sites;
import dev.frontrun.internal.vocab.ThreadNames;

/**
 * Finds a data race on a JDK object that is not thread-safe in one execution's trace: two calls on it from
 * different threads, at least one of them changing it, with no happens-before between them. Happens-before comes
 * from program order, thread start and join, and every synchronizing operation (monitors, locks, volatiles and
 * atomics, calls on thread-safe objects, park and unpark, I/O, SQL), each taken as acquire and release of its
 * resource: more order than the Java memory model gives, so a race reported here is a race there too.
 */
public final class DataRaces {

    private record Access(int thread, int clock, TraceEvent event) {
    }

    private final Map<Integer, int[]> clocks = new HashMap<>();
    private final Map<Integer, int[]> released = new HashMap<>();
    private final Map<Integer, int[]> started = new HashMap<>();
    private final Map<Integer, int[]> ended = new HashMap<>();
    private final Map<Integer, Access> lastWrite = new HashMap<>();
    private final Map<Integer, Map<Integer, Access>> reads = new HashMap<>();
    private int width = 8;
    private final ThreadNames names;

    private DataRaces(ThreadNames names) {
        this.names = names;
    }

    /**
     * @param trace one execution's operations in order
     * @param names how to name the threads
     * @return a description of the first data race, or {@code null}
     */
    public static String find(List<TraceEvent> trace, ThreadNames names) {
        DataRaces d = new DataRaces(names);
        for (TraceEvent e : trace) {
            String race = d.step(e);
            if (race != null) {
                return race;
            }
        }
        return null;
    }

    private String step(TraceEvent e) {
        int t = e.thread();
        width = Math.max(width, t + 1);
        int[] c = clock(t);
        int[] start = started.remove(t);
        if (start != null) {
            join(c, start);
        }
        c[t]++;
        Operation op = e.op();
        switch (op.kind()) {
            case SPAWN -> started.put(op.targetThread(), c.clone());
            case JOIN -> {
                int[] end = ended.get(op.targetThread());
                if (end != null) {
                    join(c, end);
                }
            }
            case END -> ended.put(t, c.clone());
            case UNPARK, INTERRUPT -> release(-2 - op.targetThread(), c);
            case PARK -> acquire(-2 - t, c);
            default -> {
                if (op.isUnsafeCall()) {
                    return check(op.resource(), new Access(t, c[t], e), op.kind().writes(), c);
                }
                if (op.resource() >= 0 && synchronizing(op)) {
                    acquire(op.resource(), c);
                    release(op.resource(), c);
                }
            }
        }
        return null;
    }

    private static boolean synchronizing(Operation op) {
        return !(op.kind() == OpKind.READ || op.kind() == OpKind.WRITE) || op.statement() != null;
    }

    private String check(int resource, Access now, boolean write, int[] c) {
        Access w = lastWrite.get(resource);
        if (w != null && w.thread != now.thread && w.clock > c[w.thread]) {
            return describe(w.event, now.event);
        }
        Map<Integer, Access> rs = reads.computeIfAbsent(resource, k -> new HashMap<>());
        if (write) {
            for (Access r : rs.values()) {
                if (r.thread != now.thread && r.clock > c[r.thread]) {
                    return describe(r.event, now.event);
                }
            }
            lastWrite.put(resource, now);
            rs.clear();
        } else {
            rs.put(now.thread, now);
        }
        return null;
    }

    private String describe(TraceEvent first, TraceEvent second) {
        Operation a = first.op();
        Operation b = second.op();
        String type = a.call().substring(0, a.call().indexOf('.'));
        return "Data race on " + a.resourceName() + ": " + type + " is not thread-safe, and Thread "
                + names.of(first.thread()) + " called " + a.call() + " at " + where(a) + " while Thread "
                + names.of(second.thread()) + " called "
                + b.call() + " at " + where(b) + " with nothing ordering the two calls (no lock, join, or"
                + " volatile/atomic handover between them).\nOn a real JVM such calls can corrupt the " + type
                + " even when the invariant happens to pass; guard it with a lock, or use a thread-safe class.";
    }

    private static String where(Operation op) {
        return op.site() >= 0 ? Sites.get(op.site()).location() : "an unknown place";
    }

    private int[] clock(int t) {
        int[] c = clocks.get(t);
        if (c == null || c.length < width) {
            c = c == null ? new int[width] : Arrays.copyOf(c, width);
            clocks.put(t, c);
        }
        return c;
    }

    private void acquire(int sync, int[] c) {
        int[] r = released.get(sync);
        if (r != null) {
            join(c, r);
        }
    }

    private void release(int sync, int[] c) {
        int[] r = released.get(sync);
        if (r == null) {
            released.put(sync, c.clone());
        } else {
            int[] m = Arrays.copyOf(r, Math.max(r.length, c.length));
            join(m, c);
            released.put(sync, m);
        }
    }

    private static void join(int[] into, int[] from) {
        for (int i = 0; i < Math.min(into.length, from.length); i++) {
            into[i] = Math.max(into[i], from[i]);
        }
    }
}
