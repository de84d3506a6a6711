package dev.frontrun.maven.internal.explore;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import dev.frontrun.internal.fork.ForkMain;
import dev.frontrun.internal.scenario.ScenarioTask;
import dev.frontrun.maven.internal.db.DatabaseException;
import dev.frontrun.maven.internal.db.DatabaseNames;
import dev.frontrun.maven.internal.db.PostgresEndpoint;
import dev.frontrun.maven.internal.db.PostgresProvider;
import dev.frontrun.maven.internal.db.PostgresProviders;
import dev.frontrun.maven.internal.fork.ForkOutcome;
import dev.frontrun.maven.internal.fork.ForkPool;
import dev.frontrun.maven.internal.fork.ForkRequest;
import dev.frontrun.maven.internal.fork.ForkSpec;
import dev.frontrun.maven.internal.report.ReportRenderer;
import dev.frontrun.maven.internal.report.ResultFiles;

/**
 * The explore goal's engine: finds the scenarios, starts PostgreSQL once, gives every scenario its own database and
 * its own JVM with the agent, saves each result before anything is rendered, then renders the reports.
 */
public final class ExploreEngine {

    private final ExploreOptions options;
    private final Consumer<String> log;

    /**
     * @param options what to do
     * @param log where progress lines go
     */
    public ExploreEngine(ExploreOptions options, Consumer<String> log) {
        this.options = options;
        this.log = log;
    }

    /**
     * @return every scenario's outcome, in class-name order (empty when there is no scenario)
     * @throws IOException when files cannot be read or written
     * @throws DatabaseException when PostgreSQL cannot be provided
     * @throws InterruptedException when the build is interrupted (forks are killed)
     */
    public List<ScenarioOutcome> run() throws IOException, DatabaseException, InterruptedException {
        List<String> scenarios = ScenarioScanner.scan(options.testClassesDir(), options.includes(), options.excludes());
        if (scenarios.isEmpty()) {
            log.accept("No race scenario found in " + options.testClassesDir() + " (classes annotated with"
                    + " @RaceScenario" + (options.includes().isEmpty() ? "" : " matching " + options.includes()) + ").");
            return List.of();
        }
        log.accept("Found " + scenarios.size() + " race scenario(s); seed " + options.runEntries().get("seed")
                + ", strategies " + options.runEntries().get("strategies") + ".");
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("seed", options.runEntries().get("seed"));
        run.put("strategies", options.runEntries().get("strategies"));
        run.put("started", java.time.Instant.now().toString());
        if (options.noDatabase()) {
            run.put("databaseProvider", "none");
            return forkAll(scenarios, null, run);
        }
        try (PostgresProvider provider = PostgresProviders.create(options.database(), log)) {
            long start = System.nanoTime();
            PostgresEndpoint admin = provider.start();
            log.accept("PostgreSQL ready in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + admin.describe());
            run.put("databaseProvider", admin.provider());
            run.put("databaseVersion", admin.serverVersion());
            return forkAll(scenarios, provider, run);
        }
    }

    private List<ScenarioOutcome> forkAll(List<String> scenarios, PostgresProvider provider, Map<String, Object> run)
            throws IOException, DatabaseException, InterruptedException {
        Path forkDir = options.resultsDir().resolve("forks");
        List<ForkRequest> requests = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            String scenario = scenarios.get(i);
            String id = DatabaseNames.forScenario(simple(scenario), i);
            Map<String, String> entries = new LinkedHashMap<>(options.runEntries());
            entries.put("scenario", scenario);
            entries.put("scenarioResult", options.resultsDir().resolve(scenario + ".json").toString());
            entries.put("sourceRoots", options.sourceRoots().stream().map(Path::toString)
                    .collect(Collectors.joining(File.pathSeparator)));
            if (provider != null) {
                PostgresEndpoint db = provider.createDatabase(id);
                entries.put("jdbc.url", db.jdbcUrl());
                entries.put("jdbc.user", db.user());
                entries.put("jdbc.password", db.password());
                entries.put("database.provider", db.provider());
                entries.put("database.version", db.serverVersion());
            }
            requests.add(new ForkRequest(id, ScenarioTask.class.getName(), entries));
        }
        ForkSpec spec = ForkSpec.builder(forkDir)
                .jvm(options.jvm())
                .agent(options.agentJar(), null)
                .argLine(options.argLine())
                .classPath(options.testClassPath())
                .mainClass(ForkMain.class.getName())
                .timeout(options.forkTimeout())
                .workingDirectory(options.workingDirectory())
                .build();
        List<ForkOutcome> forks = new ForkPool(spec, options.forkCount()).runAll(requests, this::progress);
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < forks.size(); i++) {
            ForkOutcome fork = forks.get(i);
            Map<String, Object> result = null;
            if (fork.status() == ForkOutcome.Status.COMPLETED) {
                result = ResultFiles.read(Path.of(fork.result().entries().get("scenarioResult")));
            }
            outcomes.add(new ScenarioOutcome(scenarios.get(i), fork, result));
        }
        ResultFiles.writeRun(options.resultsDir(), run);
        Path index = new ReportRenderer().render(options.resultsDir(), options.resultsDir());
        log.accept("Report: " + index);
        return outcomes;
    }

    private void progress(ForkOutcome fork) {
        if (fork.status() != ForkOutcome.Status.COMPLETED) {
            log.accept(fork.id() + ": " + fork.status() + " - " + fork.message());
            return;
        }
        try {
            ScenarioOutcome o = new ScenarioOutcome(fork.id(), fork,
                    ResultFiles.read(Path.of(fork.result().entries().get("scenarioResult"))));
            for (Map<String, Object> st : o.strategies()) {
                log.accept(String.format("%-40s %-8s %-12s %s", fork.id(), st.get("strategy"), st.get("verdict"),
                        Summaries.strategy(st)));
            }
            log.accept(String.format("%-40s => %s (%.1f s): %s", fork.id(), o.status(),
                    fork.elapsed().toMillis() / 1000.0, o.message()));
        } catch (IOException e) {
            log.accept(fork.id() + ": result unreadable: " + e.getMessage());
        }
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1).replace('$', '_');
    }
}
