package dev.frontrun.catalogue.success;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.Frontrun;
import dev.frontrun.catalogue.Program;

/** Twin of the unlocked transfer: both accounts locked in a fixed order. */
public final class LockedTransfer implements Program {

    static final class Account {
        final int id;
        int balance = 100;

        Account(int id) {
            this.id = id;
        }
    }

    static final class Bank {
        final Account a = new Account(1);
        final Account b = new Account(2);

        void transfer(Account from, Account to, int amount) {
            Account first = from.id < to.id ? from : to;
            Account second = first == from ? to : from;
            synchronized (first) {
                synchronized (second) {
                    from.balance = from.balance - amount;
                    to.balance = to.balance + amount;
                }
            }
        }
    }

    @Override
    public ExplorationBuilder<?> explore() {
        return Frontrun.explore(Bank::new)
                .worker(k -> k.transfer(k.a, k.b, 10))
                .worker(k -> k.transfer(k.b, k.a, 20))
                .invariant(k -> k.a.balance + k.b.balance == 200);
    }
}
