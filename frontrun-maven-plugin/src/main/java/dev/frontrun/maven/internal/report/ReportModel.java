package dev.frontrun.maven.internal.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.frontrun.internal.result.Environment;
import dev.frontrun.internal.result.RunDescription;
import dev.frontrun.internal.result.ScenarioResult;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.internal.result.TimelineStep;

/**
 * Turns the saved results into the data the templates show: per scenario its grade, per strategy its verdict and
 * failure rate, the page file name, and the thread columns of the counterexample timeline. The templates get plain
 * maps of strings and numbers (an absent fact is a missing or null entry).
 */
final class ReportModel {

    private ReportModel() {
    }

    static Map<String, Object> of(List<ScenarioResult> results, RunDescription run) {
        List<Map<String, Object>> scenarios = new ArrayList<>();
        Set<String> strategyNames = new LinkedHashSet<>();
        for (ScenarioResult r : results) {
            scenarios.add(scenario(r));
            r.strategies().forEach(st -> strategyNames.add(st.strategy()));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("scenarios", scenarios);
        model.put("strategyNames", new ArrayList<>(strategyNames));
        model.put("run", run(run));
        model.put("environment", results.isEmpty() ? Map.of() : environment(results.get(0).environment()));
        model.put("passed", results.stream().filter(r -> r.grade().passes()).count());
        model.put("total", scenarios.size());
        model.putAll(ChartRows.of(results));
        return model;
    }

    static Map<String, Object> scenario(ScenarioResult r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("className", r.scenarioClass());
        s.put("name", r.name());
        s.put("description", r.description());
        s.put("expect", r.expect().name());
        s.put("schedule", r.schedule());
        s.put("status", r.grade().status().name());
        s.put("passes", r.grade().passes());
        s.put("message", r.grade().message());
        s.put("page", ReportRenderer.scenarioPage(r.scenarioClass()));
        s.put("environment", environment(r.environment()));
        List<Map<String, Object>> strategies = new ArrayList<>();
        for (StrategyResult st : r.strategies()) {
            strategies.add(strategy(st));
        }
        s.put("strategies", strategies);
        if (r.budget() != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("seconds", String.format(Locale.ROOT, "%.1f", r.budget().wallMillis() / 1000.0));
            b.put("executionTimeoutSeconds", String.format(Locale.ROOT, "%.1f",
                    r.budget().executionTimeoutMillis() / 1000.0));
            b.put("maxAttempts", r.budget().maxAttempts());
            b.put("maxExecutions", r.budget().maxExecutions());
            b.put("naiveTrials", r.budget().naiveTrials());
            b.put("markerRuns", r.budget().markerRuns());
            s.put("budget", b);
        }
        return s;
    }

    private static Map<String, Object> strategy(StrategyResult st) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strategy", st.strategy());
        m.put("verdict", st.verdict().name());
        m.put("reason", st.reason());
        m.put("executions", st.executions());
        m.put("failures", st.failures());
        m.put("firstFailureAt", st.firstFailureAt());
        m.put("reproductions", st.reproductions());
        m.put("reproduced", st.reproduced());
        m.put("exhaustive", st.exhaustive());
        m.put("wallMillis", st.wallMillis());
        m.put("counterexample", st.counterexample());
        m.put("explanation", st.explanation());
        m.put("sqlAnomaly", st.sqlAnomaly());
        m.put("replay", st.replay());
        List<Map<String, Object>> timeline = new ArrayList<>();
        Set<String> threads = new LinkedHashSet<>();
        for (TimelineStep step : st.timeline()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("thread", step.thread());
            row.put("location", step.location());
            row.put("source", step.source());
            row.put("detail", step.detail());
            timeline.add(row);
            threads.add(String.valueOf(step.thread()));
        }
        m.put("timeline", timeline);
        double rate = st.executions() == 0 ? 0 : (double) st.failures() / st.executions();
        m.put("rate", rate);
        m.put("ratePercent", String.format(Locale.ROOT, "%.1f%%", rate * 100));
        m.put("threads", new ArrayList<>(threads));
        return m;
    }

    private static Map<String, Object> environment(Environment env) {
        Map<String, Object> m = new LinkedHashMap<>();
        putPresent(m, "jdk", env.jdk());
        putPresent(m, "jvm", env.jvm());
        putPresent(m, "seed", env.seed());
        putPresent(m, "frontrunVersion", env.frontrunVersion());
        putPresent(m, "databaseProvider", env.databaseProvider());
        putPresent(m, "databaseVersion", env.databaseVersion());
        return m;
    }

    private static Map<String, Object> run(RunDescription run) {
        Map<String, Object> m = new LinkedHashMap<>();
        putPresent(m, "seed", run.seed());
        putPresent(m, "strategies", run.strategies());
        putPresent(m, "started", run.started());
        putPresent(m, "databaseProvider", run.databaseProvider());
        putPresent(m, "databaseVersion", run.databaseVersion());
        putPresent(m, "shard", run.shard());
        return m;
    }

    /** The merged directories: directory, shard (or "all"), number of scenarios; and the shards missing. */
    static Map<String, Object> sources(MergedResults merged) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MergedResults.Source s : merged.sources()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("directory", s.directory().toString());
            row.put("shard", s.shard() == null ? "all" : s.shard());
            row.put("scenarios", s.scenarios());
            rows.add(row);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", rows);
        m.put("missing", String.join(", ", merged.missingShards()));
        return m;
    }

    private static void putPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
