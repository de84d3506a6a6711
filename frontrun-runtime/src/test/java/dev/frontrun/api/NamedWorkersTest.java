package dev.frontrun.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

/** Workers the user named are called by their names in every text: explanations, failures, deadlocks. */
class NamedWorkersTest {

    static final class Account {
        int balance;
        final Object first = new Object();
        final Object second = new Object();
    }

    @Test
    void aLostUpdateNamesTheWorkersInItsHeadlineAndSteps() {
        ExplorationResult r = Frontrun.explore(Account::new)
                .worker("deposit", a -> a.balance = a.balance + 10)
                .worker("withdraw", a -> a.balance = a.balance - 5)
                .invariant(a -> a.balance == 5)
                .strategy(Strategy.dpor())
                .run();
        assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
        String text = r.explanation();
        assertTrue(text.contains("Lost update: threads deposit and withdraw both read Account.balance"), text);
        // steps are labelled with the names, padded so that the bars line up
        assertTrue(text.contains("  Thread deposit  | "), text);
        assertTrue(text.contains("  Thread withdraw | "), text);
        assertFalse(text.contains("Thread 0") || text.contains("Thread 1"), text);
    }

    @Test
    void aDeadlockNamesTheWorkers() {
        ExplorationResult r = Frontrun.explore(Account::new)
                .worker("left", a -> {
                    synchronized (a.first) {
                        synchronized (a.second) {
                            a.balance++;
                        }
                    }
                })
                .worker("right", a -> {
                    synchronized (a.second) {
                        synchronized (a.first) {
                            a.balance++;
                        }
                    }
                })
                .strategy(Strategy.dpor())
                .run();
        assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
        assertTrue(r.explanation().contains("Lock-ordering deadlock detected: Thread "), r.explanation());
        assertTrue(r.explanation().contains("Thread left holds "), r.explanation());
        assertTrue(r.explanation().contains("Thread right holds "), r.explanation());
    }

    static final class Bank {
        static final Object AUDIT = new Object();
        final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
        final Account account = new Account();
    }

    @Test
    void aDeadlockNamesTheLocksByTheirFields() {
        ExplorationResult r = Frontrun.explore(Account::new)
                .worker("left", a -> {
                    synchronized (a.first) {
                        synchronized (a.second) {
                            a.balance++;
                        }
                    }
                })
                .worker("right", a -> {
                    synchronized (a.second) {
                        synchronized (a.first) {
                            a.balance++;
                        }
                    }
                })
                .strategy(Strategy.dpor())
                .run();
        assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
        String text = r.explanation();
        assertTrue(text.matches("(?s).*Thread left holds Object#\\d \\(Account\\.first\\) \\(taken at NamedWorkersTest"
                + "\\.java:\\d+\\), waits for Object#\\d \\(Account\\.second\\).*"), text);
        assertTrue(text.contains("lock Object#"), text);
    }

    @Test
    void locksInNestedAndStaticFieldsAreNamedByThoseFields() {
        ExplorationResult r = Frontrun.explore(Bank::new)
                .worker("teller", b -> {
                    b.lock.lock();
                    try {
                        synchronized (Bank.AUDIT) {
                            b.account.balance = b.account.balance + 1;
                        }
                    } finally {
                        b.lock.unlock();
                    }
                })
                .worker("thief", b -> b.account.balance = b.account.balance + 1)
                .invariant(b -> b.account.balance == 2)
                .strategy(Strategy.dpor())
                .run();
        assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
        String text = r.explanation();
        assertTrue(text.matches("(?s).*lock ReentrantLock#\\d \\(Bank\\.lock\\).*"), text);
        assertTrue(text.matches("(?s).*lock Object#\\d \\(Bank\\.AUDIT\\).*"), text);
    }

    @Test
    void anObjectNoFieldHoldsKeepsItsNumber() {
        ExplorationResult r = Frontrun.explore(Account::new)
                .worker("left", a -> {
                    Object local = new Object();
                    synchronized (local) {
                        a.balance = a.balance + 1;
                    }
                })
                .worker("right", a -> a.balance = a.balance + 1)
                .invariant(a -> a.balance == 2)
                .strategy(Strategy.dpor())
                .run();
        assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
        assertTrue(r.explanation().matches("(?s).*\\[lock Object#\\d\\].*"), r.explanation());
    }

    @Test
    void aFailingWorkerIsNamed() {
        ExplorationResult r = Frontrun.explore(Account::new)
                .worker("audit", a -> {
                    if (a.balance != 0) {
                        throw new IllegalStateException("balance moved under the audit");
                    }
                })
                .worker("deposit", a -> a.balance = 10)
                .strategy(Strategy.dpor())
                .run();
        assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
        assertTrue(r.explanation().contains("Thread audit threw java.lang.IllegalStateException: balance moved under"
                + " the audit"), r.explanation());
    }

    @Test
    void aThreadAWorkerStartsKeepsItsNumber() {
        ExplorationResult r = Frontrun.explore(Account::new)
                .worker("parent", a -> {
                    Thread t = new Thread(() -> a.balance = a.balance + 1);
                    t.start();
                    a.balance = a.balance + 1;
                    try {
                        t.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                })
                .invariant(a -> a.balance == 2)
                .strategy(Strategy.dpor())
                .run();
        assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
        assertTrue(r.explanation().contains("Thread parent | "), r.explanation());
        assertTrue(r.explanation().contains("Thread 1      | "), r.explanation());
    }

    @Test
    void aWorkerThatTouchesNothingSharedIsNamed() {
        ExplorationResult r = Frontrun.explore(Account::new)
                .worker("deposit", a -> a.balance = a.balance + 1)
                .worker("idle", a -> { })
                .strategy(Strategy.dpor())
                .run();
        assertTrue(r.report().contains("no shared state observed: worker [idle] made no access"), r.report());
    }

    @Test
    void namesAreUniqueAndNotBlank() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> Frontrun
                .explore(Account::new).worker("a", a -> { }).worker("a", a -> { }));
        assertTrue(twice.getMessage().contains("two workers are named 'a'"), twice.getMessage());
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> Frontrun
                .explore(Account::new).worker(a -> { }).worker(" ", a -> { }));
        assertTrue(blank.getMessage().contains("worker 1 cannot be named ' '"), blank.getMessage());
        // a scenario's actors may be called 1 and 2
        Frontrun.explore(Account::new).worker("1", a -> { }).worker("2", a -> { }).worker(a -> { });
    }
}
