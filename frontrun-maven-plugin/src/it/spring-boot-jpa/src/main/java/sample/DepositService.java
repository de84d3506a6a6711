package sample;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Deposits: the bug (read, add in Java, save) and its three fixes. */
@Service
public class DepositService {

    private final AccountRepository accounts;
    private final VersionedAccountRepository versioned;
    private final TransactionTemplate transaction;

    public DepositService(AccountRepository accounts, VersionedAccountRepository versioned,
            PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.versioned = versioned;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The bug: two deposits read the same balance and one is lost. */
    @Transactional
    public void deposit(long id, int amount) {
        Account a = accounts.findById(id).orElseThrow();
        a.setBalance(a.getBalance() + amount);
    }

    /** Fix 1: the row is locked when read. */
    @Transactional
    public void depositLocked(long id, int amount) {
        Account a = accounts.findForUpdate(id).orElseThrow();
        a.setBalance(a.getBalance() + amount);
    }

    /** Fix 2: a version check, and a retry when it fails. */
    public void depositVersioned(long id, int amount) {
        for (int attempt = 0; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> {
                    VersionedAccount a = versioned.findById(id).orElseThrow();
                    a.setBalance(a.getBalance() + amount);
                });
                return;
            } catch (ObjectOptimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** Fix 3: the addition is done by the database. */
    @Transactional
    public void depositInSql(long id, int amount) {
        accounts.addToBalance(id, amount);
    }
}
