package dev.frontrun.maven.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real Docker engine (see {@link DockerTestEngine}); Postgres reached on 127.0.0.1 only. */
class DockerPostgresProviderTest {

    private static DockerTestEngine.Engine engine;

    @BeforeAll
    static void engine() {
        engine = DockerTestEngine.require();
    }

    private static PostgresSettings settings() {
        return PostgresSettings.defaults().withDatabase("docker").withDocker(engine.image(), engine.dockerHost(), false);
    }

    @Test
    void runsPostgresOnTheHostNetworkAndRemovesTheContainer() throws Exception {
        String containerId;
        try (DockerClient client = DockerClients.create(engine.dockerHost(), Duration.ofSeconds(5), Duration.ofSeconds(30))) {
            try (DockerPostgresProvider provider = new DockerPostgresProvider(settings(), System.out::println)) {
                long started = System.nanoTime();
                PostgresEndpoint admin = provider.start();
                System.out.printf("[frontrun] docker provider ready in %d ms%n", (System.nanoTime() - started) / 1_000_000);
                assertEquals("docker", admin.provider());
                assertTrue(admin.jdbcUrl().startsWith("jdbc:postgresql://127.0.0.1:"), admin.jdbcUrl());
                assertEquals(List.of("1"), Sql.column(admin, "SELECT 1"));
                assertEquals(List.of("off"), Sql.column(admin, "SHOW fsync"));
                assertEquals(List.of("127.0.0.1"), Sql.column(admin, "SHOW listen_addresses"));

                containerId = provider.containerId();
                var inspect = client.inspectContainerCmd(containerId).exec();
                assertEquals("host", inspect.getHostConfig().getNetworkMode());
                assertEquals("true", inspect.getConfig().getLabels().get(DockerSession.LABEL));
                assertEquals(DockerSession.current().id(), inspect.getConfig().getLabels().get(DockerSession.LABEL_SESSION));

                PostgresEndpoint a = provider.createDatabase("fr_1_docker_a");
                PostgresEndpoint b = provider.createDatabase("fr_2_docker_b");
                Sql.execute(a, "CREATE TABLE t (x int)");
                assertEquals(List.of("t"), Sql.tables(a));
                assertEquals(List.of(), Sql.tables(b));
            }
            assertThrows(NotFoundException.class, () -> client.inspectContainerCmd(containerId).exec(),
                    "the container must be removed on close");
        }
    }

    @Test
    void theHarnessImageFromDockerPostgresCarriesTheSettings() throws Exception {
        String image = DockerTestEngine.harnessImage(engine);
        PostgresSettings settings = PostgresSettings.defaults().withDatabase("docker")
                .withDocker(image, engine.dockerHost(), false);
        try (PostgresProvider provider = PostgresProviders.create(settings, System.out::println)) {
            PostgresEndpoint admin = provider.start();
            assertEquals(List.of("128"), Sql.column(admin, "SHOW max_locks_per_transaction"),
                    "set only by docker/postgres/frontrun-settings.sh");
            assertEquals(List.of("127.0.0.1"), Sql.column(admin, "SHOW listen_addresses"));
        }
    }

    @Test
    void aMissingImageSaysWhatToDo() {
        PostgresSettings settings = PostgresSettings.defaults().withDatabase("docker")
                .withDocker("frontrun-local/no-such-image:0", engine.dockerHost(), false);
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> new DockerPostgresProvider(settings, s -> { }).start());
        assertTrue(e.getMessage().contains("docker pull frontrun-local/no-such-image:0"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dfrontrun.docker.image="), e.getMessage());
        assertTrue(e.getMessage().contains("-Dfrontrun.database=embedded"), e.getMessage());
    }

    @Test
    void anUnreachableEngineSaysWhatToDo() {
        PostgresSettings settings = PostgresSettings.defaults().withDatabase("docker")
                .withDocker(engine.image(), "unix:///nonexistent/frontrun/docker.sock", false);
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> new DockerPostgresProvider(settings, s -> { }).start());
        assertTrue(e.getMessage().contains("No Docker engine answers at unix:///nonexistent/frontrun/docker.sock"),
                e.getMessage());
        assertTrue(e.getMessage().contains("DOCKER_HOST"), e.getMessage());
    }

    @Test
    void aContainerThatDiesIsReportedWithItsLogAndRemoved() throws Exception {
        PostgresSettings settings = settings().withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(2));
        Map<String, String> broken = new HashMap<>(settings.serverSettings());
        broken.put("no_such_setting", "1");
        PostgresSettings bad = new PostgresSettings("docker", null, null, null, engine.image(), engine.dockerHost(),
                false, settings.startupTimeout(), settings.probeTimeout(), broken);
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> new DockerPostgresProvider(bad, s -> { }).start());
        assertTrue(e.getMessage().contains("did not become ready"), e.getMessage());
        assertTrue(e.getMessage().contains("no_such_setting"), "the log tail must show the cause: " + e.getMessage());
        try (DockerClient client = DockerClients.create(engine.dockerHost(), Duration.ofSeconds(5), Duration.ofSeconds(30))) {
            List<Container> mine = client.listContainersCmd().withShowAll(true)
                    .withLabelFilter(Map.of(DockerSession.LABEL_SESSION, DockerSession.current().id())).exec();
            assertEquals(List.of(), mine.stream().map(Container::getId).toList(), "a failed start removes its container");
        }
    }

    @Test
    void theReaperRemovesContainersOfDeadRunsOnly() throws Exception {
        try (DockerClient client = DockerClients.create(engine.dockerHost(), Duration.ofSeconds(5), Duration.ofSeconds(30))) {
            DockerSession self = DockerSession.current();
            Process gone = new ProcessBuilder("true").start();
            gone.waitFor();
            DockerSession dead = new DockerSession("deadsession1", self.host(), gone.pid(), 1L);
            DockerSession live = new DockerSession("livesession1", self.host(), ProcessHandle.current().parent()
                    .orElseThrow().pid(), 0L);
            String deadId = client.createContainerCmd(engine.image()).withLabels(dead.labels()).exec().getId();
            String liveId = client.createContainerCmd(engine.image()).withLabels(live.labels()).exec().getId();
            try {
                int removed = ContainerReaper.reap(client, self, Duration.ofHours(12), System.out::println);
                assertTrue(removed >= 1, "removed " + removed);
                assertThrows(NotFoundException.class, () -> client.inspectContainerCmd(deadId).exec());
                assertNotNull(client.inspectContainerCmd(liveId).exec(), "a live build's container stays");
            } finally {
                client.removeContainerCmd(liveId).withForce(true).exec();
                try {
                    client.removeContainerCmd(deadId).withForce(true).exec();
                } catch (NotFoundException expected) {
                    // reaped
                }
            }
        }
    }
}
