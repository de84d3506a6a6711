package dev.frontrun.internal.dpor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One execution of a {@link Program} under external control: the threads stop before every step, and
 * {@link #step(int)} runs the chosen one. It plays the role of the real scheduler for the engine's tests.
 */
final class Run {

    private final int[] vars;
    private final List<ThreadBody> bodies = new ArrayList<>();
    private final List<Instr> pending = new ArrayList<>();
    private final List<Boolean> finished = new ArrayList<>();
    private final Map<Long, Integer> lockOwner = new HashMap<>();
    private final java.util.Set<Long> permits = new java.util.HashSet<>();
    private final Map<Integer, Long> waiting = new HashMap<>();

    Run(Program program) {
        vars = new int[program.vars()];
        for (var maker : program.threads()) {
            add(bodies.size(), maker.get());
        }
    }

    private void add(int id, ThreadBody body) {
        while (bodies.size() <= id) {
            bodies.add(null);
            pending.add(null);
            finished.add(false);
        }
        if (bodies.get(id) != null) {
            throw new IllegalStateException("thread " + id + " spawned twice");
        }
        bodies.set(id, body);
    }

    int[] vars() {
        return vars;
    }

    /** @return the live threads, their enabledness and pending operations */
    List<ThreadState> threads() {
        List<ThreadState> out = new ArrayList<>();
        for (int id = 0; id < bodies.size(); id++) {
            if (bodies.get(id) == null || finished.get(id)) {
                continue;
            }
            Op op = pendingOp(id);
            out.add(new ThreadState(id, enabled(id, op), op));
        }
        return out;
    }

    boolean anyEnabled() {
        for (ThreadState t : threads()) {
            if (t.enabled()) {
                return true;
            }
        }
        return false;
    }

    /** @return whether some thread has not finished (after no thread is enabled: a deadlock) */
    boolean anyLive() {
        return !threads().isEmpty();
    }

    Op pendingOp(int id) {
        Instr i = pendingInstr(id);
        return i == null ? Op.end() : i.op();
    }

    private Instr pendingInstr(int id) {
        Instr i = pending.get(id);
        if (i == null && !finished.get(id)) {
            i = bodies.get(id).next();
            pending.set(id, i);
        }
        return i;
    }

    private boolean enabled(int id, Op op) {
        return switch (op.kind()) {
            case LOCK_ACQUIRE -> !lockOwner.containsKey(op.target()) && !waiting.containsKey(id);
            case PARK -> permits.contains(op.target());
            case JOIN -> {
                int t = (int) op.target();
                yield t < finished.size() && finished.get(t);
            }
            default -> true;
        };
    }

    /** Runs the pending step of thread {@code id} and returns its operation. */
    Op step(int id) {
        Instr i = pendingInstr(id);
        if (i == null) {
            finished.set(id, true);
            return Op.end();
        }
        if (!enabled(id, i.op())) {
            throw new IllegalStateException("thread " + id + " is not enabled for " + i.op());
        }
        pending.set(id, null);
        switch (i.op().kind()) {
            case LOCK_ACQUIRE -> lockOwner.put(i.op().target(), id);
            case LOCK_RELEASE -> lockOwner.remove(i.op().target());
            case SPAWN -> add((int) i.op().target(), i.child());
            case PARK -> permits.remove(i.op().target());
            case WAIT -> {
                if (!Integer.valueOf(id).equals(lockOwner.remove(i.op().target()))) {
                    throw new IllegalStateException("thread " + id + " waits on a monitor it does not hold");
                }
                waiting.put(id, i.op().target());
            }
            case NOTIFY -> waiting.values().removeIf(m -> m == i.op().target());
            case UNPARK -> permits.add(i.op().target());
            default -> {
            }
        }
        i.effect().apply(vars);
        return i.op();
    }
}
