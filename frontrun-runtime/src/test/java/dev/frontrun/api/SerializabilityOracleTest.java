package dev.frontrun.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

/** The serializability oracle finds races with no hand-written invariant and certifies the fixed code. */
class SerializabilityOracleTest {

    static final class Account {
        int balance = 100;
        final Object lock = new Object();
    }

    static void deposit(Account a) {
        a.balance = a.balance + 10;
    }

    static void withdrawIfCovered(Account a) {
        if (a.balance >= 60) {
            a.balance = a.balance - 60;
        }
    }

    static void lockedDeposit(Account a) {
        synchronized (a.lock) {
            deposit(a);
        }
    }

    static void lockedWithdraw(Account a) {
        synchronized (a.lock) {
            withdrawIfCovered(a);
        }
    }

    @Test
    void aLostUpdateIsFoundWithoutAnInvariant() {
        for (Strategy s : new Strategy[] {Strategy.dpor(), Strategy.random()}) {
            ExplorationResult r = Frontrun.explore(Account::new)
                    .worker(SerializabilityOracleTest::deposit)
                    .worker(SerializabilityOracleTest::withdrawIfCovered)
                    .serializable(a -> a.balance)
                    .strategy(s)
                    .run();
            assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
            assertTrue(r.report().contains("Not serializable: the final state"), r.report());
            // both serial results are named: deposit first ends at 50, withdraw first at 50 as well
            assertTrue(r.report().contains("[0, 1] -> 50; [1, 0] -> 50"), r.report());
        }
    }

    @Test
    void theLockedCodeHoldsExhaustively() {
        ExplorationResult r = Frontrun.explore(Account::new)
                .worker(SerializabilityOracleTest::lockedDeposit)
                .worker(SerializabilityOracleTest::lockedWithdraw)
                .worker(SerializabilityOracleTest::lockedDeposit)
                .worker(SerializabilityOracleTest::lockedWithdraw)
                .serializable(a -> a.balance)
                .strategy(Strategy.dpor())
                .run();
        assertEquals(Verdict.HOLDS, r.verdict(), r.report());
        assertTrue(r.exhaustive(), r.report());
        assertEquals(24, r.executions(), r.report()); // four threads behind one lock: 4! orders, each serial
    }

    @Test
    void theNumberOfSerialOrdersIsBounded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Frontrun
                .explore(Account::new).workers(8, SerializabilityOracleTest::deposit).serializable(a -> a.balance)
                .run());
        assertTrue(e.getMessage().contains("40320") && e.getMessage().contains("5040"), e.getMessage());
    }

    @Test
    void workersThatFailWithoutConcurrencyAreReportedAsSuch() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Frontrun.explore(Account::new)
                .worker(a -> {
                    throw new IllegalArgumentException("broken");
                })
                .worker(SerializabilityOracleTest::deposit)
                .serializable(a -> a.balance)
                .run());
        assertTrue(e.getMessage().contains("fail even one after another"), e.getMessage());
    }
}
