package dev.frontrun.it.orm;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import dev.frontrun.it.db.Database;

/** One session factory per test class on the JVM's shared PostgreSQL. */
abstract class HibernateFixture {

    static SessionFactory sf;

    @BeforeAll
    static void openSessionFactory() {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        sf = Orm.sessionFactory(Database.shared());
    }

    @AfterAll
    static void closeSessionFactory() {
        if (sf != null) {
            sf.close();
        }
    }
}
