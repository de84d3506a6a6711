package dev.frontrun.it.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import dev.frontrun.Schedule;
import dev.frontrun.TraceExecutor;

/** Demo 1 on the real database: the forced schedule loses an update every time. */
class LostUpdateScheduleTest extends HibernateFixture {

    static final Schedule BOTH_READ_FIRST = Schedule.parse("a:orm_read, b:orm_read, a:orm_write, b:orm_write");

    @RepeatedTest(3)
    void bothReadsBeforeEitherCommitLoseOneIncrement() {
        Orm.resetUser(sf);
        new TraceExecutor(BOTH_READ_FIRST)
                .run("a", () -> LoginHandlers.handleLogin(sf))
                .run("b", () -> LoginHandlers.handleLogin(sf))
                .await(Duration.ofSeconds(30));
        assertEquals(1, Orm.readCount(sf), "b's commit wrote a stale count over a's");
    }

    @Test
    void serialSchedulesKeepBothIncrements() {
        Orm.resetUser(sf);
        new TraceExecutor(Schedule.parse("a:orm_read, a:orm_write, b:orm_read, b:orm_write"))
                .run("a", () -> LoginHandlers.handleLogin(sf))
                .run("b", () -> LoginHandlers.handleLogin(sf))
                .await(Duration.ofSeconds(30));
        assertEquals(2, Orm.readCount(sf));
    }
}
