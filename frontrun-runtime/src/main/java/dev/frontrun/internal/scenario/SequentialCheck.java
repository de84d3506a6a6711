package dev.frontrun.internal.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import dev.frontrun.Verdict;
import dev.frontrun.internal.explain.UserFrames;
import dev.frontrun.internal.result.Grade;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.scenario.Actor;

/**
 * Runs the actors one after another, in each order once (all orders up to three actors, the rotations beyond), each
 * on a fresh state, before any exploration. No race is possible then, so a failure means the test or the code is
 * wrong without concurrency ({@link Grade.Status#FAILS_WITHOUT_CONCURRENCY}); an error of the virtual machine, an
 * exception from {@code holds()} or an actor that never finishes in any order is a harness {@link Verdict#ERROR}
 * naming the user's line. Each actor runs on a daemon thread named after it, so a stuck one is left behind.
 */
final class SequentialCheck {

    private static final long WAITING_GIVE_UP_NANOS = 1_000_000_000L;

    private final LoadedScenario scenario;
    private final Duration limit;

    /**
     * @param scenario the scenario
     * @param limit how long one actor may take alone before it counts as stuck
     */
    SequentialCheck(LoadedScenario scenario, Duration limit) {
        this.scenario = scenario;
        this.limit = limit;
    }

    /** @return null when every order ran and kept the invariant (or some did and the others waited forever), else the failed check */
    StrategyResult run(StrategyProgress progress) {
        long start = System.nanoTime();
        List<Actor<Object>> actors = scenario.actors();
        List<List<Actor<Object>>> orders = orders(actors);
        String stuck = null;
        boolean completed = false;
        int runs = 0;
        for (List<Actor<Object>> order : orders) {
            runs++;
            progress.execution();
            String names = String.join(", ", order.stream().map(Actor::name).toList());
            Object state = scenario.setup();
            String hung = null;
            for (Actor<Object> actor : order) {
                AtomicReference<Throwable> failure = new AtomicReference<>();
                Thread t = new Thread(() -> {
                    try {
                        actor.body().accept(state);
                    } catch (Throwable e) {
                        failure.set(e);
                    }
                }, actor.name());
                t.setDaemon(true);
                t.start();
                try {
                    awaitOrGiveUp(t);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return error(start, runs, "interrupted while running actor " + actor.name() + " alone");
                }
                if (t.isAlive()) {
                    Thread.State state1 = t.getState();
                    boolean waits = state1 == Thread.State.WAITING || state1 == Thread.State.BLOCKED;
                    hung = "actor " + actor.name() + (waits ? " waits forever" : " did not finish within "
                            + limit.toSeconds() + " s") + " when run alone (order " + names + "); it is at "
                            + UserFrames.describe(t.getStackTrace());
                    t.interrupt();
                    break;
                }
                Throwable e = failure.get();
                if (e instanceof VirtualMachineError) {
                    return error(start, runs, "actor " + actor.name() + " hit " + e
                            + UserFrames.at(e.getStackTrace()) + " (a virtual-machine error, not a race)");
                }
                if (e != null) {
                    return failed(start, runs, "in the order " + names + ", actor " + actor.name() + " threw " + e
                            + UserFrames.at(e.getStackTrace()));
                }
            }
            if (hung != null) {
                stuck = stuck == null ? hung : stuck;
                continue;
            }
            completed = true;
            String why;
            try {
                why = scenario.violation(state);
            } catch (RuntimeException | VirtualMachineError e) {
                return error(start, runs, scenario.type().getSimpleName() + ".holds() threw " + e
                        + UserFrames.at(e.getStackTrace()) + " (an invariant must return a boolean or throw"
                        + " AssertionError)");
            }
            if (why != null) {
                return failed(start, runs, "in the order " + names + ", " + why);
            }
        }
        if (!completed && stuck != null) {
            return error(start, runs, stuck + ". No order of the actors could finish one after another; every"
                    + " strategy would only time out on it, so none was run");
        }
        return null;
    }

    /**
     * Waits for the actor's thread up to the limit, or 1 s once it waits without a timeout (for a signal or a lock
     * that only another actor would give: that order cannot run one after another).
     */
    private void awaitOrGiveUp(Thread t) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long waitingSince = 0;
        while (t.isAlive() && System.nanoTime() < deadline) {
            t.join(100);
            Thread.State s = t.getState();
            if (s == Thread.State.WAITING || s == Thread.State.BLOCKED) {
                waitingSince = waitingSince == 0 ? System.nanoTime() : waitingSince;
                if (System.nanoTime() - waitingSince > WAITING_GIVE_UP_NANOS) {
                    return;
                }
            } else {
                waitingSince = 0;
            }
        }
    }

    private static List<List<Actor<Object>>> orders(List<Actor<Object>> actors) {
        List<List<Actor<Object>>> orders = new ArrayList<>();
        if (actors.size() <= 3) {
            permute(new ArrayList<>(), new ArrayList<>(actors), orders);
        } else {
            for (int i = 0; i < actors.size(); i++) {
                List<Actor<Object>> order = new ArrayList<>(actors.subList(i, actors.size()));
                order.addAll(actors.subList(0, i));
                orders.add(order);
            }
        }
        return orders;
    }

    private static void permute(List<Actor<Object>> prefix, List<Actor<Object>> rest, List<List<Actor<Object>>> out) {
        if (rest.isEmpty()) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (int i = 0; i < rest.size(); i++) {
            List<Actor<Object>> remaining = new ArrayList<>(rest);
            prefix.add(remaining.remove(i));
            permute(prefix, remaining, out);
            prefix.remove(prefix.size() - 1);
        }
    }

    private StrategyResult failed(long start, int runs, String why) {
        return StrategyResult.builder(Grade.SEQUENTIAL).verdict(Verdict.VIOLATED, why).counts(runs, 1, runs)
                .wallMillis(millis(start)).build();
    }

    private StrategyResult error(long start, int runs, String why) {
        return StrategyResult.builder(Grade.SEQUENTIAL).verdict(Verdict.ERROR, why).counts(runs, 0, 0)
                .wallMillis(millis(start)).build();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
