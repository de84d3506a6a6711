package dev.frontrun.it.orm;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

import jakarta.persistence.LockModeType;

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
}
