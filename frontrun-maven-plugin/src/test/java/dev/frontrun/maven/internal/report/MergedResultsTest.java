package dev.frontrun.maven.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.frontrun.Verdict;
import dev.frontrun.internal.result.ResultFiles;
import dev.frontrun.internal.result.RunDescription;
import dev.frontrun.internal.result.ScenarioResult;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.scenario.Expect;

/** Several results directories (CI shards) as one report; a scenario in two of them is an error. */
class MergedResultsTest {

    @TempDir
    Path root;

    private Path shard(String name, String shard, String... scenarios) throws IOException {
        Path dir = root.resolve(name);
        for (String s : scenarios) {
            ScenarioResult.builder(s, null, Expect.SAFE, null)
                    .add(StrategyResult.builder("naive").verdict(Verdict.HOLDS, null).counts(20, 0, 0).build())
                    .build().write(dir.resolve(s + ".json"));
        }
        ResultFiles.writeRun(dir, new RunDescription(42L, "naive", "t", "none", null, shard));
        return dir;
    }

    @Test
    void twoShardsMakeOneReportThatSaysWhereEachCameFrom() throws IOException {
        Path one = shard("one", "1/2", "a.B", "a.D");
        Path two = shard("two", "2/2", "a.A", "a.C");
        MergedResults merged = MergedResults.read(List.of(one, two));
        assertEquals(List.of("a.A", "a.B", "a.C", "a.D"),
                merged.scenarios().stream().map(ScenarioResult::scenarioClass).toList());
        assertEquals("1/2 + 2/2", merged.run().shard());
        assertEquals(List.of(), merged.missingShards());
        Path out = root.resolve("site");
        String index = Files.readString(new ReportRenderer().render(merged, out));
        assertTrue(index.contains("4 of 4 scenario(s) as declared. Merged from CI shards 1/2 + 2/2."), index);
        assertTrue(index.contains(one.toString()) && index.contains(two.toString()), index);
        for (String s : List.of("a.A", "a.B", "a.C", "a.D")) {
            assertTrue(Files.isRegularFile(out.resolve("scenarios").resolve(s + ".html")), s);
        }
    }

    @Test
    void aMissingShardIsNamed() throws IOException {
        MergedResults merged = MergedResults.read(List.of(shard("one", "1/3", "a.B"), shard("three", "3/3", "a.C")));
        assertEquals(List.of("2/3"), merged.missingShards());
        String index = Files.readString(new ReportRenderer().render(merged, root.resolve("site")));
        assertTrue(index.contains("Missing shard(s): 2/3"), index);
    }

    @Test
    void oneShardsReportSaysWhichShardItIs() throws IOException {
        Path one = shard("one", "2/2", "a.B");
        String index = Files.readString(new ReportRenderer().render(one, one));
        assertTrue(index.contains("CI shard\n2/2: the scenarios whose class name falls to this shard"), index);
    }

    @Test
    void theSameScenarioInTwoDirectoriesIsAnError() throws IOException {
        Path one = shard("one", "1/2", "a.B");
        Path two = shard("two", "1/3", "a.B");
        IOException e = assertThrows(IOException.class, () -> MergedResults.read(List.of(one, two)));
        assertTrue(e.getMessage().startsWith("a.B has results in both " + one + " and " + two), e.getMessage());
        assertTrue(e.getMessage().contains("same N in frontrun.shard=K/N"), e.getMessage());
    }
}
