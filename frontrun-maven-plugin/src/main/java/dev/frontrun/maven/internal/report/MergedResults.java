package dev.frontrun.maven.internal.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import dev.frontrun.internal.result.ResultFiles;
import dev.frontrun.internal.result.RunDescription;
import dev.frontrun.internal.result.ScenarioResult;

/**
 * The saved results of one or more results directories as one report: typically the CI shards of one build, each
 * machine's {@code target/frontrun}. A scenario may come from one directory only; the same scenario in two is an
 * error (two shards of different counts, or a directory named twice), never silently one of them.
 *
 * @param scenarios every scenario result, sorted by class
 * @param run the run description: the first directory's, with the shards of all of them ({@code 1/2 + 2/2})
 * @param sources the directories read, in order, with their shard and number of scenarios
 */
public record MergedResults(List<ScenarioResult> scenarios, RunDescription run, List<Source> sources) {

    /**
     * One directory read.
     *
     * @param directory the results directory
     * @param shard its run's shard, or null for a run of every scenario (or no run file)
     * @param scenarios how many scenario results it had
     */
    public record Source(Path directory, String shard, int scenarios) {
    }

    /** Copies the lists. */
    public MergedResults {
        scenarios = List.copyOf(scenarios);
        sources = List.copyOf(sources);
        Objects.requireNonNull(run, "run");
    }

    /**
     * @param dirs results directories, at least one
     * @return their results as one
     * @throws IOException when a file cannot be read, or a scenario has results in two of the directories
     */
    public static MergedResults read(List<Path> dirs) throws IOException {
        if (dirs.isEmpty()) {
            throw new IllegalArgumentException("no results directory");
        }
        Map<String, Path> origin = new LinkedHashMap<>();
        List<ScenarioResult> all = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        RunDescription first = null;
        List<String> shards = new ArrayList<>();
        for (Path dir : dirs) {
            List<ScenarioResult> results = ResultFiles.scenarios(dir);
            for (ScenarioResult r : results) {
                Path earlier = origin.putIfAbsent(r.scenarioClass(), dir);
                if (earlier != null) {
                    throw new IOException(r.scenarioClass() + " has results in both " + earlier + " and " + dir
                            + ": merged directories must not share a scenario. Give each CI machine the same N in"
                            + " frontrun.shard=K/N, and name each shard's directory once.");
                }
            }
            all.addAll(results);
            RunDescription run = ResultFiles.run(dir);
            first = first == null ? run : first;
            if (run.shard() != null) {
                shards.add(run.shard());
            }
            sources.add(new Source(dir, run.shard(), results.size()));
        }
        all.sort(Comparator.comparing(ScenarioResult::scenarioClass));
        RunDescription run = dirs.size() == 1 ? first : first.withShard(shards.isEmpty() ? null
                : String.join(" + ", shards));
        return new MergedResults(all, run, sources);
    }

    /**
     * @return the shards missing among the sources (e.g. {@code 3/3} when {@code 1/3} and {@code 2/3} were merged),
     *         empty when no source was a shard or all of them are there
     */
    public List<String> missingShards() {
        TreeSet<Integer> counts = new TreeSet<>();
        TreeSet<String> present = new TreeSet<>();
        for (Source s : sources) {
            if (s.shard() != null) {
                present.add(s.shard());
                counts.add(Integer.parseInt(s.shard().substring(s.shard().indexOf('/') + 1)));
            }
        }
        List<String> missing = new ArrayList<>();
        for (int n : counts) {
            for (int k = 1; k <= n; k++) {
                if (!present.contains(k + "/" + n)) {
                    missing.add(k + "/" + n);
                }
            }
        }
        return missing;
    }
}
