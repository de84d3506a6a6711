package dev.frontrun.internal.scenario;

import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;

/** In-memory scenarios for {@link ScenarioRunnerTest}. Markers must stay on their lines. */
final class CounterScenarios {

    private CounterScenarios() {
    }

    static final class Counter {
        int value;
    }

    static void unsafeIncrement(Counter c) {
        int seen = c.value; // frontrun: read
        c.value = seen + 1; // frontrun: write
    }

    static void lockedIncrement(Counter c) {
        synchronized (c) {
            int seen = c.value; // frontrun: read
            c.value = seen + 1; // frontrun: write
        }
    }

    /** The documented lost update. */
    @RaceScenario(expect = Expect.RACE, schedule = "a:read, b:read, a:write, b:write",
            description = "read-modify-write without a lock")
    public static final class LostUpdate implements Scenario<Counter> {
        @Override
        public Counter setup() {
            return new Counter();
        }

        @Override
        public List<Actor<Counter>> actors() {
            return List.of(Actor.of("a", CounterScenarios::unsafeIncrement), Actor.of("b", CounterScenarios::unsafeIncrement));
        }

        @Override
        public boolean holds(Counter c) {
            return c.value == 2;
        }
    }

    /** The same schedule on the locked twin is infeasible; plain threads never fail. */
    @RaceScenario(schedule = "a:read, b:read, a:write, b:write")
    public static final class Locked implements Scenario<Counter> {
        @Override
        public Counter setup() {
            return new Counter();
        }

        @Override
        public List<Actor<Counter>> actors() {
            return List.of(Actor.of("a", CounterScenarios::lockedIncrement), Actor.of("b", CounterScenarios::lockedIncrement));
        }

        @Override
        public boolean holds(Counter c) {
            return c.value == 2;
        }
    }

    /** Declared SAFE but racy: the build must fail. */
    @RaceScenario(schedule = "a:read, b:read, a:write, b:write")
    public static final class WronglySafe implements Scenario<Counter> {
        @Override
        public Counter setup() {
            return new Counter();
        }

        @Override
        public List<Actor<Counter>> actors() {
            return new LostUpdate().actors();
        }

        @Override
        public boolean holds(Counter c) {
            if (c.value != 2) {
                throw new AssertionError("expected 2 increments, counted " + c.value);
            }
            return true;
        }
    }

    /** The lost update judged by the serializability oracle: a snapshot, no invariant. */
    @RaceScenario(expect = Expect.RACE, schedule = "a:read, b:read, a:write, b:write",
            description = "read-modify-write without a lock, no invariant")
    public static final class SnapshotOnly implements Scenario<Counter> {
        @Override
        public Counter setup() {
            return new Counter();
        }

        @Override
        public List<Actor<Counter>> actors() {
            return List.of(Actor.of("a", CounterScenarios::unsafeIncrement), Actor.of("b", CounterScenarios::unsafeIncrement));
        }

        @Override
        public Object snapshot(Counter c) {
            return c.value;
        }
    }

    /** Neither an invariant nor a snapshot, and no database: nothing to judge by. */
    @RaceScenario
    public static final class NothingToJudge implements Scenario<Counter> {
        @Override
        public Counter setup() {
            return new Counter();
        }

        @Override
        public List<Actor<Counter>> actors() {
            return List.of(Actor.of("a", CounterScenarios::lockedIncrement), Actor.of("b", CounterScenarios::lockedIncrement));
        }
    }

    /** The lost update with markers but no schedule: {@code markers} runs every marker order instead. */
    @RaceScenario(expect = Expect.RACE, description = "read-modify-write without a lock, no schedule")
    public static final class MarkersNoSchedule implements Scenario<Counter> {
        @Override
        public Counter setup() {
            return new Counter();
        }

        @Override
        public List<Actor<Counter>> actors() {
            return List.of(Actor.of("a", CounterScenarios::unsafeIncrement), Actor.of("b", CounterScenarios::unsafeIncrement));
        }

        @Override
        public boolean holds(Counter c) {
            return c.value == 2;
        }
    }

    /** The locked twin without a schedule: every marker order holds or is infeasible. */
    @RaceScenario
    public static final class LockedNoSchedule implements Scenario<Counter> {
        @Override
        public Counter setup() {
            return new Counter();
        }

        @Override
        public List<Actor<Counter>> actors() {
            return List.of(Actor.of("a", CounterScenarios::lockedIncrement), Actor.of("b", CounterScenarios::lockedIncrement));
        }

        @Override
        public boolean holds(Counter c) {
            return c.value == 2;
        }
    }
}
