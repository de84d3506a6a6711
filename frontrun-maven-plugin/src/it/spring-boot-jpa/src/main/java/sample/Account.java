package sample;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account without a version column: the lost update's home. */
@Entity
@Table(name = "accounts")
public class Account {

    @Id
    private Long id;
    private int balance;

    protected Account() {
    }

    public Account(Long id, int balance) {
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
