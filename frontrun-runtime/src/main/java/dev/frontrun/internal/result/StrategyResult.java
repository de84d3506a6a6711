package dev.frontrun.internal.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What one strategy found on one scenario; built with {@link #builder(String)}. */
public final class StrategyResult {

    private final String strategy;
    private Verdict verdict = Verdict.INCONCLUSIVE;
    private String reason;
    private int executions;
    private int failures;
    private int firstFailureAt;
    private int reproductions;
    private int reproduced;
    private Boolean exhaustive;
    private long wallMillis;
    private String counterexample;
    private String explanation;
    private String sqlAnomaly;
    private String replay;
    private final List<TimelineStep> timeline = new ArrayList<>();

    private StrategyResult(String strategy) {
        this.strategy = Objects.requireNonNull(strategy);
    }

    /**
     * @param strategy {@code markers}, {@code random}, {@code pct}, {@code pos}, {@code dpor} or {@code naive}
     * @return a result to fill in
     */
    public static StrategyResult builder(String strategy) {
        return new StrategyResult(strategy);
    }

    /** @param v the verdict @param why the reason, or null @return this */
    public StrategyResult verdict(Verdict v, String why) {
        this.verdict = v;
        this.reason = why;
        return this;
    }

    /** @param n executions (trials for naive) @param failed how many broke the invariant @param first 1-based index of the first failure, 0 if none @return this */
    public StrategyResult counts(int n, int failed, int first) {
        this.executions = n;
        this.failures = failed;
        this.firstFailureAt = first;
        return this;
    }

    /** @param tries replays of the counterexample @param hits how many reproduced it @return this */
    public StrategyResult reproductions(int tries, int hits) {
        this.reproductions = tries;
        this.reproduced = hits;
        return this;
    }

    /** @param value whether exploration was exhaustive, null when the strategy cannot be @return this */
    public StrategyResult exhaustive(Boolean value) {
        this.exhaustive = value;
        return this;
    }

    /** @param millis wall time @return this */
    public StrategyResult wallMillis(long millis) {
        this.wallMillis = millis;
        return this;
    }

    /** @param schedule the replayable counterexample @param text the explanation @return this */
    public StrategyResult counterexample(String schedule, String text) {
        this.counterexample = schedule;
        this.explanation = text;
        return this;
    }

    /** @param summary an SQL anomaly summary @return this */
    public StrategyResult sqlAnomaly(String summary) {
        this.sqlAnomaly = summary;
        return this;
    }

    /** @param snippet a JUnit test that replays the counterexample @return this */
    public StrategyResult replay(String snippet) {
        this.replay = snippet;
        return this;
    }

    /** @param step one more timeline row @return this */
    public StrategyResult step(TimelineStep step) {
        timeline.add(step);
        return this;
    }

    /** @return the strategy name */
    public String strategy() {
        return strategy;
    }

    /** @return the verdict */
    public Verdict verdict() {
        return verdict;
    }

    /** @return the reason, or null */
    public String reason() {
        return reason;
    }

    /** @return the explanation, or null */
    public String explanation() {
        return explanation;
    }

    /** @return the counterexample schedule, or null */
    public String counterexample() {
        return counterexample;
    }

    /** @return executions (or trials) */
    public int executions() {
        return executions;
    }

    /** @return failures */
    public int failures() {
        return failures;
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strategy", strategy);
        m.put("verdict", verdict.name());
        m.put("reason", reason);
        m.put("executions", executions);
        m.put("failures", failures);
        m.put("firstFailureAt", firstFailureAt);
        m.put("reproductions", reproductions);
        m.put("reproduced", reproduced);
        m.put("exhaustive", exhaustive);
        m.put("wallMillis", wallMillis);
        m.put("counterexample", counterexample);
        m.put("explanation", explanation);
        m.put("sqlAnomaly", sqlAnomaly);
        m.put("replay", replay);
        m.put("timeline", timeline.stream().map(TimelineStep::toMap).toList());
        return m;
    }
}
