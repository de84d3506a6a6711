package dev.frontrun.catalogue.fail;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.Frontrun;
import dev.frontrun.catalogue.Program;

/** Transfers between two accounts without a lock: money appears or vanishes. */
public final class UnlockedTransfer implements Program {

    static final class Account {
        int balance = 100;
    }

    static final class Bank {
        final Account a = new Account();
        final Account b = new Account();

        void transfer(Account from, Account to, int amount) {
            from.balance = from.balance - amount;
            to.balance = to.balance + amount;
        }
    }

    @Override
    public ExplorationBuilder<?> explore() {
        return Frontrun.explore(Bank::new)
                .worker(k -> k.transfer(k.a, k.b, 10))
                .worker(k -> k.transfer(k.b, k.a, 20))
                .invariant(k -> k.a.balance + k.b.balance == 200);
    }

    @Override
    public String expectedInExplanation() {
        return "Account.balance";
    }
}
