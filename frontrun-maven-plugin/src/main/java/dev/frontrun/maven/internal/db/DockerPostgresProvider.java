package dev.frontrun.maven.internal.db;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;

/**
 * Runs PostgreSQL in a Docker container through docker-java: the official {@code postgres} image (pinned, or
 * {@code frontrun.docker.image}), on the host network with Postgres listening on {@code 127.0.0.1:<free port>},
 * labelled, checked by a real {@code SELECT 1}, and always removed. Before starting it reaps containers that crashed
 * earlier runs left behind.
 *
 * <p>Any image that follows the official image's contract works: {@code POSTGRES_PASSWORD}, {@code POSTGRES_USER},
 * {@code POSTGRES_DB}, {@code POSTGRES_INITDB_ARGS} in the environment and {@code postgres -c ...} as command
 * (docker/local-postgres-image.sh builds such an image without a registry).
 */
public final class DockerPostgresProvider implements PostgresProvider {

    private static final Duration REAP_FOREIGN_AFTER = Duration.ofHours(12);

    private final PostgresSettings settings;
    private final Consumer<String> log;
    private DockerClient client;
    private PostgresContainer container;
    private PostgresEndpoint endpoint;

    /**
     * Creates the provider; nothing talks to Docker before {@link #start()}.
     *
     * @param settings image, engine, pull policy, startup timeout and server settings
     * @param log where progress lines go
     */
    public DockerPostgresProvider(PostgresSettings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    @Override
    public String name() {
        return "docker";
    }

    @Override
    public synchronized PostgresEndpoint start() throws DatabaseException {
        if (endpoint != null) {
            return endpoint;
        }
        long started = System.nanoTime();
        String image = settings.dockerImage();
        String host = DockerClients.describe(settings.dockerHost());
        try {
            client = DockerClients.create(settings.dockerHost(), Duration.ofSeconds(5), Duration.ofSeconds(60));
            client.pingCmd().exec();
        } catch (RuntimeException e) {
            close();
            throw new DatabaseException("No Docker engine answers at " + host + ": " + e.getMessage() + ". Start"
                    + " Docker, or point DOCKER_HOST (or frontrun.docker.host) at a running engine; or run without"
                    + " Docker: -Dfrontrun.database=embedded.", e);
        }
        try {
            ContainerReaper.reap(client, DockerSession.current(), REAP_FOREIGN_AFTER, log);
            ensureImage(image, host);
            container = PostgresContainer.create(client, image, freePort(), DockerSession.current(),
                    settings.serverSettings());
            container.start();
            endpoint = awaitReady(container);
        } catch (DatabaseException e) {
            close();
            throw e;
        } catch (RuntimeException e) {
            String logs = container == null ? "" : "\nLast lines of the container's log:\n" + container.logTail(30);
            close();
            throw new DatabaseException("Docker could not run PostgreSQL from image " + image + " on " + host + ": "
                    + e.getMessage() + logs + "\nCheck the engine's state (docker info) or use"
                    + " -Dfrontrun.database=embedded.", e);
        }
        log.accept("frontrun: docker PostgreSQL " + endpoint.serverVersion() + " (image " + image + ", container "
                + ContainerReaper.shortId(container.id()) + ") on 127.0.0.1:" + container.port() + " ready in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return endpoint;
    }

    private void ensureImage(String image, String host) throws DatabaseException {
        try {
            client.inspectImageCmd(image).exec();
            return;
        } catch (NotFoundException e) {
            if (!settings.pullImage()) {
                throw missingImage(image, host, "it is not present and pulling is off", e);
            }
        }
        log.accept("frontrun: pulling " + image + " (not present on " + host + ")");
        try {
            if (!client.pullImageCmd(image).exec(new PullImageResultCallback()).awaitCompletion(10, TimeUnit.MINUTES)) {
                throw missingImage(image, host, "the pull did not finish within 10 minutes", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw missingImage(image, host, "the pull was interrupted", e);
        } catch (RuntimeException e) {
            throw missingImage(image, host, "the pull failed: " + e.getMessage(), e);
        }
    }

    private static DatabaseException missingImage(String image, String host, String why, Throwable cause) {
        return new DatabaseException("The Postgres image " + image + " is not available on the Docker engine at "
                + host + " (" + why + "). Pull it (docker pull " + image + "), choose another image with"
                + " -Dfrontrun.docker.image=<image> (any image following the official postgres image's contract;"
                + " docker/local-postgres-image.sh builds one without a registry), or run without Docker:"
                + " -Dfrontrun.database=embedded.", cause);
    }

    private PostgresEndpoint awaitReady(PostgresContainer pg) throws DatabaseException {
        String url = JdbcUrls.loopback(pg.port(), "postgres");
        long deadline = System.nanoTime() + settings.startupTimeout().toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!pg.running()) {
                throw notReady(pg, "the container stopped (" + pg.exitDescription() + ")", null);
            }
            try {
                String version = Jdbc.probe(url, PostgresContainer.USER, PostgresContainer.PASSWORD,
                        Duration.ofSeconds(2));
                return new PostgresEndpoint(name(), url, PostgresContainer.USER, PostgresContainer.PASSWORD,
                        "postgres", version);
            } catch (SQLException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw notReady(pg, "interrupted while waiting", e);
            }
        }
        throw notReady(pg, "SELECT 1 on " + url + " did not succeed within " + settings.startupTimeout().toSeconds()
                + " s (last error: " + (last == null ? "none" : last.getMessage()) + ")", last);
    }

    private DatabaseException notReady(PostgresContainer pg, String what, Throwable cause) {
        return new DatabaseException("PostgreSQL in container " + ContainerReaper.shortId(pg.id()) + " (image "
                + settings.dockerImage() + ") did not become ready: " + what + ". Check that the image follows the"
                + " official postgres image's contract (POSTGRES_PASSWORD, 'postgres -c ...' arguments), that port "
                + pg.port() + " on 127.0.0.1 is free, and the engine's resources (CPU, memory); or use"
                + " -Dfrontrun.database=embedded."
                + "\nLast lines of the container's log:\n" + pg.logTail(30), cause);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized PostgresEndpoint endpoint() {
        if (endpoint == null) {
            throw new IllegalStateException("the docker PostgreSQL is not started");
        }
        return endpoint;
    }

    /**
     * Returns the id of the running container, for diagnostics and tests.
     *
     * @return the container id, or {@code null} when none runs
     */
    public synchronized String containerId() {
        return container == null ? null : container.id();
    }

    @Override
    public synchronized void close() {
        endpoint = null;
        if (container != null) {
            container.remove();
            container = null;
        }
        if (client != null) {
            try {
                client.close();
            } catch (IOException e) {
                // nothing left to release
            }
            client = null;
        }
    }
}
