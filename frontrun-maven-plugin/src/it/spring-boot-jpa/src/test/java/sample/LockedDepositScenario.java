package sample;

import dev.frontrun.scenario.RaceScenario;

@RaceScenario(description = "Fix 1: @Lock(PESSIMISTIC_WRITE) on the repository method (SELECT ... FOR UPDATE)")
public class LockedDepositScenario extends SpringDepositScenario {

    @Override
    void deposit(long id) {
        service.depositLocked(id, 10);
    }
}
