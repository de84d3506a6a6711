package dev.frontrun.internal.explain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.frontrun.internal.sched.Operation;
import dev.frontrun.internal.sched.TraceEvent;
import dev.frontrun.internal.vocab.ThreadNames;

/**
 * Names the conflict behind a failing trace with the pattern a reader would look up: a missed signal (a notify
 * before the wait it was meant for), a lost update (a thread wrote back a value it read before another thread's
 * write, overwriting it), a check-then-act atomicity violation (a thread read a value another thread then changed
 * before the first acted on what it read), a write-write conflict, or an order violation.
 */
final class Conflict {

    private Conflict() {
    }

    static String summarize(List<TraceEvent> trace, ThreadNames names) {
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
            if (op.kind() == dev.frontrun.internal.vocab.OpKind.NOTIFY) {
                notified.putIfAbsent(op.resource(), e);
            } else if (op.kind() == dev.frontrun.internal.vocab.OpKind.WAIT) {
                TraceEvent n = notified.get(op.resource());
                if (n != null && n.thread() != e.thread()) {
                    return "Missed signal (lost wakeup): thread " + names.of(n.thread()) + " notified "
                            + op.resourceName() + " before thread " + names.of(e.thread()) + " waited on it, so the wait was never woken; wait in a"
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
                                + " changed it before thread " + names.of(read.thread()) + " acted on what it had read.";
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
}
