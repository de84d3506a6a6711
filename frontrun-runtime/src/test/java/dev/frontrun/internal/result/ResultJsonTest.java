package dev.frontrun.internal.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import dev.frontrun.Verdict;
import dev.frontrun.scenario.Expect;

/** The fork writes and the plugin reads the same records through one codec. */
class ResultJsonTest {

    private static ScenarioResult result() {
        return ScenarioResult.builder("com.acme.Lost$Update", "quotes \" and \\ and\nlines\ttabs \u0001", Expect.RACE,
                "a:read, b:read")
                .environment(new Environment("17", "OpenJDK", 42L, "t", null, null).withDatabase("docker", "17.6"))
                .add(StrategyResult.builder("dpor").verdict(Verdict.VIOLATED, "Lost update")
                        .counts(7, 1, 7).reproductions(10, 9).exhaustive(false).wallMillis(1234)
                        .counterexample("v1 0x2 1", "Race condition found\n  Thread 0 | A.java:1")
                        .sqlAnomaly("Lost update on users(id=1)").replay("@Test void r() {}")
                        .step(new TimelineStep("0", "A.java:1", "x++;", "[read+write A.x]"))
                        .step(new TimelineStep("1", null, null, "lock A")).build())
                .add(StrategyResult.builder("naive").verdict(Verdict.ERROR, null).build())
                .budget(new Budget(6200, 30000, 10000, 200, 1000, 200, 10))
                .build();
    }

    @Test
    void whatIsWrittenIsReadBackEqual() throws IOException {
        ScenarioResult written = result();
        assertEquals(written, ResultJson.decodeScenario(ResultJson.encode(written), "x.json"));
        assertEquals(Grade.Status.ERROR, written.grade().status(), "a strategy that could not run makes it ERROR");
    }

    @Test
    void theRunDescriptionKeepsItsSeedAsAStringAndReadsItBack() throws IOException {
        RunDescription run = new RunDescription(42L, "markers,dpor", "2026-11-27T11:00:00Z", "none", null, null);
        String json = ResultJson.encode(run);
        assertTrue(json.contains("\"seed\": \"42\""), json);
        assertTrue(!json.contains("databaseVersion") && !json.contains("shard"), json);
        assertEquals(run, ResultJson.decodeRun(json, "run.json"));
        RunDescription shard = run.withShard("2/3");
        String sharded = ResultJson.encode(shard);
        assertTrue(sharded.contains("\"shard\": \"2/3\""), sharded);
        assertEquals(shard, ResultJson.decodeRun(sharded, "run.json"));
    }

    @Test
    void anotherFormatOrVersionOrBrokenJsonIsRefusedWithTheFile() {
        IOException version = assertThrows(IOException.class, () -> ResultJson.decodeScenario(
                "{\"format\":\"frontrun-scenario-result\",\"formatVersion\":2}", "x.json"));
        assertTrue(version.getMessage().startsWith("x.json has result format version 2"), version.getMessage());
        IOException format = assertThrows(IOException.class, () -> ResultJson.decodeScenario(
                "{\"format\":\"other\"}", "y.json"));
        assertTrue(format.getMessage().contains("y.json is not a frontrun scenario result"), format.getMessage());
        IOException broken = assertThrows(IOException.class, () -> ResultJson.decodeScenario("{\"format\": [", "z"));
        assertTrue(broken.getMessage().startsWith("z is not valid JSON"), broken.getMessage());
        IOException wrongType = assertThrows(IOException.class, () -> ResultJson.decodeScenario(
                ResultJson.encode(result()).replace("\"executions\": 7", "\"executions\": \"seven\""), "w.json"));
        assertTrue(wrongType.getMessage().contains("'executions' should be a number"), wrongType.getMessage());
    }
}
