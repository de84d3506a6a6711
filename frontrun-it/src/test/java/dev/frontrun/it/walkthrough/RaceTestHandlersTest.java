package dev.frontrun.it.walkthrough;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import dev.frontrun.Strategy;
import dev.frontrun.it.db.Database;
import dev.frontrun.it.orm.Orm;
import dev.frontrun.junit.RaceTest;
import dev.frontrun.scenario.Expect;

/** The walkthrough's handlers as JUnit 5 race tests: the bug documented as a race, each fix proven by DPOR. */
class RaceTestHandlersTest {

    static SessionFactory sf;

    @BeforeAll
    static void open() {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        sf = Orm.sessionFactory(Database.shared());
    }

    @AfterAll
    static void close() {
        sf.close();
    }

    @RaceTest(expect = Expect.RACE)
    void theLostLoginIsARace() {
        ExploreDemo.explore(sf, Handler.BUGGY, Strategy.dpor(), 1000, 3);
    }

    @RaceTest
    void theIncrementInSqlHolds() {
        ExploreDemo.explore(sf, Handler.SQL_INCREMENT, Strategy.dpor(), 1000, 3);
    }

    @RaceTest
    void thePessimisticLockHolds() {
        ExploreDemo.explore(sf, Handler.PESSIMISTIC, Strategy.dpor(), 1000, 3);
    }

    @RaceTest
    void theVersionWithRetryHolds() {
        ExploreDemo.explore(sf, Handler.OPTIMISTIC, Strategy.dpor(), 1000, 3);
    }
}
