package dev.frontrun.maven.internal.db;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;

/**
 * One Postgres container: created on the host network with Postgres on {@code 127.0.0.1:<port>}, labelled, and
 * removed by {@link #remove()} or, if the JVM exits first, by a shutdown hook.
 */
final class PostgresContainer {

    static final String PASSWORD = "frontrun";
    static final String USER = "postgres";

    private final DockerClient client;
    private final String id;
    private final int port;
    private final Thread removeOnExit;
    private boolean removed;

    private PostgresContainer(DockerClient client, String id, int port) {
        this.client = client;
        this.id = id;
        this.port = port;
        this.removeOnExit = new Thread(this::removeQuietly, "frontrun-remove-" + ContainerReaper.shortId(id));
        Runtime.getRuntime().addShutdownHook(removeOnExit);
    }

    /** Creates (not starts) the container; its removal is guaranteed from here on. */
    static PostgresContainer create(DockerClient client, String image, int port, DockerSession session,
            Map<String, String> serverSettings) {
        List<String> command = new ArrayList<>(List.of("postgres",
                "-c", "listen_addresses=127.0.0.1", "-c", "port=" + port));
        serverSettings.forEach((name, value) -> {
            command.add("-c");
            command.add(name + "=" + value);
        });
        String id = client.createContainerCmd(image)
                .withName("frontrun-postgres-" + session.id() + "-" + port)
                .withLabels(session.labels())
                .withEnv("POSTGRES_PASSWORD=" + PASSWORD, "POSTGRES_USER=" + USER, "POSTGRES_DB=postgres",
                        "POSTGRES_INITDB_ARGS=--no-sync")
                .withCmd(command)
                .withHostConfig(HostConfig.newHostConfig()
                        .withNetworkMode("host")
                        .withShmSize(256L * 1024 * 1024))
                .exec()
                .getId();
        return new PostgresContainer(client, id, port);
    }

    String id() {
        return id;
    }

    int port() {
        return port;
    }

    void start() {
        client.startContainerCmd(id).exec();
    }

    /** Whether the container still runs; when not, {@link #exitDescription()} says how it ended. */
    boolean running() {
        InspectContainerResponse.ContainerState state = client.inspectContainerCmd(id).exec().getState();
        return Boolean.TRUE.equals(state.getRunning());
    }

    String exitDescription() {
        InspectContainerResponse.ContainerState state = client.inspectContainerCmd(id).exec().getState();
        return "status " + state.getStatus() + ", exit code " + state.getExitCodeLong()
                + (state.getError() == null || state.getError().isEmpty() ? "" : ", error " + state.getError());
    }

    /** The last lines of the container's output, for error messages; never throws. */
    String logTail(int lines) {
        StringBuilder out = new StringBuilder();
        try {
            client.logContainerCmd(id).withStdOut(true).withStdErr(true).withTail(lines)
                    .exec(new ResultCallback.Adapter<Frame>() {
                        @Override
                        public void onNext(Frame frame) {
                            synchronized (out) {
                                out.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                            }
                        }
                    })
                    .awaitCompletion(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            return "(no logs: " + e.getMessage() + ")";
        }
        synchronized (out) {
            return out.toString().strip();
        }
    }

    /** Removes the container (and its anonymous volumes); idempotent, never throws. */
    void remove() {
        removeQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(removeOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs (or ran) and finds the container gone
        }
    }

    private synchronized void removeQuietly() {
        if (removed) {
            return;
        }
        try {
            client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
            removed = true;
        } catch (NotFoundException e) {
            removed = true;
        } catch (RuntimeException e) {
            System.err.println("frontrun: could not remove container " + id + ": " + e.getMessage()
                    + " (remove it with: docker rm -f " + id + ")");
        }
    }
}
