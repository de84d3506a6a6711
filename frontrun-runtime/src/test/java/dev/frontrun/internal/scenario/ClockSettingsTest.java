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
import dev.frontrun.internal.fork.ClockSettings;
import dev.frontrun.internal.fork.RunSettings;
import dev.frontrun.internal.result.Grade;
import dev.frontrun.internal.result.ScenarioResult;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.scenario.ScenarioContext;
import dev.frontrun.timing.LoadTimeoutScenario;

/**
 * How a scenario run treats time comes from the plugin's {@code frontrun.clock}, {@code frontrun.spuriousWakeups} and
 * {@code frontrun.earlyExpiry}, carried to the scenario's JVM in its run settings.
 */
class ClockSettingsTest {

    private static ScenarioResult run(Map<String, String> entries) {
        LoadedScenario s = LoadedScenario.load(LoadTimeoutScenario.class.getName(),
                ClockSettingsTest.class.getClassLoader());
        return new ScenarioRunner(s, RunSettings.from(entries),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(new ScenarioContext(null, null, null, 42));
    }

    @Test
    void earlyExpiryFindsATimeoutTakenAsNeverHappening() {
        ScenarioResult r = run(Map.of("strategies", "dpor", "earlyExpiry", "true"));
        StrategyResult dpor = r.strategies().get(0);
        assertEquals(Verdict.VIOLATED, dpor.verdict(), r.toJson());
        assertTrue(dpor.explanation().contains("timed out early"), dpor.explanation());
        assertEquals(Grade.Status.UNEXPECTED_RACE, r.grade().status());
    }

    @Test
    void withoutItTheTimedWaitExpiresOnlyWhenNothingElseCanRunAndTheScenarioHolds() {
        ScenarioResult r = run(Map.of("strategies", "dpor"));
        StrategyResult dpor = r.strategies().get(0);
        assertEquals(Verdict.HOLDS, dpor.verdict(), r.toJson());
        assertEquals(Grade.Status.CLEAN, r.grade().status());
    }

    @Test
    void theSettingsCrossTheForkAndABadClockNamesItsValues() {
        RunSettings s = RunSettings.from(Map.of("realClock", "true", "spuriousWakeups", "false",
                "earlyExpiry", "true"));
        assertEquals(new ClockSettings(true, false, true), RunSettings.from(s.entries()).clock());
        assertEquals(ClockSettings.DEFAULT, RunSettings.from(Map.of()).clock());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClockSettings.real("wall"));
        assertTrue(e.getMessage().contains("virtual (the default) or real"), e.getMessage());
    }
}
