package dev.frontrun.maven.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AutoPostgresProviderTest {

    @Test
    void picksEmbeddedWhenNoEngineAnswers() throws Exception {
        List<String> log = new ArrayList<>();
        PostgresSettings settings = PostgresSettings.defaults()
                .withDocker(PostgresSettings.DEFAULT_IMAGE, "unix:///nonexistent/frontrun/docker.sock", true)
                .withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(10));
        long started = System.nanoTime();
        try (AutoPostgresProvider auto = (AutoPostgresProvider) PostgresProviders.create(settings, log::add)) {
            PostgresEndpoint endpoint = auto.start();
            System.out.println("[frontrun] " + auto.decision());
            assertEquals("embedded", endpoint.provider());
            assertEquals("embedded", auto.chosen().name());
            assertTrue(auto.decision().startsWith("embedded: no Docker engine answered at"
                    + " unix:///nonexistent/frontrun/docker.sock"), auto.decision());
            assertTrue(log.stream().anyMatch(line -> line.contains("frontrun.database=auto chose embedded")), log.toString());
            assertEquals(List.of("1"), Sql.column(endpoint, "SELECT 1"));
        }
        System.out.printf("[frontrun] auto -> embedded in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void picksDockerWhenTheEngineAnswers() throws Exception {
        DockerTestEngine.Engine engine = DockerTestEngine.require();
        List<String> log = new ArrayList<>();
        // a generous probe: on a loaded machine docker-java's first start alone can take seconds
        PostgresSettings settings = PostgresSettings.defaults().withDocker(engine.image(), engine.dockerHost(), false)
                .withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(15));
        try (AutoPostgresProvider auto = new AutoPostgresProvider(settings, log::add)) {
            PostgresEndpoint endpoint = auto.start();
            System.out.println("[frontrun] " + auto.decision());
            assertEquals("docker", endpoint.provider());
            assertTrue(auto.decision().startsWith("docker: the Docker engine at " + engine.dockerHost() + " answered"),
                    auto.decision());
            assertEquals(List.of("1"), Sql.column(endpoint, "SELECT 1"));
        }
    }

    @Test
    void fallsBackToEmbeddedAndSaysWhyWhenDockerCannotRunTheImage() throws Exception {
        DockerTestEngine.Engine engine = DockerTestEngine.require();
        PostgresSettings settings = PostgresSettings.defaults()
                .withDocker("frontrun-local/no-such-image:0", engine.dockerHost(), false)
                .withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(15));
        try (AutoPostgresProvider auto = new AutoPostgresProvider(settings, s -> { })) {
            assertEquals("embedded", auto.start().provider());
            System.out.println("[frontrun] " + auto.decision());
            assertTrue(auto.decision().contains("answered but could not run PostgreSQL"), auto.decision());
            assertTrue(auto.decision().contains("frontrun-local/no-such-image:0"), auto.decision());
        }
    }
}
