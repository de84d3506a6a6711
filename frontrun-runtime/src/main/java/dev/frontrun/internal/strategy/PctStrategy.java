package dev.frontrun.internal.strategy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.frontrun.internal.sched.ChoicePoint;
import dev.frontrun.internal.sched.Operation;
import dev.frontrun.internal.sched.SchedulingStrategy;
import dev.frontrun.internal.sched.ThreadView;

/**
 * Probabilistic concurrency testing (Burckhardt et al., ASPLOS 2010) with bug depth {@code d}: threads get random
 * distinct priorities, the highest-priority enabled thread runs, and at {@code d - 1} random steps the running
 * thread drops below every initial priority. The step range is the longest execution seen so far.
 */
public final class PctStrategy implements SchedulingStrategy {

    private final Random rng;
    private final int depth;
    private final Map<Integer, Double> priority = new HashMap<>();
    private final Map<Integer, Integer> changePoints = new HashMap<>();
    private int maxSteps = 50;
    private int steps;

    /**
     * @param seed the seed of every choice
     * @param depth the bug depth (at least 1)
     */
    public PctStrategy(long seed, int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("PCT depth must be at least 1, was " + depth);
        }
        this.rng = new Random(seed);
        this.depth = depth;
    }

    @Override
    public boolean beginExecution(int index) {
        priority.clear();
        changePoints.clear();
        steps = 0;
        Set<Integer> used = new HashSet<>();
        for (int i = 1; i < depth; i++) {
            int at = rng.nextInt(Math.max(1, maxSteps));
            if (used.add(at)) {
                changePoints.put(at, i);
            }
        }
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
            double p = priority.computeIfAbsent(t.id(), k -> depth + rng.nextDouble() * 1000);
            if (t.enabled() && p > bestPriority) {
                bestPriority = p;
                best = t.id();
            }
        }
        Integer change = changePoints.get(point.step());
        if (change != null) {
            priority.put(best, (double) (depth - change));
            return choose(new ChoicePoint(-1, point.threads()));
        }
        return best;
    }

    @Override
    public void executed(int thread, Operation op) {
        steps++;
    }

    @Override
    public void endExecution(boolean completed) {
        maxSteps = Math.max(maxSteps, steps);
    }
}
