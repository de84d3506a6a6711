package sample;

import dev.frontrun.scenario.RaceScenario;

@RaceScenario(description = "Fix 2: @Version and a retry when the version check fails")
public class VersionedDepositScenario extends SpringDepositScenario {

    @Override
    boolean versionedAccount() {
        return true;
    }

    @Override
    void deposit(long id) {
        service.depositVersioned(id, 10);
    }
}
