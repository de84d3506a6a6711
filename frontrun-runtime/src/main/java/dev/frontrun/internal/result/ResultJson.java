package dev.frontrun.internal.result;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.frontrun.Verdict;
import dev.frontrun.scenario.Expect;

/**
 * The one codec of the result files, used by the scenario's JVM to write and by the plugin to read: a
 * {@link ScenarioResult} as JSON of format {@value #FORMAT}, version {@value #VERSION} (checked here and nowhere
 * else), and the {@link RunDescription}. The schema is documented in the site's results page.
 */
public final class ResultJson {

    /** The {@code format} field of every scenario result file. */
    public static final String FORMAT = "frontrun-scenario-result";
    /** The {@code formatVersion} field; bumped on any incompatible change. */
    public static final int VERSION = 1;

    private ResultJson() {
    }

    /**
     * @param result a scenario's result
     * @return its JSON text
     */
    public static String encode(ScenarioResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("formatVersion", VERSION);
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("class", result.scenarioClass());
        scenario.put("name", result.name());
        scenario.put("description", result.description());
        scenario.put("expect", result.expect().name());
        scenario.put("schedule", result.schedule());
        root.put("scenario", scenario);
        root.put("environment", environment(result.environment()));
        Map<String, Object> grade = new LinkedHashMap<>();
        grade.put("status", result.grade().status().name());
        grade.put("passes", result.grade().passes());
        grade.put("message", result.grade().message());
        root.put("grade", grade);
        root.put("strategies", result.strategies().stream().map(ResultJson::strategy).toList());
        if (result.budget() != null) {
            Budget b = result.budget();
            Map<String, Object> budget = new LinkedHashMap<>();
            budget.put("wallMillis", b.wallMillis());
            budget.put("executionTimeoutMillis", b.executionTimeoutMillis());
            budget.put("sequentialLimitMillis", b.sequentialLimitMillis());
            budget.put("maxAttempts", b.maxAttempts());
            budget.put("maxExecutions", b.maxExecutions());
            budget.put("naiveTrials", b.naiveTrials());
            budget.put("markerRuns", b.markerRuns());
            root.put("budget", budget);
        }
        return JsonWriter.write(root);
    }

    /**
     * @param text a scenario result file's text
     * @param origin the file, for messages
     * @return the result
     * @throws IOException when the text is not a scenario result of this version
     */
    public static ScenarioResult decodeScenario(String text, String origin) throws IOException {
        JsonObject root = JsonObject.of(parse(text, origin), origin);
        if (!FORMAT.equals(root.string("format"))) {
            throw new IOException(origin + " is not a frontrun scenario result (format " + root.string("format")
                    + "); remove it from the results directory.");
        }
        Long version = root.optionalLong("formatVersion");
        if (version == null || version != VERSION) {
            throw new IOException(origin + " has result format version " + root.raw("formatVersion")
                    + " but this plugin reads version " + VERSION + ": run the explore goal again with this plugin"
                    + " version.");
        }
        JsonObject scenario = root.object("scenario");
        JsonObject grade = root.object("grade");
        List<StrategyResult> strategies = new ArrayList<>();
        for (JsonObject st : root.objects("strategies")) {
            strategies.add(strategy(st));
        }
        return new ScenarioResult(scenario.required("class"), scenario.string("description"),
                scenario.constant("expect", Expect.class), scenario.string("schedule"),
                environment(root.object("environment")),
                new Grade(grade.constant("status", Grade.Status.class), grade.string("message")), strategies,
                root.raw("budget") == null ? null : budget(root.object("budget")));
    }

    private static Budget budget(JsonObject b) throws IOException {
        return new Budget(b.number("wallMillis"), b.number("executionTimeoutMillis"),
                b.number("sequentialLimitMillis"), (int) b.number("maxAttempts"), (int) b.number("maxExecutions"),
                (int) b.number("naiveTrials"), (int) b.number("markerRuns"));
    }

    /**
     * @param run the run description
     * @return its JSON text (the seed as a string, as format 1 has it)
     */
    public static String encode(RunDescription run) {
        Map<String, Object> m = new LinkedHashMap<>();
        putPresent(m, "seed", run.seed() == null ? null : run.seed().toString());
        putPresent(m, "strategies", run.strategies());
        putPresent(m, "started", run.started());
        putPresent(m, "databaseProvider", run.databaseProvider());
        putPresent(m, "databaseVersion", run.databaseVersion());
        putPresent(m, "shard", run.shard());
        return JsonWriter.write(m);
    }

    /**
     * @param text a run file's text
     * @param origin the file, for messages
     * @return the run description
     * @throws IOException when the text is not a run description
     */
    public static RunDescription decodeRun(String text, String origin) throws IOException {
        JsonObject run = JsonObject.of(parse(text, origin), origin);
        return new RunDescription(run.optionalLong("seed"), run.string("strategies"), run.string("started"),
                run.string("databaseProvider"), run.string("databaseVersion"), run.string("shard"));
    }

    private static Object parse(String text, String origin) throws IOException {
        try {
            return JsonReader.parse(text);
        } catch (IOException e) {
            throw new IOException(origin + " is " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> environment(Environment env) {
        Map<String, Object> m = new LinkedHashMap<>();
        putPresent(m, "jdk", env.jdk());
        putPresent(m, "jvm", env.jvm());
        putPresent(m, "seed", env.seed());
        putPresent(m, "frontrunVersion", env.frontrunVersion());
        if (env.databaseProvider() != null) {
            m.put("databaseProvider", env.databaseProvider());
            m.put("databaseVersion", env.databaseVersion());
        }
        return m;
    }

    private static Environment environment(JsonObject env) throws IOException {
        return new Environment(env.string("jdk"), env.string("jvm"), env.optionalLong("seed"),
                env.string("frontrunVersion"), env.string("databaseProvider"), env.string("databaseVersion"));
    }

    private static Map<String, Object> strategy(StrategyResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strategy", r.strategy());
        m.put("verdict", r.verdict().name());
        m.put("reason", r.reason());
        m.put("executions", r.executions());
        m.put("failures", r.failures());
        m.put("firstFailureAt", r.firstFailureAt());
        m.put("reproductions", r.reproductions());
        m.put("reproduced", r.reproduced());
        m.put("exhaustive", r.exhaustive());
        m.put("wallMillis", r.wallMillis());
        m.put("counterexample", r.counterexample());
        m.put("explanation", r.explanation());
        m.put("sqlAnomaly", r.sqlAnomaly());
        m.put("replay", r.replay());
        m.put("timeline", r.timeline().stream().map(ResultJson::step).toList());
        return m;
    }

    private static StrategyResult strategy(JsonObject st) throws IOException {
        List<TimelineStep> timeline = new ArrayList<>();
        for (JsonObject step : st.objects("timeline")) {
            timeline.add(new TimelineStep(step.string("thread"), step.string("location"), step.string("source"),
                    step.string("detail")));
        }
        return new StrategyResult(st.required("strategy"), st.constant("verdict", Verdict.class), st.string("reason"),
                (int) st.number("executions"), (int) st.number("failures"), (int) st.number("firstFailureAt"),
                (int) st.number("reproductions"), (int) st.number("reproduced"), st.optionalBoolean("exhaustive"),
                st.number("wallMillis"), st.string("counterexample"), st.string("explanation"),
                st.string("sqlAnomaly"), st.string("replay"), timeline);
    }

    private static Map<String, Object> step(TimelineStep s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("thread", s.thread());
        m.put("location", s.location());
        m.put("source", s.source());
        m.put("detail", s.detail());
        return m;
    }

    private static void putPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
