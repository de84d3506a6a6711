package dev.frontrun.it.orm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The walkthrough's entity: a user whose logins are counted. */
@Entity
@Table(name = "users")
public class User {

    @Id
    private Long id;

    @Column(length = 100, nullable = false)
    private String name;

    @Column(name = "login_count", nullable = false)
    private int loginCount;

    /** For Hibernate. */
    protected User() {
    }

    /**
     * @param id the primary key
     * @param name the display name
     */
    public User(Long id, String name) {
        this.id = id;
        this.name = name;
    }

    /** @return the primary key */
    public Long getId() {
        return id;
    }

    /** @return the display name */
    public String getName() {
        return name;
    }

    /** @return how many logins were counted */
    public int getLoginCount() {
        return loginCount;
    }

    /** @param loginCount the new count */
    public void setLoginCount(int loginCount) {
        this.loginCount = loginCount;
    }
}
