package dev.frontrun.maven.internal.db;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Version;

/** A cheap "is a Docker engine there?" check: a ping and a version call, bounded by a timeout. */
final class DockerProbe {

    /**
     * What the probe found.
     *
     * @param available whether the engine answered
     * @param host the engine address that was asked
     * @param detail the engine version when it answered, else why not
     */
    record Result(boolean available, String host, String detail) {
    }

    private DockerProbe() {
    }

    /**
     * Pings the engine. Only the ping counts against {@code timeout}: creating the client (class loading, which is slow
     * on a busy machine) happens before, and the version, asked for the message only, gets a few seconds more.
     */
    static Result probe(String dockerHost, Duration timeout) {
        String host = DockerClients.describe(dockerHost);
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "frontrun-docker-probe");
            t.setDaemon(true);
            return t;
        });
        DockerClient client = null;
        try {
            client = DockerClients.create(dockerHost, timeout, timeout);
            DockerClient engine = client;
            executor.submit(() -> engine.pingCmd().exec()).get(timeout.toMillis() + 250, TimeUnit.MILLISECONDS);
            String detail;
            try {
                Version v = executor.submit(() -> engine.versionCmd().exec()).get(5, TimeUnit.SECONDS);
                detail = "Docker " + v.getVersion() + ", API " + v.getApiVersion();
            } catch (ExecutionException | TimeoutException e) {
                detail = "ping answered";
            }
            return new Result(true, host, detail);
        } catch (TimeoutException e) {
            return new Result(false, host, "no answer to a ping within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            return new Result(false, host, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, host, "interrupted");
        } catch (RuntimeException e) {
            return new Result(false, host, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            executor.shutdownNow();
            if (client != null) {
                try {
                    client.close();
                } catch (java.io.IOException | RuntimeException e) {
                    // nothing left to release
                }
            }
        }
    }
}
