package dev.frontrun.maven.internal.explore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.frontrun.internal.fork.DatabaseEndpoint;
import dev.frontrun.internal.fork.ForkMain;
import dev.frontrun.internal.fork.RunSettings;
import dev.frontrun.internal.fork.ScenarioConfiguration;
import dev.frontrun.internal.fork.StartupArchive;
import dev.frontrun.internal.result.ResultFiles;
import dev.frontrun.internal.result.RunDescription;
import dev.frontrun.internal.result.ScenarioResult;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.maven.internal.db.DatabaseException;
import dev.frontrun.maven.internal.db.DatabaseNames;
import dev.frontrun.maven.internal.db.PostgresEndpoint;
import dev.frontrun.maven.internal.db.PostgresProvider;
import dev.frontrun.maven.internal.db.PostgresProviders;
import dev.frontrun.maven.internal.fork.ForkOutcome;
import dev.frontrun.maven.internal.fork.ForkPool;
import dev.frontrun.maven.internal.fork.ForkRequest;
import dev.frontrun.maven.internal.fork.ForkSpec;
import dev.frontrun.maven.internal.fork.JavaExecutable;
import dev.frontrun.maven.internal.report.ReportRenderer;

/**
 * The explore goal's engine: finds the scenarios, starts PostgreSQL once, gives every scenario its own database and
 * its own JVM with the agent, saves each result before anything is rendered, then renders the reports.
 */
public final class ExploreEngine {

    private static final int EXPLANATION_LINES = 8;

    private final ExploreOptions options;
    private final Consumer<String> log;
    private String noScenarioReason;

    /**
     * @param options what to do
     * @param log where progress lines go
     */
    public ExploreEngine(ExploreOptions options, Consumer<String> log) {
        this.options = options;
        this.log = log;
    }

    /** @return after a {@link #run()} that found no scenario, why (what to do), else null */
    public String noScenarioReason() {
        return noScenarioReason;
    }

