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

    static Result probe(String dockerHost, Duration timeout) {
        String host = DockerClients.describe(dockerHost);
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "frontrun-docker-probe");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<String> answer = executor.submit(() -> {
                try (DockerClient client = DockerClients.create(dockerHost, timeout, timeout)) {
                    client.pingCmd().exec();
                    Version v = client.versionCmd().exec();
                    return "Docker " + v.getVersion() + ", API " + v.getApiVersion();
                }
            });
            return new Result(true, host, answer.get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return new Result(false, host, "no answer within " + timeout.toMillis() + " ms");
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
        }
    }
}
