package dev.frontrun.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import dev.frontrun.internal.fork.RunSettings;
import dev.frontrun.maven.internal.db.DatabaseException;
import dev.frontrun.maven.internal.db.PostgresSettings;
import dev.frontrun.maven.internal.explore.Enforcement;
import dev.frontrun.maven.internal.explore.ExploreEngine;
import dev.frontrun.maven.internal.explore.ExploreOptions;
import dev.frontrun.maven.internal.explore.ProjectPackages;
import dev.frontrun.maven.internal.explore.ScenarioOutcome;
import dev.frontrun.maven.internal.explore.Shard;
import dev.frontrun.maven.internal.fork.AgentJar;

/**
 * Explores every race scenario of the project ({@code @RaceScenario} classes among the test classes) against a real
 * PostgreSQL, each in its own JVM with the frontrun agent and its own database; saves the results under
 * {@code target/frontrun/}, renders the report, and fails the build when a scenario is not as declared.
 */
@Mojo(name = "explore", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public class ExploreMojo extends RunParametersMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin.artifactMap}", readonly = true, required = true)
    private Map<String, Artifact> pluginArtifactMap;

    /** Skips the goal. */
    @Parameter(property = "frontrun.skip", defaultValue = "false")
    private boolean skip;

    /** Skips the goal along with the tests. */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    /** Fails the build when a scenario is not as declared; false only warns. */
    @Parameter(property = "frontrun.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** {@code auto} (Docker when an engine answers, else embedded), {@code docker}, {@code embedded}, {@code external}, or {@code none}. */
    @Parameter(property = "frontrun.database", defaultValue = "auto")
    private String database;

    /** JDBC URL of an external PostgreSQL (with {@code frontrun.database=external}). */
    @Parameter(property = "frontrun.jdbc.url")
    private String jdbcUrl;

    /** User of the external PostgreSQL. */
    @Parameter(property = "frontrun.jdbc.user", defaultValue = "postgres")
    private String jdbcUser;

    /** Password of the external PostgreSQL. */
    @Parameter(property = "frontrun.jdbc.password", defaultValue = "")
    private String jdbcPassword;

    /** The PostgreSQL image for the Docker provider. */
    @Parameter(property = "frontrun.docker.image", defaultValue = PostgresSettings.DEFAULT_IMAGE)
    private String dockerImage;

    /** The Docker engine (default: DOCKER_HOST, else the local socket). */
    @Parameter(property = "frontrun.docker.host")
    private String dockerHost;

    /** Scenario class globs to run (comma-separated); a glob without a dot matches the simple name. */
    @Parameter(property = "frontrun.includes")
    private List<String> includes;

    /** Scenario class globs to leave out. */
    @Parameter(property = "frontrun.excludes")
    private List<String> excludes;

    /** Scenario JVMs at once; 0 means one per core. */
    @Parameter(property = "frontrun.forkCount", defaultValue = "0")
    private int forkCount;

    /** Time limit of one scenario JVM, in seconds. */
    @Parameter(property = "frontrun.timeout", defaultValue = "900")
    private int timeout;

    /** The java executable of the scenario JVMs (default: the one running Maven). */
    @Parameter(property = "frontrun.jvm")
    private String jvm;

    /** Extra arguments of the scenario JVMs. */
    @Parameter(property = "argLine")
    private String argLine;

    /** The modules of this build: their classes are the application's, observed like the project's own. */
    @Parameter(defaultValue = "${reactorProjects}", readonly = true, required = true)
    private List<MavenProject> reactorProjects;

    /**
     * Library classes to observe besides the application's own (the project's and the reactor's classes are always
     * observed): comma-separated globs, {@code *} crosses packages; default: the project's own packages.
     */
    @Parameter(property = "frontrun.include")
    private String include;

    /**
     * Runs one CI shard, {@code K/N} (K from 1 to N): the scenarios whose class name hashes to K of N, so that N
     * machines given 1/N to N/N run every scenario once. Default: every scenario.
     */
    @Parameter(property = "frontrun.shard")
    private String shard;

    /** Where results and reports go. */
    @Parameter(property = "frontrun.resultsDirectory", defaultValue = "${project.build.directory}/frontrun")
    private File resultsDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipTests) {
            getLog().info("frontrun: skipped (" + (skip ? "frontrun.skip" : "skipTests") + ").");
            return;
        }
        ExploreOptions options = options();
        List<ScenarioOutcome> outcomes;
        ExploreEngine engine = new ExploreEngine(options, getLog()::info);
        try {
            outcomes = engine.run();
        } catch (DatabaseException e) {
            throw new MojoExecutionException("frontrun could not provide PostgreSQL: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("frontrun was interrupted; its scenario JVMs were stopped.", e);
        } catch (java.io.IOException e) {
            throw new MojoExecutionException("frontrun failed to read or write its files: " + e.getMessage(), e);
        }
        if (outcomes.isEmpty()) {
            String why = engine.noScenarioReason();
            if (why == null) {
                return; // a shard without scenarios, said by the engine: the other shards run them
            }
            if (includes != null && !includes.isEmpty()) {
                throw new MojoFailureException(why + " frontrun.includes was set, so a run without scenarios is a"
                        + " failure, not a green build.");
            }
            getLog().warn(why);
            return;
        }
        String errors = Enforcement.harnessErrors(outcomes);
        if (errors != null) {
            throw new MojoExecutionException(errors);
        }
        String findings = Enforcement.findings(outcomes, resultsDirectory.getPath());
        if (findings != null) {
            if (failOnViolation) {
                throw new MojoFailureException(findings);
            }
            getLog().warn(findings);
        }
    }

    private ExploreOptions options() throws MojoExecutionException {
        Shard part;
        try {
            part = Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        RunSettings settings = runSettings();
        String classes;
        try {
            classes = include != null && !include.isBlank() ? include : ProjectPackages.globs(List.of(
                    Path.of(project.getBuild().getOutputDirectory()),
                    Path.of(project.getBuild().getTestOutputDirectory())));
        } catch (java.io.IOException e) {
            throw new MojoExecutionException("Cannot list the project's classes: " + e.getMessage(), e);
        }
        List<String> known = List.of("auto", "docker", "embedded", "external", "none");
        if (!known.contains(database)) {
            throw new MojoExecutionException("Bad frontrun.database '" + database + "': use one of " + known + ".");
        }
        if ("external".equals(database) && (jdbcUrl == null || jdbcUrl.isBlank())) {
            throw new MojoExecutionException("frontrun.database=external needs -Dfrontrun.jdbc.url=jdbc:postgresql://"
                    + "127.0.0.1:5432/db (and frontrun.jdbc.user / frontrun.jdbc.password).");
        }
        PostgresSettings db = PostgresSettings.defaults().withDatabase(database)
                .withExternal(jdbcUrl, jdbcUser, jdbcPassword).withDocker(dockerImage, dockerHost, true);
        List<Path> classPath = new ArrayList<>();
        try {
            for (String element : project.getTestClasspathElements()) {
                classPath.add(Path.of(element));
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The test class path is not resolved: " + e.getMessage(), e);
        }
        if (project.getArtifactMap().get(AgentJar.RUNTIME_KEY) == null) {
            throw new MojoExecutionException("The project does not depend on " + AgentJar.RUNTIME_KEY + ": add it with"
                    + " <scope>test</scope> so that scenarios can implement dev.frontrun.scenario.Scenario.");
        }
        List<Path> sources = new ArrayList<>();
        project.getCompileSourceRoots().forEach(s -> sources.add(Path.of(s)));
        project.getTestCompileSourceRoots().forEach(s -> sources.add(Path.of(s)));
        int forks = forkCount > 0 ? forkCount : Runtime.getRuntime().availableProcessors();
        if (timeout < 1) {
            throw new MojoExecutionException("frontrun.timeout must be at least 1 second, got " + timeout + ".");
        }
        List<Path> reactor = new ArrayList<>();
        for (MavenProject p : reactorProjects == null ? List.<MavenProject>of() : reactorProjects) {
            if (p != project) {
                reactor.add(Path.of(p.getBuild().getOutputDirectory()));
                if (p.getArtifact() != null && p.getArtifact().getFile() != null) {
                    reactor.add(p.getArtifact().getFile().toPath());
                }
            }
        }
        return new ExploreOptions(Path.of(project.getBuild().getTestOutputDirectory()), classPath, reactor, sources,
                AgentJar.find(pluginArtifactMap), resultsDirectory.toPath(), orEmpty(includes), orEmpty(excludes), db,
                settings, classes, forks, Duration.ofSeconds(timeout), jvm, argLine, project.getBasedir().toPath(),
                part);
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