    /**
     * @return every scenario's outcome, in class-name order (empty when there is no scenario)
     * @throws IOException when files cannot be read or written
     * @throws DatabaseException when PostgreSQL cannot be provided
     * @throws InterruptedException when the build is interrupted (forks are killed)
     */
    public List<ScenarioOutcome> run() throws IOException, DatabaseException, InterruptedException {
        StaleResults.clear(options.resultsDir());
        List<String> found = ScenarioScanner.scan(options.testClassesDir(), options.includes(), options.excludes());
        if (found.isEmpty()) {
            noScenarioReason = ScenarioScanner.whyNone(options.testClassesDir(), options.includes(),
                    options.excludes());
            return List.of();
        }
        Shard shard = options.shard();
        List<String> scenarios = shard.select(found);
        RunSettings settings = options.settings();
        RunDescription run = new RunDescription(settings.seed(), settings.strategyList(),
                java.time.Instant.now().toString(), null, null, shard.all() ? null : shard.toString());
        log.accept("Found " + found.size() + " race scenario(s)" + ShardLines.found(shard, scenarios.size())
                + "; seed " + settings.seed() + ", strategies " + settings.strategyList() + ".");
        if (scenarios.isEmpty()) {
            // still a run: its description and an empty report say which shard it was
            ResultFiles.writeRun(options.resultsDir(), run);
            new ReportRenderer().render(options.resultsDir(), options.resultsDir());
            log.accept(ShardLines.none(shard, found.size()));
            return List.of();
        }
        if (options.noDatabase()) {
            return forkAll(scenarios, null, run.withDatabase("none", null));
        }
        try (PostgresProvider provider = PostgresProviders.create(options.database(), log)) {
            long start = System.nanoTime();
            PostgresEndpoint admin = provider.start();
            log.accept("PostgreSQL ready in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + admin.describe());
            return forkAll(scenarios, provider, run.withDatabase(admin.provider(), admin.serverVersion()));
        }
    }

    private List<ScenarioOutcome> forkAll(List<String> scenarios, PostgresProvider provider, RunDescription run)
            throws IOException, DatabaseException, InterruptedException {
        Path forkDir = options.resultsDir().resolve("forks");
        List<ForkRequest> requests = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            String scenario = scenarios.get(i);
            String id = DatabaseNames.forScenario(simple(scenario), i);
            DatabaseEndpoint database = null;
            if (provider != null) {
                PostgresEndpoint db = provider.createDatabase(id);
                database = new DatabaseEndpoint(db.jdbcUrl(), db.user(), db.password(), db.provider(),
                        db.serverVersion());
            }
            ScenarioConfiguration configuration = new ScenarioConfiguration(scenario, resultFile(scenario),
                    options.sourceRoots(), options.include(), database, options.settings());
            requests.add(new ForkRequest(id, ScenarioConfiguration.TASK, configuration.entries()));
        }
        ForkSpec.Builder forkSpec = ForkSpec.builder(forkDir);
        if (options.argLine() == null || !options.argLine().contains("-Djava.io.tmpdir")) {
            // the scenario JVMs' temporary files (the agent's bridge jar, the code's own) stay under target/, also
            // when a JVM is killed before it can delete them
            Path tmp = java.nio.file.Files.createDirectories(forkDir.resolve("tmp"));
            forkSpec.systemProperty("java.io.tmpdir", tmp.toAbsolutePath().toString());
        }
        // the agent's bridge on -Xbootclasspath/a and a class data sharing archive, made once per build: a faster
        // start; the archive needs the agent jar first on the class path, and the user's argLine comes after
        StartupArchive startup = StartupArchive.prepare(JavaExecutable.resolve(options.jvm()), options.agentJar(),
                options.resultsDir().resolve("startup"), List.of(), log);
        ForkSpec spec = forkSpec
                .jvm(options.jvm())
                .agent(options.agentJar(), null)
                .jvmArguments(startup.jvmArguments())
                .argLine(options.argLine())
                .classPath(List.of(options.agentJar()))
                .classPath(options.testClassPath())
                .systemProperty(ScenarioConfiguration.APPLICATION_PATHS, options.applicationPaths().stream().map(Path::toString)
                        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator)))
                .mainClass(ForkMain.class.getName())
                .timeout(options.forkTimeout())
                .workingDirectory(options.workingDirectory())
                .build();
        Map<String, String> idToScenario = new HashMap<>();
        for (int i = 0; i < scenarios.size(); i++) {
            idToScenario.put(requests.get(i).id(), scenarios.get(i));
        }
        List<ForkOutcome> forks = new ForkPool(spec, options.forkCount(), log)
                .runAll(requests, fork -> progress(fork, idToScenario.get(fork.id())));
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < forks.size(); i++) {
            ForkOutcome fork = forks.get(i);
            ScenarioResult result = null;
            if (fork.status() == ForkOutcome.Status.COMPLETED) {
                result = ResultFiles.read(resultFile(scenarios.get(i)));
            } else {
                // the report shows it too, as an error with the reason
                ForkFailures.result(scenarios.get(i), fork, options.testClassPath(), run.seed())
                        .write(resultFile(scenarios.get(i)));
            }
            outcomes.add(new ScenarioOutcome(scenarios.get(i), fork, result));
        }
        ResultFiles.writeRun(options.resultsDir(), run);
        Path index = new ReportRenderer().render(options.resultsDir(), options.resultsDir());
        log.accept("Report: " + index + ShardLines.report(run.shard()));
        return outcomes;
    }

    /** Where the scenario's JVM saves its result: told in its configuration, read back from there. */
    private Path resultFile(String scenario) {
        return options.resultsDir().resolve(scenario + ".json");
    }

    private void progress(ForkOutcome fork, String scenario) {
        if (fork.status() != ForkOutcome.Status.COMPLETED) {
            log.accept(fork.id() + ": " + fork.status() + " - " + fork.message());
            return;
        }
        try {
            ScenarioOutcome o = new ScenarioOutcome(fork.id(), fork, ResultFiles.read(resultFile(scenario)));
            for (StrategyResult st : o.strategies()) {
                log.accept(String.format("%-40s %-8s %-12s %s", fork.id(), st.strategy(), st.verdict(),
                        Summaries.strategy(st)));
            }
            log.accept(String.format("%-40s => %s (%.1f s): %s", fork.id(), o.status(),
                    fork.elapsed().toMillis() / 1000.0, o.message()));
            for (StrategyResult st : o.strategies()) {
                if (st.explanation() != null && st.counterexample() != null) {
                    log.accept(fork.id() + ": " + st.strategy() + " found:");
                    st.explanation().lines().limit(EXPLANATION_LINES).forEach(l -> log.accept("    " + l));
                    log.accept("  replay schedule: " + st.counterexample());
                    break;
                }
            }
        } catch (IOException e) {
            log.accept(fork.id() + ": result unreadable: " + e.getMessage());
        }
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1).replace('$', '_');
    }
}
