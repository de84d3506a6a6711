package dev.frontrun.internal.strategy;

import java.util.List;
import java.util.Random;

import dev.frontrun.internal.sched.ChoicePoint;

/**
 * How the sampling strategies (random, PCT, POS) use spurious wake-ups: at a choice where some blocked thread may be
 * woken spuriously, one time in {@value #ONE_IN} they wake one of them (chosen at random) instead of running an
 * enabled thread. The scheduler offers each thread at most one spurious wake-up per execution.
 */
final class SpuriousWakeups {

    static final int ONE_IN = 10;

    private SpuriousWakeups() {
    }

    /** @return the thread to wake spuriously, or -1 to choose among the enabled threads */
    static int pick(ChoicePoint point, Random rng) {
        List<Integer> candidates = point.spurious();
        if (candidates.isEmpty() || rng.nextInt(ONE_IN) != 0) {
            return -1;
        }
        return candidates.get(rng.nextInt(candidates.size()));
    }
}
