package sample;

import java.util.function.BiConsumer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.junit.RaceTest;
import dev.frontrun.scenario.Expect;

/** Two concurrent deposits of 10 on 100 must leave 120, explored by DPOR through the Spring service. */
@SpringBootTest
class DepositRaceTest {

    @Autowired
    DepositService service;
    @Autowired
    AccountRepository accounts;
    @Autowired
    VersionedAccountRepository versioned;

    private ExplorationResult explore(BiConsumer<Long, Integer> deposit, boolean versionedAccount) {
        ExplorationResult r = Frontrun.explore(() -> {
            if (versionedAccount) {
                versioned.deleteAll();
                versioned.save(new VersionedAccount(1L, 100));
            } else {
                accounts.deleteAll();
                accounts.save(new Account(1L, 100));
            }
            return 1L;
        })
                .worker(id -> deposit.accept(id, 10))
                .worker(id -> deposit.accept(id, 10))
                .invariant(id -> (versionedAccount ? versioned.findById(id).orElseThrow().getBalance()
                        : accounts.findById(id).orElseThrow().getBalance()) == 120)
                .strategy(Strategy.dpor())
                .reproductions(3)
                .run();
        System.out.println("FRONTRUN-RESULT " + r.verdict() + " " + r.executions() + " exhaustive=" + r.exhaustive()
                + "\n" + r.report());
        return r;
    }

    @RaceTest(expect = Expect.RACE)
    void aDepositIsLost() {
        explore(service::deposit, false);
    }

    @RaceTest
    void lockingTheRowKeepsBothDeposits() {
        explore(service::depositLocked, false);
    }

    @RaceTest
    void aVersionCheckWithRetryKeepsBothDeposits() {
        explore(service::depositVersioned, true);
    }

    @RaceTest
    void theAdditionInSqlKeepsBothDeposits() {
        explore(service::depositInSql, false);
    }
}
