package sample;

import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;

/** An actor that runs out of memory: a virtual-machine error, graded ERROR, never a race. */
@RaceScenario(expect = Expect.RACE)
public class OutOfMemoryScenario implements Scenario<Counter> {

    static long[] cache;

    static void fillCache(Counter counter) {
        cache = new long[Integer.MAX_VALUE - 16];
        counter.value++;
    }

    @Override
    public Counter setup() {
        return new Counter();
    }

    @Override
    public List<Actor<Counter>> actors() {
        return List.of(Actor.of("a", Counter::increment), Actor.of("b", OutOfMemoryScenario::fillCache));
    }

    @Override
    public boolean holds(Counter counter) {
        return counter.value == 2;
    }
}
