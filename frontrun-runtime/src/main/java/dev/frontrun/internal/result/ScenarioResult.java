package dev.frontrun.internal.result;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.frontrun.scenario.Expect;

/**
 * Everything one scenario run produced: the file the plugin reads back ({@value #FORMAT}, version
 * {@value #FORMAT_VERSION}) to grade, print and render. The schema is documented in the site's results page.
 */
public final class ScenarioResult {

    /** The {@code format} field of every result file. */
    public static final String FORMAT = "frontrun-scenario-result";
    /** The {@code formatVersion} field; bumped on any incompatible change. */
    public static final int FORMAT_VERSION = 1;

    private final String scenarioClass;
    private final String description;
    private final Expect expect;
    private final String schedule;
    private final Map<String, Object> environment = new LinkedHashMap<>();
    private final List<StrategyResult> strategies = new ArrayList<>();

    /**
     * @param scenarioClass the scenario's class name
     * @param description its description
     * @param expect its declared outcome
     * @param schedule its marker schedule, or null
     */
    public ScenarioResult(String scenarioClass, String description, Expect expect, String schedule) {
        this.scenarioClass = scenarioClass;
        this.description = description;
        this.expect = expect;
        this.schedule = schedule;
    }

    /** @param key an environment fact (jdk, seed, database.provider...) @param value its value @return this */
    public ScenarioResult environment(String key, Object value) {
        environment.put(key, value);
        return this;
    }

    /** @param result one strategy's result @return this */
    public ScenarioResult add(StrategyResult result) {
        strategies.add(result);
        return this;
    }

    /** @return the strategies' results so far */
    public List<StrategyResult> strategies() {
        return strategies;
    }

    /** @return the grade of the results so far */
    public Grade grade() {
        return Grade.of(expect, strategies);
    }

    /** @return the JSON text */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("class", scenarioClass);
        scenario.put("name", scenarioClass.substring(scenarioClass.lastIndexOf('.') + 1));
        scenario.put("description", description);
        scenario.put("expect", expect.name());
        scenario.put("schedule", schedule);
        root.put("scenario", scenario);
        root.put("environment", environment);
        Grade grade = grade();
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("status", grade.status().name());
        g.put("passes", grade.status().passes());
        g.put("message", grade.message());
        root.put("grade", g);
        root.put("strategies", strategies.stream().map(StrategyResult::toMap).toList());
        return JsonWriter.write(root);
    }

    /**
     * Writes the JSON atomically (a temporary file renamed into place).
     *
     * @param file the target
     * @throws IOException when it cannot be written
     */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, toJson(), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
