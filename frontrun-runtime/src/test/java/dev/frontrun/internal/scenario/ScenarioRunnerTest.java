package dev.frontrun.internal.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.frontrun.Verdict;
import dev.frontrun.hanging.HangsWhenInterleaved;
import dev.frontrun.headlines.ActorCounterScenario;
import dev.frontrun.internal.fork.RunSettings;
import dev.frontrun.internal.result.Grade;
import dev.frontrun.internal.result.ScenarioResult;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.scenario.ScenarioContext;

class ScenarioRunnerTest {

    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();
    private final RunSettings settings = RunSettings.from(Map.of("strategies", "markers,naive", "markerRuns", "3",
            "naiveTrials", "20", "naiveMaxOffsetMillis", "1", "deadlockTimeoutMillis", "300"));

    private ScenarioResult run(Class<?> type) {
        LoadedScenario s = LoadedScenario.load(type.getName(), getClass().getClassLoader());
        return new ScenarioRunner(s, settings, new PrintStream(progress, true, StandardCharsets.UTF_8))
                .run(new ScenarioContext(null, null, null, 42));
    }

    @Test
    void aDocumentedRaceIsFoundByItsSchedule() {
        ScenarioResult r = run(CounterScenarios.LostUpdate.class);
        assertEquals(Verdict.VIOLATED, r.strategies().get(0).verdict());
        assertEquals(3, r.strategies().get(0).failures());
        assertEquals(Grade.Status.FOUND, r.grade().status());
        String json = r.toJson();
        assertTrue(json.contains("\"formatVersion\": 1"), json);
        assertTrue(json.contains("\"counterexample\": \"a:read, b:read, a:write, b:write\""), json);
        assertTrue(json.contains("Reproduced 3/3 times (100%)"), json);
        assertTrue(json.contains("new TraceExecutor(Schedule.parse("), json);
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains("LostUpdate: markers -> VIOLATED"));
    }

    @Test
    void anExplorationCallsTheActorsByTheirNames() {
        ScenarioResult r = runWith(ActorCounterScenario.class, RunSettings.from(Map.of("strategies", "dpor")));
        StrategyResult dpor = r.strategies().get(0);
        assertEquals(Verdict.VIOLATED, dpor.verdict(), r.toJson());
        assertTrue(dpor.reason().startsWith("Lost update: threads deposit and bonus both read Counter.value"),
                dpor.reason());
        assertTrue(dpor.explanation().contains("  Thread deposit | "), dpor.explanation());
        assertTrue(dpor.explanation().contains("  Thread bonus   | "), dpor.explanation());
        assertTrue(!dpor.explanation().contains("Thread 0"), dpor.explanation());
        assertEquals("deposit", dpor.timeline().get(0).thread());
    }

    @Test
    void theLockedTwinMakesTheScheduleInfeasibleAndHoldsUnderPlainThreads() {
        ScenarioResult r = run(CounterScenarios.Locked.class);
        assertEquals(Verdict.INCONCLUSIVE, r.strategies().get(0).verdict());
        assertTrue(r.strategies().get(0).reason().contains("infeasible"), r.strategies().get(0).reason());
        assertEquals(Verdict.HOLDS, r.strategies().get(1).verdict());
        assertEquals(Grade.Status.CLEAN, r.grade().status());
    }

    @Test
    void aRaceInCodeDeclaredSafeIsGradedUnexpected() {
        ScenarioResult r = run(CounterScenarios.WronglySafe.class);
        assertEquals(Grade.Status.UNEXPECTED_RACE, r.grade().status());
        assertTrue(r.strategies().get(0).reason().contains("expected 2 increments, counted 1"));
        assertTrue(!r.grade().status().passes());
    }

    @Test
    void aClassThatIsNotAScenarioSaysWhatItNeeds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoadedScenario.load(String.class.getName(), getClass().getClassLoader()));
        assertTrue(e.getMessage().contains("must implement dev.frontrun.scenario.Scenario"), e.getMessage());
    }

    private ScenarioResult runWith(Class<?> type, RunSettings with) {
        LoadedScenario s = LoadedScenario.load(type.getName(), getClass().getClassLoader());
        return new ScenarioRunner(s, with, new PrintStream(progress, true, StandardCharsets.UTF_8))
                .run(new ScenarioContext(null, null, null, 42));
    }

    @Test
    void aSafeScenarioWhoseScheduleHasATypoIsAnError() {
        ScenarioResult r = run(BrokenScenarios.ScheduleTypo.class);
        assertEquals(Grade.Status.ERROR, r.grade().status());
        assertTrue(r.grade().message().contains("raed"), r.grade().message());
    }

    @Test
    void aRaceScenarioWhoseOpenThrowsIsAnErrorNotMissed() {
        ScenarioResult r = run(BrokenScenarios.OpenThrows.class);
        assertEquals(Grade.Status.ERROR, r.grade().status());
        assertTrue(r.grade().message().contains("OpenThrows.open() failed: java.sql.SQLException: The url cannot be"
                + " null"), r.grade().message());
    }

    @Test
    void anActorThatFailsAloneFailsWithoutConcurrencyAndNoStrategyRuns() {
        ScenarioResult r = run(BrokenScenarios.FailsAlone.class);
        assertEquals(Grade.Status.FAILS_WITHOUT_CONCURRENCY, r.grade().status());
        assertEquals(1, r.strategies().size());
        assertTrue(r.grade().message().contains("actor b threw java.lang.IllegalStateException: no such account"),
                r.grade().message());
    }

    @Test
    void virtualMachineErrorsAndThrowingInvariantsAreErrorsNotRaces() {
        ScenarioResult oom = run(BrokenScenarios.OutOfMemory.class);
        assertEquals(Grade.Status.ERROR, oom.grade().status());
        assertTrue(oom.grade().message().contains("OutOfMemoryError"), oom.grade().message());
        ScenarioResult holds = run(BrokenScenarios.HoldsThrows.class);
        assertEquals(Grade.Status.ERROR, holds.grade().status());
        assertTrue(holds.grade().message().contains("HoldsThrows.holds() threw java.lang.NullPointerException"),
                holds.grade().message());
    }

    @Test
    void aStuckActorIsDetectedOnceAndNoStrategyRuns() {
        long start = System.nanoTime();
        ScenarioResult r = runWith(BrokenScenarios.Stuck.class, RunSettings.from(Map.of("strategies",
                "random,dpor,naive", "executionTimeoutMillis", "500")));
        assertEquals(Grade.Status.ERROR, r.grade().status());
        assertEquals(1, r.strategies().size());
        assertTrue(r.grade().message().contains("actor b did not finish within"), r.grade().message());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "took " + (System.nanoTime() - start) / 1e9);
    }

    @Test
    void anActorThatHangsInSomeInterleavingsIsFoundOnceAndEndsTheLaterStrategiesWithThatCause() {
        ScenarioResult r = runWith(HangsWhenInterleaved.class, RunSettings.from(Map.of("strategies",
                "random,dpor,naive", "executionTimeoutMillis", "1000")));
        assertEquals(Grade.Status.ERROR, r.grade().status(), r.toJson());
        assertEquals(List.of("random", "dpor", "naive"),
                r.strategies().stream().map(StrategyResult::strategy).toList());
        StrategyResult random = r.strategies().get(0);
        assertEquals(Verdict.ERROR, random.verdict(), r.toJson());
        assertTrue(random.reason().startsWith("actor b hangs in some interleavings: it did not finish within the"
                + " execution timeout of 1000 ms in execution "), random.reason());
        assertTrue(random.reason().contains(", at HangsWhenInterleaved.waitForRelease(HangsWhenInterleaved.java:3"),
                random.reason());
        for (StrategyResult later : r.strategies().subList(1, 3)) {
            assertEquals(Verdict.ERROR, later.verdict(), r.toJson());
            assertEquals(0, later.executions(), r.toJson());
            assertTrue(later.reason().startsWith("not run: actor b hangs in some interleavings (random met it in"
                    + " execution "), later.reason());
        }
        assertTrue(r.grade().message().contains("actor b hangs in some interleavings"), r.grade().message());
    }

    @Test
    void anOrderThatWaitsForTheOtherActorIsNoFailure() {
        ScenarioResult r = runWith(BrokenScenarios.WaitsForTheOther.class, RunSettings.from(Map.of("strategies",
                "naive", "naiveTrials", "5")));
        assertEquals(Grade.Status.CLEAN, r.grade().status(), r.grade().message());
    }

    @Test
    void aScenarioWithASnapshotAndNoInvariantIsJudgedByTheSerialOrders() {
        ScenarioResult r = runWith(CounterScenarios.SnapshotOnly.class, RunSettings.from(Map.of(
                "strategies", "markers,naive", "markerRuns", "2", "naiveTrials", "5", "deadlockTimeoutMillis", "300")));
        assertEquals(Verdict.VIOLATED, r.strategies().get(0).verdict(), r.toJson());
        assertTrue(r.strategies().get(0).reason().contains("Not serializable: the final state 1 matches no serial"
                + " order of the workers (serial results: [0, 1] -> 2; [1, 0] -> 2)"), r.strategies().get(0).reason());
        assertEquals("naive", r.strategies().get(1).strategy());
        assertEquals(Grade.Status.FOUND, r.grade().status());
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains("judged by the serializability oracle:"
                + " snapshot() after each execution must equal what some serial order of the actors ends in"));
    }

    @Test
    void aScenarioWithNothingToJudgeByNamesTheFix() {
        ScenarioResult r = run(CounterScenarios.NothingToJudge.class);
        assertEquals(1, r.strategies().size());
        assertEquals("serializability", r.strategies().get(0).strategy());
        assertEquals(Verdict.ERROR, r.strategies().get(0).verdict());
        String why = r.strategies().get(0).reason();
        assertTrue(why.contains("NothingToJudge has nothing to judge its executions by: it implements neither holds()"
                + " nor snapshot()"), why);
        assertTrue(why.contains("Implement holds(S) (an invariant) or snapshot(S)"), why);
        assertEquals(Grade.Status.ERROR, r.grade().status());
    }

    @Test
    void aScenarioWithMarkersButNoScheduleRunsEveryMarkerOrder() {
        ScenarioResult r = run(CounterScenarios.MarkersNoSchedule.class);
        StrategyResult orders = r.strategies().get(0);
        assertEquals("marker-orders", orders.strategy());
        assertEquals(Verdict.VIOLATED, orders.verdict(), r.toJson());
        assertEquals("a:read, b:read, a:write, b:write", orders.counterexample());
        assertEquals(2, orders.executions(), r.toJson());
        assertTrue(orders.explanation().contains("2 of 6 marker orders tried (1 held, 0 infeasible)"),
                orders.explanation());
        assertTrue(orders.explanation().contains("markers passed: {a=[read, write], b=[read, write]}"),
                orders.explanation());
        assertEquals(Grade.Status.FOUND, r.grade().status());
    }

    @Test
    void onTheLockedTwinEveryMarkerOrderIsInfeasibleNeverAHang() {
        ScenarioResult r = runWith(CounterScenarios.LockedNoSchedule.class, RunSettings.from(Map.of(
                "strategies", "marker-orders,naive", "naiveTrials", "20", "naiveMaxOffsetMillis", "1",
                "deadlockTimeoutMillis", "300")));
        StrategyResult orders = r.strategies().get(0);
        assertEquals(Verdict.INCONCLUSIVE, orders.verdict(), r.toJson());
        assertEquals(6, orders.executions());
        assertTrue(orders.reason().contains("every marker order tried is infeasible for this code"), orders.reason());
        assertTrue(orders.reason().contains("6 of 6 marker orders tried (0 held, 6 infeasible)"), orders.reason());
        assertEquals(Verdict.HOLDS, r.strategies().get(1).verdict());
        assertEquals(Grade.Status.CLEAN, r.grade().status());
    }

    @Test
    void markerOrdersIsAStrategyName() {
        assertTrue(RunSettings.KNOWN.contains("marker-orders"));
        assertEquals(List.of("marker-orders", "dpor"), RunSettings.from(Map.of("strategies", "marker-orders, dpor"))
                .strategies());
    }
}
