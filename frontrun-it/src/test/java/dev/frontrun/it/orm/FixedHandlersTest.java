package dev.frontrun.it.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import dev.frontrun.NaiveBaseline;
import dev.frontrun.NaiveResult;
import dev.frontrun.ScheduleIncompleteException;
import dev.frontrun.Step;
import dev.frontrun.TraceExecutor;

/** The two fixes hold under the schedule that breaks the buggy handler, and under plain threads. */
class FixedHandlersTest extends HibernateFixture {

    @Test
    void theSqlSideIncrementEndsAtTwoUnderTheSameSchedule() {
        Orm.resetUser(sf);
        new TraceExecutor(LostUpdateScheduleTest.BOTH_READ_FIRST)
                .run("a", () -> LoginHandlers.handleLoginSqlIncrement(sf))
                .run("b", () -> LoginHandlers.handleLoginSqlIncrement(sf))
                .await(Duration.ofSeconds(30));
        assertEquals(2, Orm.readCount(sf));
    }

    @Test
    void thePessimisticLockMakesTheScheduleInfeasibleAndEndsAtTwo() {
        Orm.resetUser(sf);
        ScheduleIncompleteException e = assertThrows(ScheduleIncompleteException.class, () ->
                new TraceExecutor(LostUpdateScheduleTest.BOTH_READ_FIRST)
                        .deadlockTimeout(Duration.ofSeconds(1))
                        .run("a", () -> LoginHandlers.handleLoginPessimistic(sf))
                        .run("b", () -> LoginHandlers.handleLoginPessimistic(sf))
                        .await(Duration.ofSeconds(30)));
        assertEquals("b", e.blockedThread(), e.getMessage());
        assertEquals(List.of(Step.of("a", "orm_write"), Step.of("b", "orm_write")), e.unreachedSteps());
        assertTrue(e.getMessage().contains("Thread b: running step 2 (b:orm_read)"), e.getMessage());
        assertTrue(e.getMessage().contains("called from LoginHandlers.java:"), e.getMessage());
        assertTrue(e.getMessage().contains("Thread a: waiting at marker orm_write"), e.getMessage());
        assertEquals(2, Orm.readCount(sf), "b read the row after a committed");
    }

    @Test
    void naiveThreadsNeverLoseAnUpdateWithEitherFix() {
        assertEquals(0, naive(LoginHandlers::handleLoginSqlIncrement).failures());
        assertEquals(0, naive(LoginHandlers::handleLoginPessimistic).failures());
    }

    private static NaiveResult naive(Consumer<SessionFactory> handler) {
        return NaiveBaseline.of(() -> Orm.resetUser(sf))
                .worker(handler).worker(handler)
                .invariant(s -> Orm.readCount(s) == 2)
                .trials(40).maxStartOffset(Duration.ofMillis(15)).seed(42)
                .run();
    }
}
