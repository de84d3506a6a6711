package dev.frontrun.internal.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.frontrun.Verdict;
import dev.frontrun.internal.fork.RunSettings;
import dev.frontrun.internal.result.Grade;
import dev.frontrun.internal.result.ScenarioResult;
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
}
