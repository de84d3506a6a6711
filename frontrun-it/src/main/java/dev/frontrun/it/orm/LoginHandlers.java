package dev.frontrun.it.orm;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

/**
 * The request handlers of the walkthrough: one per thread, each with its own Session. The trace markers
 * ({@code orm_read}, {@code orm_write}) only act under a {@code TraceExecutor}; elsewhere they are plain comments.
 */
public final class LoginHandlers {

    private LoginHandlers() {
    }

    /**
     * The bug: reads the row, adds 1 in Java, commits. Two overlapping calls lose one increment.
     *
     * @param sf the session factory
     */
    public static void handleLogin(SessionFactory sf) {
        try (Session session = sf.openSession()) {
            Transaction tx = session.beginTransaction();
            User user = session.get(User.class, Orm.USER_ID); // frontrun: orm_read
            user.setLoginCount(user.getLoginCount() + 1);
            tx.commit(); // frontrun: orm_write
        }
    }

    /**
     * Fix 1: the increment is done by the database, so no stale value is ever written back.
     *
     * @param sf the session factory
     */
    public static void handleLoginSqlIncrement(SessionFactory sf) {
        try (Session session = sf.openSession()) {
            Transaction tx = session.beginTransaction();
            User user = session.get(User.class, Orm.USER_ID); // frontrun: orm_read
            session.createMutationQuery("update User set loginCount = loginCount + 1 where id = :id")
                    .setParameter("id", user.getId()).executeUpdate(); // frontrun: orm_write
            tx.commit();
        }
    }

    /**
     * Fix 2: the read takes a row lock ({@code SELECT ... FOR UPDATE}), so a second handler waits for the first to
     * commit and then reads the new value.
     *
     * @param sf the session factory
     */
    public static void handleLoginPessimistic(SessionFactory sf) {
        try (Session session = sf.openSession()) {
            Transaction tx = session.beginTransaction();
            User user = session.find(User.class, Orm.USER_ID, LockModeType.PESSIMISTIC_WRITE); // frontrun: orm_read
            user.setLoginCount(user.getLoginCount() + 1);
            tx.commit(); // frontrun: orm_write
        }
    }

    /** How many times {@link #handleLoginOptimistic} tries before it gives up. */
    public static final int OPTIMISTIC_ATTEMPTS = 5;

    /**
     * Fix 3: optimistic locking. {@link VersionedUser} has a {@code @Version} column, so the commit's update matches
     * the row only if nobody committed since the read. Otherwise Hibernate rolls the transaction back and
     * {@code tx.commit()} throws {@link OptimisticLockException} (caused by {@code StaleObjectStateException}); the
     * handler then starts again in a fresh session, which reads the new value.
     *
     * @param sf the session factory
     * @return the attempt that committed: 1, or more when a concurrent commit forced a retry
     * @throws IllegalStateException when all {@value #OPTIMISTIC_ATTEMPTS} attempts failed their version check
     */
    public static int handleLoginOptimistic(SessionFactory sf) {
        OptimisticLockException last = null;
        for (int attempt = 1; attempt <= OPTIMISTIC_ATTEMPTS; attempt++) {
            try (Session session = sf.openSession()) {
                Transaction tx = session.beginTransaction();
                VersionedUser user = session.get(VersionedUser.class, Orm.USER_ID); // frontrun: orm_read
                user.setLoginCount(user.getLoginCount() + 1);
                try {
                    tx.commit(); // frontrun: orm_write
                    return attempt;
                } catch (OptimisticLockException e) {
                    last = e; // the failed commit already rolled back; the session and its stale entity are dropped
                }
            }
        }
        throw new IllegalStateException("handleLoginOptimistic gave up after " + OPTIMISTIC_ATTEMPTS
                + " attempts: every commit found versioned user " + Orm.USER_ID + " changed since its read. Too many"
                + " concurrent logins of one user for optimistic locking: raise OPTIMISTIC_ATTEMPTS or lock the row"
                + " (handleLoginPessimistic).", last);
    }
}
