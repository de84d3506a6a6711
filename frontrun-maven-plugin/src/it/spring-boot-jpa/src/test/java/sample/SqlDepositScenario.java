package sample;

import dev.frontrun.scenario.RaceScenario;

@RaceScenario(description = "Fix 3: a @Modifying @Query that adds in SQL")
public class SqlDepositScenario extends SpringDepositScenario {

    @Override
    void deposit(long id) {
        service.depositInSql(id, 10);
    }
}
