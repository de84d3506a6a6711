package dev.frontrun.internal.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.frontrun.Verdict;

/**
 * What one strategy found on one scenario, as the scenario's JVM saved it and the plugin reads it back; built with
 * {@link #builder(String)}.
 *
 * @param strategy {@code markers}, {@code random}, {@code pct}, {@code pos}, {@code dpor}, {@code naive} (or
 *        {@code open} when the scenario could not be opened)
 * @param verdict the verdict
 * @param reason why, or null
 * @param executions executions (trials for naive)
 * @param failures how many broke the invariant
 * @param firstFailureAt 1-based index of the first failure, 0 if none
 * @param reproductions replays of the counterexample
 * @param reproduced how many replays reproduced it
 * @param exhaustive whether exploration was exhaustive, null when the strategy cannot be
 * @param wallMillis wall time
 * @param counterexample the replayable schedule, or null
 * @param explanation the explanation of the counterexample, or null
 * @param sqlAnomaly the SQL anomaly of the counterexample, or null
 * @param replay a JUnit test that replays the counterexample, or null
 * @param timeline the counterexample's steps (empty without one)
 */
public record StrategyResult(String strategy, Verdict verdict, String reason, int executions, int failures,
        int firstFailureAt, int reproductions, int reproduced, Boolean exhaustive, long wallMillis,
        String counterexample, String explanation, String sqlAnomaly, String replay, List<TimelineStep> timeline) {

    /** Checks the name and verdict and copies the timeline. */
    public StrategyResult {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(verdict, "verdict");
        timeline = List.copyOf(timeline);
    }

    /**
     * @param strategy the strategy's name
     * @return a builder, verdict {@link Verdict#INCONCLUSIVE} until set
     */
    public static Builder builder(String strategy) {
        return new Builder(strategy);
    }

    /** Fills in a {@link StrategyResult} step by step, as a strategy learns it. */
    public static final class Builder {
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

        private Builder(String strategy) {
            this.strategy = Objects.requireNonNull(strategy);
        }

        /** @param v the verdict @param why the reason, or null @return this */
        public Builder verdict(Verdict v, String why) {
            this.verdict = v;
            this.reason = why;
            return this;
        }

        /** @param n executions (trials for naive) @param failed how many broke the invariant @param first 1-based index of the first failure, 0 if none @return this */
        public Builder counts(int n, int failed, int first) {
            this.executions = n;
            this.failures = failed;
            this.firstFailureAt = first;
            return this;
        }

        /** @param tries replays of the counterexample @param hits how many reproduced it @return this */
        public Builder reproductions(int tries, int hits) {
            this.reproductions = tries;
            this.reproduced = hits;
            return this;
        }

        /** @param value whether exploration was exhaustive, null when the strategy cannot be @return this */
        public Builder exhaustive(Boolean value) {
            this.exhaustive = value;
            return this;
        }

        /** @param millis wall time @return this */
        public Builder wallMillis(long millis) {
            this.wallMillis = millis;
            return this;
        }

        /** @param schedule the replayable counterexample @param text the explanation @return this */
        public Builder counterexample(String schedule, String text) {
            this.counterexample = schedule;
            this.explanation = text;
            return this;
        }

        /** @param summary an SQL anomaly summary @return this */
        public Builder sqlAnomaly(String summary) {
            this.sqlAnomaly = summary;
            return this;
        }

        /** @param snippet a JUnit test that replays the counterexample @return this */
        public Builder replay(String snippet) {
            this.replay = snippet;
            return this;
        }

        /** @param step one more timeline row @return this */
        public Builder step(TimelineStep step) {
            timeline.add(step);
            return this;
        }

        /** @return the result */
        public StrategyResult build() {
            return new StrategyResult(strategy, verdict, reason, executions, failures, firstFailureAt, reproductions,
                    reproduced, exhaustive, wallMillis, counterexample, explanation, sqlAnomaly, replay, timeline);
        }
    }
}
