package dev.frontrun.internal.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.frontrun.internal.fork.DatabaseEndpoint;
import dev.frontrun.internal.fork.RunSettings;
import dev.frontrun.internal.fork.ScenarioConfiguration;

/** The plugin and the fork share one typed configuration; its entries are the only place keys are spelled. */
class ScenarioConfigurationTest {

    @Test
    void whatThePluginWritesTheForkReadsBack() {
        RunSettings settings = new RunSettings(List.of("dpor", "markers"), 7, 3, 20, Duration.ofMillis(1), 50, 60, 2,
                Duration.ofMillis(300), Duration.ofSeconds(9));
        ScenarioConfiguration written = new ScenarioConfiguration("com.acme.Lost", Path.of("out", "com.acme.Lost.json"),
                List.of(Path.of("src/main/java"), Path.of("src/test/java")), "com.acme.*",
                new DatabaseEndpoint("jdbc:postgresql://127.0.0.1/x", "u", "p", "embedded", "17.6"), settings);
        assertEquals(written, ScenarioConfiguration.from(written.entries()));
        ScenarioConfiguration bare = new ScenarioConfiguration("S", Path.of("s.json"), List.of(), null, null, settings);
        assertEquals(bare, ScenarioConfiguration.from(bare.entries()));
    }

    @Test
    void missingSettingsTakeTheOneSetOfDefaults() {
        RunSettings defaults = RunSettings.from(Map.of());
        assertEquals(List.of("markers", "random", "dpor", "naive"), defaults.strategies());
        assertEquals(RunSettings.strategies(RunSettings.DEFAULT_STRATEGIES), defaults.strategies());
        assertEquals(Long.parseLong(RunSettings.DEFAULT_SEED), defaults.seed());
        assertEquals(Duration.ofMillis(Long.parseLong(RunSettings.DEFAULT_EXECUTION_TIMEOUT_MILLIS)),
                defaults.executionTimeout());
    }

    @Test
    void strategiesAreCheckedAndBlanksIgnored() {
        assertEquals(List.of("markers", "naive"), RunSettings.strategies(" markers , naive"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunSettings.from(Map.of("strategies", "markers,bogus")));
        assertTrue(e.getMessage().startsWith("Unknown strategy 'bogus': use any of [markers, marker-orders, random,"),
                e.getMessage());
    }

    @Test
    void theTaskTheConfigurationNamesIsTheScenarioTask() {
        assertEquals(ScenarioTask.class.getName(), ScenarioConfiguration.TASK);
    }
}
