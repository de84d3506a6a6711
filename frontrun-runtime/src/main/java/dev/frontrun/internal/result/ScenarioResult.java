package dev.frontrun.internal.result;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.frontrun.scenario.Expect;

/**
 * Everything one scenario run produced: the scenario's JVM writes it ({@link ResultFiles#write}) and the plugin reads
 * the same type back ({@link ResultFiles#read}) to grade, print and render. {@link ResultJson} is its one codec.
 *
 * @param scenarioClass the scenario's class name
 * @param description its description, or null
 * @param expect its declared outcome
 * @param schedule its marker schedule, or null
 * @param environment where it ran
 * @param grade its strategies' results graded against {@code expect}
 * @param strategies every strategy's result, in the order they ran
 * @param budget its wall time and the budgets it ran under, or null when unknown (it never ran, or an older file)
 */
public record ScenarioResult(String scenarioClass, String description, Expect expect, String schedule,
        Environment environment, Grade grade, List<StrategyResult> strategies, Budget budget) {

    /** Checks the components and copies the list. */
    public ScenarioResult {
        Objects.requireNonNull(scenarioClass, "scenarioClass");
        Objects.requireNonNull(expect, "expect");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(grade, "grade");
        strategies = List.copyOf(strategies);
    }

    /**
     * @param scenarioClass the scenario's class name
     * @param description its description
     * @param expect its declared outcome
     * @param schedule its marker schedule, or null
     * @return a builder that grades the results it collects
     */
    public static Builder builder(String scenarioClass, String description, Expect expect, String schedule) {
        return new Builder(scenarioClass, description, expect, schedule);
    }

    /** @return the simple class name */
    public String name() {
        return scenarioClass.substring(scenarioClass.lastIndexOf('.') + 1);
    }

    /**
     * @param env another environment
     * @return this result where it ran
     */
    public ScenarioResult withEnvironment(Environment env) {
        return new ScenarioResult(scenarioClass, description, expect, schedule, env, grade, strategies, budget);
    }

    /** @return the JSON text */
    public String toJson() {
        return ResultJson.encode(this);
    }

    /**
     * Writes the result file atomically.
     *
     * @param file the target
     * @throws IOException when it cannot be written
     */
    public void write(Path file) throws IOException {
        ResultFiles.write(file, this);
    }

    /** Collects the strategies' results of one scenario and grades them. */
    public static final class Builder {
        private final String scenarioClass;
        private final String description;
        private final Expect expect;
        private final String schedule;
        private Environment environment = Environment.NONE;
        private Budget budget;
        private final List<StrategyResult> strategies = new ArrayList<>();

        private Builder(String scenarioClass, String description, Expect expect, String schedule) {
            this.scenarioClass = scenarioClass;
            this.description = description;
            this.expect = expect;
            this.schedule = schedule;
        }

        /** @param env where the scenario runs @return this */
        public Builder environment(Environment env) {
            this.environment = env;
            return this;
        }

        /** @param value the wall time and budgets @return this */
        public Builder budget(Budget value) {
            this.budget = value;
            return this;
        }

        /** @param result one strategy's result @return this */
        public Builder add(StrategyResult result) {
            strategies.add(result);
            return this;
        }

        /** @return the result, graded */
        public ScenarioResult build() {
            return new ScenarioResult(scenarioClass, description, expect, schedule, environment,
                    Grade.of(expect, strategies), strategies, budget);
        }
    }
}
