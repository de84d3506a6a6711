package dev.frontrun.internal.sched;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.frontrun.internal.vocab.OpKind;
import dev.frontrun.internal.vocab.Site;

/**
 * Why no thread can run: a wait-for cycle (a deadlock) or, without one, what each thread is waiting for.
 */
final class Blockage {

    private final boolean deadlock;
    private final String text;

    private Blockage(boolean deadlock, String text) {
        this.deadlock = deadlock;
        this.text = text;
    }

    boolean deadlock() {
        return deadlock;
    }

    String describe() {
        return text;
    }

    static Blockage analyse(Execution exec, List<ThreadView> views) {
        Map<Integer, Integer> waitsFor = new HashMap<>();
        Map<Integer, Operation> pending = new HashMap<>();
        for (ThreadView v : views) {
            pending.put(v.id(), v.pending());
            Operation op = v.pending();
            if (op == null) {
                continue;
            }
            if (op.kind() == OpKind.LOCK_ACQUIRE && op.lock != null) {
                // a database row lock may be held in several modes by several transactions: one that conflicts
                ManagedThread owner = exec.resources.blocker(op.lock);
                if (owner != null) {
                    waitsFor.put(v.id(), owner.id);
                }
            } else if (op.kind() == OpKind.JOIN) {
                waitsFor.put(v.id(), op.targetThread());
            }
        }
        for (Integer start : waitsFor.keySet()) {
            List<Integer> path = new ArrayList<>();
            Integer cur = start;
            while (cur != null && !path.contains(cur)) {
                path.add(cur);
                cur = waitsFor.get(cur);
            }
            if (cur != null) {
                List<Integer> cycle = path.subList(path.indexOf(cur), path.size());
                return new Blockage(true, cycleText(exec, cycle, pending));
            }
        }
        StringBuilder b = new StringBuilder("All threads are blocked:");
        for (ThreadView v : views) {
            b.append("\n    Thread ").append(exec.names().of(v.id())).append(" waits to ")
                    .append(describe(v.pending()));
        }
        return new Blockage(false, b.toString());
    }

    private static String cycleText(Execution exec, List<Integer> cycle, Map<Integer, Operation> pending) {
        boolean database = cycle.stream().allMatch(id -> pending.get(id).isRowLock());
        StringBuilder chain = new StringBuilder(database
                ? "Database deadlock detected (PostgreSQL would abort one of the transactions): "
                : "Lock-ordering deadlock detected: ");
        StringBuilder lines = new StringBuilder();
        for (int id : cycle) {
            Operation op = pending.get(id);
            chain.append("Thread ").append(exec.names().of(id)).append(" -> ").append(op.resourceName()).append(" -> ");
            lines.append("\n    Thread ").append(exec.names().of(id));
            if (op.kind() == OpKind.LOCK_ACQUIRE && op.lock != null) {
                LockState l = exec.resources.lock(op.lock);
                for (Map.Entry<Object, LockState> e : exec.resources.allLocks()) {
                    LockState held = e.getValue();
                    if (held.owner != null && held.owner.id == id) {
                        lines.append(" holds ").append(held.name).append(" (taken at ")
                                .append(where(held.acquiredAt)).append(sql(held.acquiredBy)).append("),");
                    }
                }
                lines.append(" waits for ").append(l.name).append(" at ").append(where(op.site()))
                        .append(sql(op.statement()));
            } else {
                lines.append(" waits to ").append(describe(op));
            }
        }
        chain.append("Thread ").append(exec.names().of(cycle.get(0)));
        return chain + lines.toString();
    }

    private static String sql(String statement) {
        return statement == null ? "" : " by " + oneLine(statement, 120);
    }

    /** @return the statement on one line, shortened to {@code max} characters */
    private static String oneLine(String statement, int max) {
        String one = statement.strip().replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 3) + "...";
    }

    private static String describe(Operation op) {
        if (op == null) {
            return "continue";
        }
        return op.tag() + (op.site() >= 0 ? " at " + where(op.site()) : "");
    }

    private static String where(int site) {
        if (site < 0) {
            return "an unknown place";
        }
        Site s = dev.frontrun.internal.vocab.Sites.get(site);
        return s.location();
    }

    /** @return one line per live thread: its status and pending operation (for timeouts) */
    static String states(Execution exec) {
        StringBuilder b = new StringBuilder("threads:");
        for (ManagedThread t : exec.threads) {
            b.append("\n    Thread ").append(exec.names().of(t.id)).append(' ').append(t.status.name().toLowerCase());
            if (t.pending != null) {
                b.append(", next: ").append(describe(t.pending));
            }
            if (t.status == ThreadStatus.RUNNING || t.status == ThreadStatus.DETACHED) {
                StackTraceElement[] st = t.thread.getStackTrace();
                for (int i = 0; i < Math.min(4, st.length); i++) {
                    b.append("\n        at ").append(st[i]);
                }
            }
        }
        return b.toString();
    }
}
