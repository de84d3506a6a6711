package dev.frontrun.internal.explain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.frontrun.internal.sched.Operation;
import dev.frontrun.internal.sched.TraceEvent;
import dev.frontrun.internal.sql.SqlAnalyzer;
import dev.frontrun.internal.sql.StatementKind;
import dev.frontrun.internal.vocab.OpKind;
import dev.frontrun.internal.vocab.Sites;
import dev.frontrun.internal.vocab.ThreadNames;

/**
 * Names the conflict behind a failing trace with the pattern a reader would look up: a missed signal (a notify
 * before the wait it was meant for), a lazy initialization race (two threads each found a field null and each set
 * it), a duplicate insert (two threads inserted the same row, perhaps each after looking for it), a lost update (a thread wrote back a value it read before another thread's
 * write, overwriting it), a check-then-act atomicity violation (a thread read a value another thread then changed
 * before the first acted on what it read), a write-write conflict, or an order violation.
 */
final class Conflict {

    private Conflict() {
    }

    static String summarize(List<TraceEvent> trace, ThreadNames names) {
        String lazy = lazyInit(trace, names);
        if (lazy != null) {
            return lazy;
        }
        String duplicate = duplicateInsert(trace, names);
        if (duplicate != null) {
            return duplicate;
        }
        String lost = lostUpdate(trace, names);
        if (lost != null) {
            return lost;
        }
        String stale = checkThenAct(trace, names);
        if (stale != null) {
            return stale;
        }
        Map<Integer, Integer> firstWriter = new HashMap<>();
        for (TraceEvent e : trace) {
            Operation op = e.op();
            if (!op.kind().isAccess() || !op.kind().writes()) {
                continue;
            }
            Integer other = firstWriter.putIfAbsent(op.resource(), e.thread());
            if (other != null && other != e.thread()) {
                return "Write-write conflict: threads " + names.of(Math.min(other, e.thread())) + " and "
                        + names.of(Math.max(other, e.thread())) + " both wrote to " + op.resourceName() + ".";
            }
        }
        return "Order violation: the threads ran in an order the invariant rejects.";
    }

    /**
     * @param trace a failing execution's trace
     * @param names how to name the threads
     * @return the headline of a missed signal (a thread notified a monitor before another thread waited on it), or
     *         null
     */
    static String missedSignal(List<TraceEvent> trace, ThreadNames names) {
        Map<Integer, TraceEvent> notified = new HashMap<>();
        for (TraceEvent e : trace) {
            Operation op = e.op();
            if (op.kind() == OpKind.NOTIFY) {
                notified.putIfAbsent(op.resource(), e);
            } else if (op.kind() == OpKind.WAIT) {
                TraceEvent n = notified.get(op.resource());
                if (n != null && n.thread() != e.thread()) {
                    return "Missed signal (lost wakeup): thread " + names.of(n.thread()) + " notified "
                            + op.resourceName() + " before thread " + names.of(e.thread())
                            + " waited on it, so the wait was never woken; wait in a"
                            + " loop that re-checks its condition.";
                }
            }
        }
        return null;
    }

    /** A read of R by T, then a write of R by another thread, then T goes on (acting on the stale value). */
    private static String checkThenAct(List<TraceEvent> trace, ThreadNames names) {
        for (int i = 0; i < trace.size(); i++) {
            TraceEvent read = trace.get(i);
            if (!read.op().kind().isAccess() || !read.op().kind().reads() || read.op().kind().writes()) {
                continue;
            }
            int r = read.op().resource();
            for (int j = i + 1; j < trace.size(); j++) {
                TraceEvent e = trace.get(j);
                if (e.thread() == read.thread()) {
                    if (e.op().resource() == r) {
                        break;
                    }
                    continue;
                }
                if (e.op().resource() == r && e.op().kind().isAccess() && e.op().kind().writes()) {
                    boolean actsLater = false;
                    for (int k = j + 1; k < trace.size() && !actsLater; k++) {
                        actsLater = trace.get(k).thread() == read.thread() && trace.get(k).op().kind().isAccess();
                    }
                    if (actsLater) {
                        return "Atomicity violation (check-then-act): thread " + names.of(read.thread()) + " read "
                                + read.op().resourceName() + ", then thread " + names.of(e.thread())
                                + " changed it before thread " + names.of(read.thread())
                                + " acted on what it had read.";
                    }
                }
            }
        }
        return null;
    }

