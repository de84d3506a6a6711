package dev.frontrun.it.orm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The walkthrough's user with a {@link Version} column, for the optimistic-locking fix: every update is
 * {@code update versioned_users set ..., version = v + 1 where id = ? and version = v}, and a commit that matches no
 * row (someone else committed since the read) fails instead of overwriting. A separate table, so that {@link User}
 * keeps losing updates silently.
 */
@Entity
@Table(name = "versioned_users")
public class VersionedUser {

    @Id
    private Long id;

    @Column(length = 100, nullable = false)
    private String name;

    @Column(name = "login_count", nullable = false)
    private int loginCount;

    @Version
    @Column(nullable = false)
    private long version;

    /** For Hibernate. */
    protected VersionedUser() {
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

    /** @return the row version Hibernate checked and incremented on each committed update */
    public long getVersion() {
        return version;
    }
}
