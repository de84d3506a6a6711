package sample;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An account with a {@code @Version} column: a stale write fails its version check. */
@Entity
@Table(name = "versioned_accounts")
public class VersionedAccount {

    @Id
    private Long id;
    private int balance;
    @Version
    private Long version;

    protected VersionedAccount() {
    }

    public VersionedAccount(Long id, int balance) {
        this.id = id;
        this.balance = balance;
    }

    public int getBalance() {
        return balance;
    }

    public void setBalance(int balance) {
        this.balance = balance;
    }
}
