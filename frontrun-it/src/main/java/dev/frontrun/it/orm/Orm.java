package dev.frontrun.it.orm;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.Configuration;

import dev.frontrun.it.db.Database;

/**
 * Builds the Hibernate session factory of the walkthrough and resets or reads its rows: user 1 in {@code users}
 * (the {@link User} entity) and user 1 in {@code versioned_users} (the {@link VersionedUser} entity, for the
 * optimistic-locking fix).
 */
public final class Orm {

    /** The id of the user every handler logs in. */
    public static final long USER_ID = 1L;

    private Orm() {
    }

    /**
     * Creates the {@code users} and {@code versioned_users} tables afresh on {@code db} and returns a session factory
     * for it.
     *
     * @param db the database
     * @return the session factory; close it when done
     */
    public static SessionFactory sessionFactory(Database db) {
        return new Configuration()
                .addAnnotatedClass(User.class)
                .addAnnotatedClass(VersionedUser.class)
                .setProperty("jakarta.persistence.jdbc.url", db.url())
                .setProperty("jakarta.persistence.jdbc.user", db.user())
                .setProperty("jakarta.persistence.jdbc.password", db.password())
                .setProperty("hibernate.connection.pool_size", "8")
                .setProperty("jakarta.persistence.schema-generation.database.action", "drop-and-create")
                .setProperty("hibernate.show_sql", "false")
                .buildSessionFactory();
    }

    /**
     * Makes user 1 exist with {@code login_count = 0}.
     *
     * @param sf the session factory
     * @return {@code sf}, so that it can serve as a setup's state
     */
    public static SessionFactory resetUser(SessionFactory sf) {
        try (Session session = sf.openSession()) {
            Transaction tx = session.beginTransaction();
            User user = session.get(User.class, USER_ID);
            if (user == null) {
                session.persist(new User(USER_ID, "alice"));
            } else {
                user.setLoginCount(0);
            }
            tx.commit();
        }
        return sf;
    }

    /**
     * Reads user 1's count in a new session, straight from the database.
     *
     * @param sf the session factory
     * @return the committed login_count
     */
    public static int readCount(SessionFactory sf) {
        return committedCount(sf, "users");
    }

    /**
     * Makes versioned user 1 exist with {@code login_count = 0} and {@code version = 0}.
     *
     * @param sf the session factory
     * @return {@code sf}, so that it can serve as a setup's state
     */
    public static SessionFactory resetVersionedUser(SessionFactory sf) {
        try (Session session = sf.openSession()) {
            Transaction tx = session.beginTransaction();
            session.createNativeMutationQuery("insert into versioned_users (id, name, login_count, version)"
                    + " values (:id, 'alice', 0, 0) on conflict (id) do update set login_count = 0, version = 0")
                    .setParameter("id", USER_ID).executeUpdate();
            tx.commit();
        }
        return sf;
    }

    /**
     * Reads versioned user 1's count in a new session, straight from the database.
     *
     * @param sf the session factory
     * @return the committed login_count of {@code versioned_users}
     */
    public static int readVersionedCount(SessionFactory sf) {
        return committedCount(sf, "versioned_users");
    }

    private static int committedCount(SessionFactory sf, String table) {
        try (Session session = sf.openSession()) {
            return session.createNativeQuery("select login_count from " + table + " where id = :id", Integer.class)
                    .setParameter("id", USER_ID).getSingleResult();
        }
    }
}
