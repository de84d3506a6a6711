package dev.frontrun.internal.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.frontrun.Verdict;
import dev.frontrun.internal.fork.DatabaseEndpoint;
import dev.frontrun.internal.fork.ForkConfiguration;
import dev.frontrun.internal.fork.ForkTask;
import dev.frontrun.internal.fork.ScenarioConfiguration;
import dev.frontrun.internal.result.Environment;
import dev.frontrun.internal.result.ScenarioResult;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.internal.source.SourceRoots;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.ScenarioContext;

/**
 * The fork task of the Maven plugin's explore goal ({@link ScenarioConfiguration#TASK}): runs one scenario and saves
 * its {@link ScenarioResult}. Reads a {@link ScenarioConfiguration} from the fork's entries.
 *
 * <p>Parts of the configuration are republished as system properties of the fork, for code that reads them there:
 * the source roots ({@code frontrun.sourceRoots}, for explanations), the classes to instrument
 * ({@code frontrun.include}, unless set on the command line, read by {@code ExplorationBuilder}), the database
 * ({@code frontrun.jdbc.url}, {@code .user}, {@code .password}, read by the database wait tracking and by
 * {@code ScenarioContext.fromSystemProperties()} in replay tests) and {@code frontrun.seed}.
 *
 * <p>Entries returned: {@code grade}, {@code passes}, {@code scenarioResult}.
 */
public final class ScenarioTask implements ForkTask {

    /** Creates the task (the fork instantiates it by name). */
    public ScenarioTask() {
    }

    @Override
    public Map<String, String> run(ForkConfiguration configuration) throws Exception {
        ScenarioConfiguration c = ScenarioConfiguration.from(configuration.entries());
        publish(c);
        DatabaseEndpoint db = c.database();
        ScenarioContext context = db == null ? new ScenarioContext(null, "postgres", "", c.settings().seed())
                : new ScenarioContext(db.jdbcUrl(), db.user(), db.password(), c.settings().seed());
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ScenarioResult result;
        try {
            LoadedScenario scenario = LoadedScenario.load(c.scenario(), loader);
            result = new ScenarioRunner(scenario, c.settings(), System.out).run(context);
        } catch (IllegalArgumentException e) {
            System.out.println("[frontrun] " + c.scenario() + ": could not be loaded: " + e.getMessage());
            result = notLoaded(c, loader, e.getMessage());
        }
        if (db != null && db.provider() != null) {
            result = result.withEnvironment(result.environment().withDatabase(db.provider(), db.version()));
        }
        result.write(c.resultFile());
        Map<String, String> out = new LinkedHashMap<>();
        out.put("grade", result.grade().status().name());
        out.put("passes", Boolean.toString(result.grade().passes()));
        out.put("scenarioResult", c.resultFile().toString());
        return out;
    }

    /** The result of a scenario that could not be loaded: graded ERROR, so that it is in the reports like the others. */
    private static ScenarioResult notLoaded(ScenarioConfiguration c, ClassLoader loader, String why) {
        RaceScenario declaration = null;
        try {
            declaration = Class.forName(c.scenario(), false, loader).getAnnotation(RaceScenario.class);
        } catch (ClassNotFoundException | LinkageError e) {
            // the message already says so
        }
        return ScenarioResult.builder(c.scenario(), declaration == null ? null : declaration.description(),
                declaration == null ? Expect.SAFE : declaration.expect(),
                declaration == null || declaration.schedule().isBlank() ? null : declaration.schedule())
                .environment(Environment.ofThisJvm(c.settings().seed(), Versions.frontrun()))
                .add(StrategyResult.builder("load").verdict(Verdict.ERROR, why).build())
                .build();
    }

    private static void publish(ScenarioConfiguration c) {
        if (!c.sourceRoots().isEmpty()) {
            System.setProperty(SourceRoots.PROPERTY, c.sourceRootPath());
        }
        if (c.include() != null && System.getProperty("frontrun.include") == null) {
            System.setProperty("frontrun.include", c.include());
        }
        DatabaseEndpoint db = c.database();
        if (db != null) {
            System.setProperty("frontrun.jdbc.url", db.jdbcUrl());
            System.setProperty("frontrun.jdbc.user", db.user());
            System.setProperty("frontrun.jdbc.password", db.password());
        }
        System.setProperty("frontrun.seed", Long.toString(c.settings().seed()));
    }
}
