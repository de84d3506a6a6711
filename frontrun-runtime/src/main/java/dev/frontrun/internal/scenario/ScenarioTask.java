package dev.frontrun.internal.scenario;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.frontrun.internal.fork.ForkConfiguration;
import dev.frontrun.internal.fork.ForkTask;
import dev.frontrun.internal.source.SourceRoots;
import dev.frontrun.internal.result.ScenarioResult;
import dev.frontrun.scenario.ScenarioContext;

/**
 * The fork task of the Maven plugin's explore goal: runs one scenario and saves its {@link ScenarioResult}.
 *
 * <p>Entries read: {@code scenario} (class name), {@code scenarioResult} (where the JSON goes), {@code jdbc.url},
 * {@code jdbc.user}, {@code jdbc.password} (absent without a database), {@code sourceRoots}, {@code include} (class
 * globs to instrument, the project's own packages), and the
 * {@link RunSettings} entries. Entries returned: {@code grade}, {@code passes}, {@code scenarioResult}.
 */
public final class ScenarioTask implements ForkTask {

    /** Creates the task (the fork instantiates it by name). */
    public ScenarioTask() {
    }

    @Override
    public Map<String, String> run(ForkConfiguration configuration) throws Exception {
        Map<String, String> e = configuration.entries();
        String sourceRoots = e.get("sourceRoots");
        if (sourceRoots != null) {
            System.setProperty(SourceRoots.PROPERTY, sourceRoots);
        }
        String include = e.get("include");
        if (include != null && System.getProperty("frontrun.include") == null) {
            System.setProperty("frontrun.include", include);
        }
        RunSettings settings = RunSettings.from(e);
        String url = e.get("jdbc.url");
        ScenarioContext context = new ScenarioContext(url, e.getOrDefault("jdbc.user", "postgres"),
                e.getOrDefault("jdbc.password", ""), settings.seed());
        if (url != null) {
            System.setProperty("frontrun.jdbc.url", url);
            System.setProperty("frontrun.jdbc.user", context.jdbcUser());
            System.setProperty("frontrun.jdbc.password", context.jdbcPassword());
        }
        System.setProperty("frontrun.seed", Long.toString(settings.seed()));
        LoadedScenario scenario = LoadedScenario.load(configuration.entry("scenario"),
                Thread.currentThread().getContextClassLoader());
        ScenarioResult result = new ScenarioRunner(scenario, settings, System.out).run(context);
        if (e.containsKey("database.provider")) {
            result.environment("databaseProvider", e.get("database.provider"))
                    .environment("databaseVersion", e.get("database.version"));
        }
        Path file = Path.of(configuration.entry("scenarioResult"));
        result.write(file);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("grade", result.grade().status().name());
        out.put("passes", Boolean.toString(result.grade().status().passes()));
        out.put("scenarioResult", file.toString());
        return out;
    }
}
