package dev.frontrun.internal.strategy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;

import dev.frontrun.internal.sched.ChoicePoint;
import dev.frontrun.internal.sched.Operation;
import dev.frontrun.internal.sched.SchedulingStrategy;
import dev.frontrun.internal.sched.ThreadView;

/**
 * Random schedules in fair rounds: each round visits every thread once in a random order, and each visit runs a
 * burst of 1 to 8 consecutive steps (one burst in ten runs up to 32). All randomness comes from one seeded
 * generator, so an exploration is repeatable from its seed.
 */
public final class RandomStrategy implements SchedulingStrategy {

    private final Random rng;
    private final Deque<Integer> round = new ArrayDeque<>();
    private int current = -1;
    private int burst;

    /** @param seed the seed of every choice */
    public RandomStrategy(long seed) {
        this.rng = new Random(seed);
    }

    @Override
    public boolean beginExecution(int index) {
        round.clear();
        current = -1;
        burst = 0;
        return true;
    }

    @Override
    public int choose(ChoicePoint point) {
        int spurious = point.step() >= 0 ? SpuriousWakeups.pick(point, rng) : -1;
        if (spurious >= 0) {
            return spurious;
        }
        List<Integer> enabled = point.enabled();
        if (burst > 0 && enabled.contains(current)) {
            burst--;
            return current;
        }
        for (int refills = 0; refills < 3; refills++) {
            if (round.isEmpty()) {
                List<Integer> all = new ArrayList<>();
                for (ThreadView t : point.threads()) {
                    all.add(t.id());
                }
                Collections.shuffle(all, rng);
                round.addAll(all);
            }
            while (!round.isEmpty()) {
                int t = round.poll();
                if (enabled.contains(t)) {
                    current = t;
                    burst = (rng.nextInt(10) == 0 ? 1 + rng.nextInt(32) : 1 + rng.nextInt(8)) - 1;
                    return t;
                }
            }
        }
        current = enabled.get(rng.nextInt(enabled.size()));
        burst = 0;
        return current;
    }

    @Override
    public void executed(int thread, Operation op) {
        // bursts count choices, not operations
    }

    @Override
    public void endExecution(boolean completed) {
        // nothing carries over
    }
}
