package sample;

import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;

/** The withdrawal throws on every run, with or without a race: FAILS_WITHOUT_CONCURRENCY. */
@RaceScenario(expect = Expect.RACE)
public class FailsAloneScenario implements Scenario<Counter> {

    static void withdraw(Counter account) {
        if (account.value < 10) {
            throw new IllegalStateException("insufficient funds: " + account.value);
        }
        account.value -= 10;
    }

    @Override
    public Counter setup() {
        return new Counter();
    }

    @Override
    public List<Actor<Counter>> actors() {
        return List.of(Actor.of("deposit", Counter::increment), Actor.of("withdraw", FailsAloneScenario::withdraw));
    }

    @Override
    public boolean holds(Counter counter) {
        return counter.value >= 0;
    }
}
