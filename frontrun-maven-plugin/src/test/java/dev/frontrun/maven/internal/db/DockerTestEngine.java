package dev.frontrun.maven.internal.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Test fixture: a real Docker engine and a local Postgres image, made by the repository's own scripts
 * (docker/start-dockerd.sh, docker/local-postgres-image.sh), once per test JVM.
 *
 * <p>Docker tests run by default. {@code -Dfrontrun.test.docker=false} skips them for quick local runs; they also skip,
 * with the reason printed, when no engine can be started (e.g. not root, no apt). {@code -Dfrontrun.test.dockerHost}
 * and {@code -Dfrontrun.test.dockerImage} use an existing engine and image instead of the scripts.
 */
final class DockerTestEngine {

    /** The engine address and the image name. */
    record Engine(String dockerHost, String image) {
    }

    private static Engine engine;
    private static String unavailable;
    private static String harnessImage;

    private DockerTestEngine() {
    }

    /** Returns the engine, or aborts the calling test with a visible message. */
    static synchronized Engine require() {
        if (!Boolean.parseBoolean(System.getProperty("frontrun.test.docker", "true"))) {
            skip("Docker tests are off (-Dfrontrun.test.docker=false)");
        }
        if (engine == null && unavailable == null) {
            try {
                engine = setUp();
            } catch (IOException | RuntimeException e) {
                unavailable = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unavailable = "interrupted";
            }
        }
        if (engine == null) {
            skip("no Docker engine could be started: " + unavailable);
        }
        return engine;
    }

    private static void skip(String why) {
        System.err.println("[frontrun] SKIPPING Docker test: " + why);
        Assumptions.abort(why);
    }

    private static Engine setUp() throws IOException, InterruptedException {
        String host = System.getProperty("frontrun.test.dockerHost");
        String image = System.getProperty("frontrun.test.dockerImage");
        Path docker = repositoryRoot().resolve("docker");
        long started = System.nanoTime();
        if (host == null) {
            host = lastLine(run(List.of("bash", docker.resolve("start-dockerd.sh").toString()), null, 240));
        }
        long engineReady = System.nanoTime();
        if (image == null) {
            image = lastLine(run(List.of("bash", docker.resolve("local-postgres-image.sh").toString()), host, 600));
        }
        System.out.printf("[frontrun] Docker setup: engine %s in %d ms, image %s in %d ms%n", host,
                (engineReady - started) / 1_000_000, image, (System.nanoTime() - engineReady) / 1_000_000);
        return new Engine(host, image);
    }

    /** Builds docker/postgres/Dockerfile on top of the engine's image (offline, classic builder); once per JVM. */
    static synchronized String harnessImage(Engine engine) throws IOException, InterruptedException {
        if (harnessImage == null) {
            long started = System.nanoTime();
            String tag = "frontrun/postgres:test";
            Path context = repositoryRoot().resolve("docker").resolve("postgres");
            run(List.of("docker", "build", "-q", "--build-arg", "BASE_IMAGE=" + engine.image(), "-t", tag,
                    context.toString()), engine.dockerHost(), 300);
            System.out.printf("[frontrun] built %s from %s in %d ms%n", tag, context,
                    (System.nanoTime() - started) / 1_000_000);
            harnessImage = tag;
        }
        return harnessImage;
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docker"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docker/ not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static String run(List<String> command, String dockerHost, int timeoutSeconds)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("frontrun-docker-setup", ".log");
        Path out = Files.createTempFile("frontrun-docker-setup", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        if (dockerHost != null) {
            builder.environment().put("DOCKER_HOST", dockerHost);
            builder.environment().put("DOCKER_BUILDKIT", "0"); // the classic builder needs no buildx plugin
        }
        boolean keepLog = false;
        try {
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                keepLog = true; // named in the message
                throw new IllegalStateException(command + " did not finish within " + timeoutSeconds + " s; see "
                        + log);
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed with exit code " + process.exitValue() + ": "
                        + Files.readString(log).strip());
            }
            return stdout;
        } finally {
            Files.deleteIfExists(out);
            if (!keepLog) {
                Files.deleteIfExists(log);
            }
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1].strip();
    }
}
