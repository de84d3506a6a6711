package dev.frontrun.maven.internal.db;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the providers need, as the mojo's parameters give it (immutable; change it with the {@code with...}
 * methods).
 *
 * @param database the provider name: {@code auto}, {@code docker}, {@code embedded} or {@code external}
 * @param jdbcUrl the external server's JDBC URL ({@code external} only)
 * @param jdbcUser the external server's user
 * @param jdbcPassword the external server's password
 * @param dockerImage the Postgres image; the official image's contract (POSTGRES_PASSWORD etc.) is expected
 * @param dockerHost the engine to use, or {@code null} for DOCKER_HOST and docker-java's defaults
 * @param pullImage whether the docker provider pulls a missing image (otherwise it fails with advice)
 * @param startupTimeout how long the server may take to answer {@code SELECT 1}
 * @param probeTimeout how long {@code auto} waits for the Docker engine to answer a ping
 * @param serverSettings the server settings ({@code -c name=value}) the harness wants: fsync off, more connections
 */
public record PostgresSettings(String database, String jdbcUrl, String jdbcUser, String jdbcPassword,
        String dockerImage, String dockerHost, boolean pullImage, Duration startupTimeout, Duration probeTimeout,
        Map<String, String> serverSettings) {

    /** The official image, pinned. */
    public static final String DEFAULT_IMAGE = "postgres:17.6";

    /** Copies the settings map and checks required components. */
    public PostgresSettings {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(dockerImage, "dockerImage");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        Objects.requireNonNull(probeTimeout, "probeTimeout");
        serverSettings = Map.copyOf(serverSettings);
    }

    /**
     * The defaults: {@code auto}, {@link #DEFAULT_IMAGE}, pull allowed, 60 s startup, 3 s probe, and server settings
     * for a throw-away test server.
     *
     * @return default settings
     */
    public static PostgresSettings defaults() {
        Map<String, String> server = new LinkedHashMap<>();
        server.put("fsync", "off");
        server.put("synchronous_commit", "off");
        server.put("full_page_writes", "off");
        server.put("max_connections", "300");
        return new PostgresSettings("auto", null, null, null, DEFAULT_IMAGE, null, true, Duration.ofSeconds(60),
                Duration.ofSeconds(3), server);
    }

    /**
     * Returns a copy with another provider.
     *
     * @param value the provider name
     * @return the copy
     */
    public PostgresSettings withDatabase(String value) {
        return new PostgresSettings(value, jdbcUrl, jdbcUser, jdbcPassword, dockerImage, dockerHost, pullImage,
                startupTimeout, probeTimeout, serverSettings);
    }

    /**
     * Returns a copy with the external server's coordinates.
     *
     * @param url the JDBC URL
     * @param user the user
     * @param password the password
     * @return the copy
     */
    public PostgresSettings withExternal(String url, String user, String password) {
        return new PostgresSettings(database, url, user, password, dockerImage, dockerHost, pullImage,
                startupTimeout, probeTimeout, serverSettings);
    }

    /**
     * Returns a copy with other Docker settings.
     *
     * @param image the Postgres image
     * @param host the engine, or {@code null} for DOCKER_HOST
     * @param pull whether to pull a missing image
     * @return the copy
     */
    public PostgresSettings withDocker(String image, String host, boolean pull) {
        return new PostgresSettings(database, jdbcUrl, jdbcUser, jdbcPassword, image, host, pull,
                startupTimeout, probeTimeout, serverSettings);
    }

    /**
     * Returns a copy with other timeouts.
     *
     * @param startup the startup timeout
     * @param probe the Docker probe timeout
     * @return the copy
     */
    public PostgresSettings withTimeouts(Duration startup, Duration probe) {
        return new PostgresSettings(database, jdbcUrl, jdbcUser, jdbcPassword, dockerImage, dockerHost, pullImage,
                startup, probe, serverSettings);
    }
}
