package dev.frontrun.maven;

import java.util.Map;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import dev.frontrun.maven.internal.db.DatabaseException;
import dev.frontrun.maven.internal.db.DatabaseNames;
import dev.frontrun.maven.internal.db.PostgresEndpoint;
import dev.frontrun.maven.internal.db.PostgresProvider;
import dev.frontrun.maven.internal.db.PostgresProviders;
import dev.frontrun.maven.internal.db.PostgresSettings;

/**
 * Starts PostgreSQL for the project's own tests, through the same providers as {@code explore} ({@code auto},
 * {@code docker}, {@code embedded}, {@code external}), creates a fresh database on it and hands its JDBC URL, user and
 * password to the test JVMs: as {@code -Dfrontrun.jdbc.url/user/password} added to {@code argLine} (or
 * {@code frontrun.propertyName}) and as project properties. {@code stop-postgres} stops it; if the build ends before
 * (a failing test), it is stopped when Maven exits.
 */
@Mojo(name = "start-postgres", defaultPhase = LifecyclePhase.PROCESS_TEST_CLASSES, threadSafe = true)
public class StartPostgresMojo extends AbstractMojo {

    static final String CONTEXT_KEY = "frontrun.postgres";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** {@code auto} (Docker when an engine answers, else embedded), {@code docker}, {@code embedded} or {@code external}. */
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

    /** The property that receives the {@code -D} options; Surefire and Failsafe read {@code argLine}. */
    @Parameter(property = "frontrun.propertyName", defaultValue = "argLine")
    private String propertyName;

    /** Skips every frontrun goal. */
    @Parameter(property = "frontrun.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("frontrun: skipped (frontrun.skip).");
            return;
        }
        if ("none".equals(database)) {
            throw new MojoExecutionException("frontrun:start-postgres needs a database: frontrun.database is 'none';"
                    + " use auto, docker, embedded or external.");
        }
        PostgresSettings settings = PostgresSettings.defaults().withDatabase(database)
                .withExternal(jdbcUrl, jdbcUser, jdbcPassword).withDocker(dockerImage, dockerHost, true);
        PostgresProvider provider;
        PostgresEndpoint db;
        try {
            provider = PostgresProviders.create(settings, getLog()::info);
            provider.start();
            db = provider.createDatabase(DatabaseNames.forScenario("tests", 0));
        } catch (DatabaseException | RuntimeException e) {
            throw new MojoExecutionException("frontrun could not start PostgreSQL for the tests: " + e.getMessage(), e);
        }
        @SuppressWarnings("unchecked")
        Map<Object, Object> context = getPluginContext();
        context.put(CONTEXT_KEY, provider);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> StopPostgresMojo.close(provider),
                "frontrun-stop-postgres"));
        String options = "-Dfrontrun.jdbc.url=" + db.jdbcUrl() + " -Dfrontrun.jdbc.user=" + db.user()
                + " -Dfrontrun.jdbc.password=" + db.password();
        String earlier = project.getProperties().getProperty(propertyName);
        project.getProperties().setProperty(propertyName, earlier == null || earlier.isBlank() ? options
                : earlier + " " + options);
        project.getProperties().setProperty("frontrun.jdbc.url", db.jdbcUrl());
        project.getProperties().setProperty("frontrun.jdbc.user", db.user());
        project.getProperties().setProperty("frontrun.jdbc.password", db.password());
        getLog().info("frontrun: PostgreSQL for the tests (" + db.provider() + ") at " + db.jdbcUrl()
                + "; passed to the tests through " + propertyName);
    }
}