    private static String lostUpdate(List<TraceEvent> trace, ThreadNames names) {
        for (int i = 0; i < trace.size(); i++) {
            TraceEvent read = trace.get(i);
            if (!read.op().kind().isAccess() || !read.op().kind().reads()) {
                continue;
            }
            int r = read.op().resource();
            int interferer = -1;
            for (int j = i + 1; j < trace.size(); j++) {
                TraceEvent e = trace.get(j);
                if (e.op().resource() != r || !e.op().kind().isAccess()) {
                    continue;
                }
                if (e.thread() != read.thread()) {
                    if (e.op().kind().writes()) {
                        interferer = e.thread();
                    }
                    continue;
                }
                if (interferer >= 0 && e.op().kind().writes()) {
                    String via = read.op().resourceName().startsWith("socket:") ? " (lost update via I/O)" : "";
                    return "Lost update: threads " + names.of(Math.min(read.thread(), interferer)) + " and "
                            + names.of(Math.max(read.thread(), interferer)) + " both read " + read.op().resourceName()
                            + " before either wrote it back" + via + ".";
                }
                break;
            }
        }
        return null;
    }

    /**
     * Two threads each compared a field with {@code null} ({@code if (instance == null)}) before the other set it,
     * and both set it: each created its own object where one was meant.
     */
    private static String lazyInit(List<TraceEvent> trace, ThreadNames names) {
        Map<Integer, Map<Integer, Integer>> tested = new HashMap<>();
        Map<Integer, Map<Integer, Integer>> set = new HashMap<>();
        for (int i = 0; i < trace.size(); i++) {
            TraceEvent e = trace.get(i);
            OpKind k = e.op().kind();
            if (!k.isAccess()) {
                continue;
            }
            if (k.writes()) {
                set.computeIfAbsent(e.op().resource(), x -> new HashMap<>()).putIfAbsent(e.thread(), i);
            } else if (Sites.isNullTest(e.op().site())) {
                tested.computeIfAbsent(e.op().resource(), x -> new HashMap<>()).putIfAbsent(e.thread(), i);
            }
        }
        for (TraceEvent e : trace) {
            Map<Integer, Integer> t = tested.get(e.op().resource());
            Map<Integer, Integer> w = set.get(e.op().resource());
            if (t == null || w == null) {
                continue;
            }
            for (int a : t.keySet()) {
                for (int b : t.keySet()) {
                    if (a < b && w.containsKey(a) && w.containsKey(b) && t.get(a) < w.get(a) && t.get(b) < w.get(b)
                            && t.get(a) < w.get(b) && t.get(b) < w.get(a)) {
                        return "Lazy initialization race (check-then-act): threads " + names.of(a) + " and "
                                + names.of(b) + " both found " + e.op().resourceName() + " null before either had set"
                                + " it, and each set it: two objects were created where one was meant; initialize it"
                                + " once (synchronized, a holder class, or AtomicReference.compareAndSet).";
                    }
                }
            }
        }
        return null;
    }

    /**
     * Two threads inserted the same row; when each had looked for it before the other's insert, a check-then-insert.
     * (Rows two threads found by a predicate and inserted are the SQL anomaly's phantom, which then heads the text.)
     */
    private static String duplicateInsert(List<TraceEvent> trace, ThreadNames names) {
        Map<Integer, Integer> firstInsert = new HashMap<>();
        for (int i = 0; i < trace.size(); i++) {
            TraceEvent e = trace.get(i);
            Operation op = e.op();
            if (!op.kind().isAccess() || !op.kind().writes() || op.statement() == null
                    || SqlAnalyzer.kind(op.statement()) != StatementKind.INSERT) {
                continue;
            }
            Integer first = firstInsert.putIfAbsent(op.resource(), i);
            if (first == null || trace.get(first).thread() == e.thread()) {
                continue;
            }
            int a = trace.get(first).thread();
            boolean checked = readBefore(trace, a, op.resource(), first) && readBefore(trace, e.thread(), op.resource(),
                    first);
            return "Duplicate insert" + (checked ? " (check-then-insert)" : "") + ": threads " + names.of(a) + " and "
                    + names.of(e.thread()) + " both inserted " + op.resourceName()
                    + (checked ? ", each after looking for it before the other's insert" : "")
                    + "; a unique key makes the second insert fail, INSERT ... ON CONFLICT lets it do nothing.";
        }
        return null;
    }

    /** Whether {@code thread} read {@code resource} before position {@code end} of the trace. */
    private static boolean readBefore(List<TraceEvent> trace, int thread, int resource, int end) {
        for (int i = 0; i < end; i++) {
            TraceEvent e = trace.get(i);
            if (e.thread() == thread && e.op().resource() == resource && e.op().kind().isAccess()
                    && e.op().kind().reads()) {
                return true;
            }
        }
        return false;
    }
}
