package dev.frontrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;

class TraceExecutorTest {

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @Test
    void theScheduleForcesTheOrderOfMarkedLines() {
        new TraceExecutor(Schedule.parse("a:first, b:first, b:second, a:second"))
                .run("a", () -> MarkedProgram.twoSteps(log, "a"))
                .run("b", () -> MarkedProgram.twoSteps(log, "b"))
                .await(Duration.ofSeconds(10));
        assertEquals(List.of("a start", "b start", "a one", "b one", "b two", "b end", "a two", "a end"), log);
    }

    @Test
    void theOppositeScheduleGivesTheOppositeOrder() {
        new TraceExecutor(Schedule.parse("b:first, a:first, a:second, b:second"))
                .run("a", () -> MarkedProgram.twoSteps(log, "a"))
                .run("b", () -> MarkedProgram.twoSteps(log, "b"))
                .await(Duration.ofSeconds(10));
        assertEquals(List.of("a start", "b start", "b one", "a one", "a two", "a end", "b two", "b end"), log);
    }

    @Test
    void explicitMarkersAreScheduledToo() {
        new TraceExecutor(Schedule.parse("b:go, a:go"))
                .run("a", () -> MarkedProgram.explicitSteps(log, "a"))
                .run("b", () -> MarkedProgram.explicitSteps(log, "b"))
                .await(Duration.ofSeconds(10));
        assertEquals(List.of("b went", "a went"), log);
    }

    @Test
    void aFeasibleScheduleAroundALockRunsToItsEnd() {
        ReentrantLock lock = new ReentrantLock();
        new TraceExecutor(Schedule.parse("a:take, a:hold, b:take, b:hold"))
                .deadlockTimeout(Duration.ofMillis(500))
                .run("a", () -> MarkedProgram.lockedSteps(lock, log, "a"))
                .run("b", () -> MarkedProgram.lockedSteps(lock, log, "b"))
                .await(Duration.ofSeconds(10));
        assertEquals(List.of("a holds", "b holds"), log);
    }

    @Test
    void aThreadBlockedOnALockHeldByAPausedThreadMakesTheScheduleIncomplete() {
        ReentrantLock lock = new ReentrantLock();
        ScheduleIncompleteException e = assertThrows(ScheduleIncompleteException.class, () ->
                new TraceExecutor(Schedule.parse("a:take, b:take, a:hold, b:hold"))
                        .deadlockTimeout(Duration.ofMillis(500))
                        .run("a", () -> MarkedProgram.lockedSteps(lock, log, "a"))
                        .run("b", () -> MarkedProgram.lockedSteps(lock, log, "b"))
                        .await(Duration.ofSeconds(10)));
        String m = e.getMessage();
        assertEquals(List.of(Step.of("a", "hold"), Step.of("b", "hold")), e.unreachedSteps());
        assertEquals("b", e.blockedThread());
        assertTrue(m.startsWith("Schedule incomplete: 2 step(s) were never reached: a:hold, b:hold."), m);
        assertTrue(m.contains("Thread a: waiting at marker hold (MarkedProgram.java:23)"), m);
        assertTrue(m.contains("Thread b: running step 2 (b:take), not at a marker"), m);
        assertTrue(m.contains("called from MarkedProgram.java:21"), m);
        assertTrue(m.contains("every thread ran to its end"), m);
        assertEquals(List.of("a holds", "b holds"), log);
    }

    @Test
    void aStepWhoseThreadAlreadyEndedIsReportedAtOnce() {
        long start = System.nanoTime();
        ScheduleIncompleteException e = assertThrows(ScheduleIncompleteException.class, () ->
                new TraceExecutor(Schedule.parse("a:first, a:second, b:first, a:first"))
                        .run("a", () -> MarkedProgram.twoSteps(log, "a"))
                        .run("b", () -> MarkedProgram.twoSteps(log, "b"))
                        .await(Duration.ofSeconds(10)));
        assertTrue(e.getMessage().contains("thread a ended before reaching marker first"), e.getMessage());
        assertEquals(List.of(Step.of("a", "first")), e.unreachedSteps());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(4).toNanos(), "reported without waiting");
    }

    @Test
    void anUnknownMarkerIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                new TraceExecutor(Schedule.parse("a:first, b:frist")).run("a", () -> { }));
        assertTrue(e.getMessage().contains("[frist]"), e.getMessage());
        assertTrue(e.getMessage().contains("Markers found:"), e.getMessage());
    }

    @Test
    void commentTextInAStringIsNotAMarker() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                new TraceExecutor(Schedule.parse("a:hidden")).run("a", MarkedProgram::notAMarker));
        assertTrue(e.getMessage().contains("[hidden]"), e.getMessage());
    }

    @Test
    void aWorkerExceptionIsRethrownWithItsThreadName() {
        WorkerFailedException e = assertThrows(WorkerFailedException.class, () ->
                new TraceExecutor(Schedule.parse("a:first"))
                        .run("a", () -> {
                            MarkedProgram.twoSteps(log, "a");
                            throw new IllegalStateException("boom");
                        })
                        .await(Duration.ofSeconds(10)));
        assertEquals("a", e.thread());
        assertEquals("boom", e.getCause().getMessage());
    }
}
