package dev.frontrun.it.walkthrough;

import dev.frontrun.Strategy;
import dev.frontrun.it.orm.HibernateFixture;
import dev.frontrun.junit.RaceTest;
import dev.frontrun.scenario.Expect;

/** The walkthrough's handlers as JUnit 5 race tests: the bug documented as a race, each fix proven by DPOR. */
class RaceTestHandlersTest extends HibernateFixture {
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
