package dev.frontrun.internal.strategy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import dev.frontrun.internal.sched.ChoicePoint;
import dev.frontrun.internal.sched.Operation;
import dev.frontrun.internal.sched.SchedulingStrategy;
import dev.frontrun.internal.sched.ThreadView;

/**
 * Partial order sampling (Yuan et al., CAV 2018): every pending operation gets a random priority, the enabled
 * thread whose operation has the highest priority runs, and after an operation runs the priorities of pending
 * operations that conflict with it (same resource, one of them writes; same lock) are drawn again.
 */
public final class PosStrategy implements SchedulingStrategy {

    private final Random rng;
    private final Map<Integer, Operation> seen = new HashMap<>();
    private final Map<Integer, Double> priority = new HashMap<>();

    /** @param seed the seed of every choice */
    public PosStrategy(long seed) {
        this.rng = new Random(seed);
    }

    @Override
    public boolean beginExecution(int index) {
        seen.clear();
        priority.clear();
        return true;
    }

    @Override
    public int choose(ChoicePoint point) {
        int spurious = point.step() >= 0 ? SpuriousWakeups.pick(point, rng) : -1;
        if (spurious >= 0) {
            return spurious;
        }
        int best = -1;
        double bestPriority = Double.NEGATIVE_INFINITY;
        for (ThreadView t : point.threads()) {
            if (seen.get(t.id()) != t.pending()) {
                seen.put(t.id(), t.pending());
                priority.put(t.id(), rng.nextDouble());
            }
            double p = priority.get(t.id());
            if (t.enabled() && p > bestPriority) {
                bestPriority = p;
                best = t.id();
            }
        }
        return best;
    }

    @Override
    public void executed(int thread, Operation op) {
        for (Map.Entry<Integer, Operation> e : seen.entrySet()) {
            if (e.getKey() != thread && e.getValue() != null && Conflicts.conflict(op, e.getValue())) {
                priority.put(e.getKey(), rng.nextDouble());
            }
        }
    }

    @Override
    public void endExecution(boolean completed) {
        // nothing carries over
    }
}
