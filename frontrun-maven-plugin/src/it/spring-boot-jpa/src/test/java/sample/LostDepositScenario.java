package sample;

import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;

@RaceScenario(expect = Expect.RACE, description = "DepositService.deposit reads through the repository and adds in"
        + " Java: a documented lost deposit")
public class LostDepositScenario extends SpringDepositScenario {

    @Override
    void deposit(long id) {
        service.deposit(id, 10);
    }
}
