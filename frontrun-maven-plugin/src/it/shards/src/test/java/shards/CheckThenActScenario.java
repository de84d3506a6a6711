package shards;

import java.util.ArrayList;
import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;

@RaceScenario(expect = Expect.RACE, description = "a check-then-act on a shared list: both threads add the same"
        + " element once")
public class CheckThenActScenario implements Scenario<CheckThenActScenario.Registry> {

    /** The shared state of one execution. */
    public static final class Registry {
        volatile boolean registered;
        final List<String> names = new ArrayList<>();
    }

    static void register(Registry registry) {
        if (!registry.registered) {
            registry.registered = true;
            synchronized (registry.names) {
                registry.names.add("alice");
            }
        }
    }

    @Override
    public Registry setup() {
        return new Registry();
    }

    @Override
    public List<Actor<Registry>> actors() {
        return List.of(Actor.of("a", CheckThenActScenario::register), Actor.of("b", CheckThenActScenario::register));
    }

    @Override
    public boolean holds(Registry registry) {
        synchronized (registry.names) {
            return registry.names.size() == 1;
        }
    }
}
