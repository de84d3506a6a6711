package dev.frontrun.it.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import dev.frontrun.NaiveBaseline;
import dev.frontrun.NaiveResult;
import dev.frontrun.Schedule;
import dev.frontrun.ScheduleIncompleteException;
import dev.frontrun.Step;
import dev.frontrun.TraceExecutor;
import dev.frontrun.WorkerFailedException;

import jakarta.persistence.OptimisticLockException;

/** The three fixes hold under the schedule that breaks the buggy handler, and under plain threads. */
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
    void theOptimisticHandlerFollowsTheScheduleAndItsLaterCommitRetriesOnce() {
        Orm.resetVersionedUser(sf);
        AtomicInteger attemptsA = new AtomicInteger();
        AtomicInteger attemptsB = new AtomicInteger();
        new TraceExecutor(LostUpdateScheduleTest.BOTH_READ_FIRST)
                .run("a", () -> attemptsA.set(LoginHandlers.handleLoginOptimistic(sf)))
                .run("b", () -> attemptsB.set(LoginHandlers.handleLoginOptimistic(sf)))
                .await(Duration.ofSeconds(30));
        assertEquals(2, Orm.readVersionedCount(sf));
        assertEquals(1, attemptsA.get(), "a committed first, on its first attempt");
        assertEquals(2, attemptsB.get(), "b's first commit failed its version check (a committed since b's read)");
        assertEquals(2L, version(), "two committed updates, each incrementing the version once");
    }

    @Test
    void theOptimisticHandlerGivesUpAfterItsLastAttemptAndSaysSo() {
        Orm.resetVersionedUser(sf);
        StringBuilder steps = new StringBuilder();
        TraceExecutor executor = new TraceExecutor(everyReadOfBOvertaken(steps));
        executor.run("b", () -> LoginHandlers.handleLoginOptimistic(sf));
        for (int i = 1; i <= LoginHandlers.OPTIMISTIC_ATTEMPTS; i++) {
            executor.run("c" + i, () -> LoginHandlers.handleLoginOptimistic(sf));
        }
        WorkerFailedException e = assertThrows(WorkerFailedException.class,
                () -> executor.await(Duration.ofSeconds(60)), steps::toString);
        assertEquals("b", e.thread());
        IllegalStateException gaveUp = assertInstanceOf(IllegalStateException.class, e.getCause());
        assertTrue(gaveUp.getMessage().startsWith("handleLoginOptimistic gave up after 5 attempts"),
                gaveUp.getMessage());
        assertInstanceOf(OptimisticLockException.class, gaveUp.getCause());
        assertEquals(LoginHandlers.OPTIMISTIC_ATTEMPTS, Orm.readVersionedCount(sf), "only the c logins committed");
    }

    /** Between each read of b and its commit, another thread logs in: every commit of b fails. */
    private static Schedule everyReadOfBOvertaken(StringBuilder steps) {
        for (int i = 1; i <= LoginHandlers.OPTIMISTIC_ATTEMPTS; i++) {
            steps.append(i == 1 ? "" : ", ").append("b:orm_read, c").append(i).append(":orm_read, c").append(i)
                    .append(":orm_write, b:orm_write");
        }
        return Schedule.parse(steps.toString());
    }

    private static long version() {
        try (var session = sf.openSession()) {
            return session.createNativeQuery("select version from versioned_users where id = :id", Long.class)
                    .setParameter("id", Orm.USER_ID).getSingleResult();
        }
    }

    @Test
    void naiveThreadsNeverLoseAnUpdateWithAnyFix() {
        assertEquals(0, naive(LoginHandlers::handleLoginSqlIncrement, Orm::resetUser, Orm::readCount).failures());
        assertEquals(0, naive(LoginHandlers::handleLoginPessimistic, Orm::resetUser, Orm::readCount).failures());
        assertEquals(0, naive(LoginHandlers::handleLoginOptimistic, Orm::resetVersionedUser, Orm::readVersionedCount)
                .failures());
    }

    private static NaiveResult naive(Consumer<SessionFactory> handler, UnaryOperator<SessionFactory> reset,
            ToIntFunction<SessionFactory> read) {
        return NaiveBaseline.of(() -> reset.apply(sf))
                .worker(handler).worker(handler)
                .invariant(s -> read.applyAsInt(s) == 2)
                .trials(40).maxStartOffset(Duration.ofMillis(15)).seed(42)
                .run();
    }
}
