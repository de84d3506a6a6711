package dev.frontrun.internal.explain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.frontrun.internal.sched.Operation;
import dev.frontrun.internal.sched.TraceEvent;

/**
 * Names the conflict behind a failing trace: a lost update (a thread wrote back a value it read before another
 * thread's write), a write-write conflict, or an order violation.
 */
final class Conflict {

    private Conflict() {
    }

    static String summarize(List<TraceEvent> trace) {
        String lost = lostUpdate(trace);
        if (lost != null) {
            return lost;
        }
        Map<Integer, Integer> firstWriter = new HashMap<>();
        for (TraceEvent e : trace) {
            Operation op = e.op();
            if (!op.kind().isAccess() || !op.kind().writes()) {
                continue;
            }
            Integer other = firstWriter.putIfAbsent(op.resource(), e.thread());
            if (other != null && other != e.thread()) {
                return "Write-write conflict: threads " + Math.min(other, e.thread()) + " and "
                        + Math.max(other, e.thread()) + " both wrote to " + op.resourceName() + ".";
            }
        }
        return "Order violation: the threads ran in an order the invariant rejects.";
    }

    private static String lostUpdate(List<TraceEvent> trace) {
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
                    return "Lost update: threads " + Math.min(read.thread(), interferer) + " and "
                            + Math.max(read.thread(), interferer) + " both read " + read.op().resourceName()
                            + " before either wrote it back" + via + ".";
                }
                break;
            }
        }
        return null;
    }
}
