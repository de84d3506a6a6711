package dev.frontrun.internal.scenario;

import java.util.List;

import dev.frontrun.internal.scenario.CounterScenarios.Counter;
import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;
import dev.frontrun.scenario.ScenarioContext;

/** Scenarios that cannot run or fail without any race, for {@link ScenarioRunnerTest}. */
final class BrokenScenarios {

    private BrokenScenarios() {
    }

    abstract static class Base implements Scenario<Counter> {
        @Override
        public Counter setup() {
            return new Counter();
        }

        @Override
        public List<Actor<Counter>> actors() {
            return List.of(Actor.of("a", CounterScenarios::lockedIncrement),
                    Actor.of("b", CounterScenarios::lockedIncrement));
        }

        @Override
        public boolean holds(Counter c) {
            return c.value == 2;
        }
    }

    /** A SAFE scenario whose schedule names a marker that does not exist. */
    @RaceScenario(schedule = "a:read, b:raed")
    public static final class ScheduleTypo extends Base {
    }

    /** A RACE scenario whose open() throws. */
    @RaceScenario(expect = Expect.RACE)
    public static final class OpenThrows extends Base {
        @Override
        public void open(ScenarioContext context) throws Exception {
            throw new java.sql.SQLException("The url cannot be null");
        }
    }

    /** Actor b always throws: no race is needed for that. */
    @RaceScenario(expect = Expect.RACE)
    public static final class FailsAlone extends Base {
        @Override
        public List<Actor<Counter>> actors() {
            return List.of(Actor.of("a", CounterScenarios::lockedIncrement), Actor.of("b", c -> {
                throw new IllegalStateException("no such account");
            }));
        }
    }

    /** A virtual-machine error in an actor. */
    @RaceScenario(expect = Expect.RACE)
    public static final class OutOfMemory extends Base {
        @Override
        public List<Actor<Counter>> actors() {
            return List.of(Actor.of("a", CounterScenarios::lockedIncrement), Actor.of("b", c -> {
                throw new OutOfMemoryError("Java heap space");
            }));
        }
    }

    /** holds() throws something other than AssertionError. */
    @RaceScenario(expect = Expect.RACE)
    public static final class HoldsThrows extends Base {
        @Override
        public boolean holds(Counter c) {
            throw new NullPointerException("state.account");
        }
    }

    /** Actor b never ends. */
    @RaceScenario
    public static final class Stuck extends Base {
        @Override
        public List<Actor<Counter>> actors() {
            return List.of(Actor.of("a", CounterScenarios::lockedIncrement), Actor.of("b", c -> {
                while (c.value < 1_000_000) {
                    Thread.onSpinWait();
                }
            }));
        }
    }

    /** b waits for a's signal: one order cannot run one after another, the other can. */
    @RaceScenario
    public static final class WaitsForTheOther extends Base {
        @Override
        public List<Actor<Counter>> actors() {
            return List.of(Actor.of("a", c -> {
                synchronized (c) {
                    c.value = 2;
                    c.notifyAll();
                }
            }), Actor.of("b", c -> {
                synchronized (c) {
                    while (c.value == 0) {
                        try {
                            c.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }));
        }
    }
}
