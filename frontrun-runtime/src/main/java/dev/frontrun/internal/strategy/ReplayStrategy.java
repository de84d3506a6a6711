package dev.frontrun.internal.strategy;

import dev.frontrun.internal.sched.ChoicePoint;
import dev.frontrun.internal.sched.Operation;
import dev.frontrun.internal.sched.SchedulingStrategy;

/**
 * Replays a recorded schedule: at step {@code i} it chooses the recorded thread; past the end it runs the lowest
 * enabled thread. A recorded thread that cannot run means the program took another path: the execution is
 * reported as diverged.
 */
public final class ReplayStrategy implements SchedulingStrategy {

    private final int[] choices;

    /** @param choices the thread chosen at each step */
    public ReplayStrategy(int[] choices) {
        this.choices = choices.clone();
    }

    @Override
    public boolean beginExecution(int index) {
        return true;
    }

    @Override
    public int choose(ChoicePoint point) {
        int step = point.step();
        if (step < choices.length) {
            int t = choices[step];
            if (point.thread(t) == null || !point.thread(t).choosable()) {
                throw new IllegalStateException("replay diverged at step " + step + ": the schedule runs Thread " + t
                        + " but it cannot run there (enabled: " + point.enabled() + ")");
            }
            return t;
        }
        return point.enabled().get(0);
    }

    @Override
    public void executed(int thread, Operation op) {
        // the schedule is fixed
    }

    @Override
    public void endExecution(boolean completed) {
        // the schedule is fixed
    }
}
