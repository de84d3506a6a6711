package dev.frontrun.it.orm;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import dev.frontrun.it.db.Database;

/** One session factory per test class on the JVM's shared PostgreSQL. */
public abstract class HibernateFixture {

    /** The test class's session factory. */
    protected static SessionFactory sf;

    /** Opens the session factory. */
    @BeforeAll
    protected static void openSessionFactory() {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        sf = Orm.sessionFactory(Database.shared());
    }

    /** Closes it. */
    @AfterAll
    protected static void closeSessionFactory() {
        if (sf != null) {
            sf.close();
        }
    }
}
