package dev.frontrun.maven.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;

import dev.frontrun.maven.internal.fork.ForkLauncher;
import dev.frontrun.maven.internal.fork.ForkOutcome;
import dev.frontrun.maven.internal.fork.ForkRequest;
import dev.frontrun.maven.internal.fork.ForkSpec;
import dev.frontrun.internal.fork.ForkConfiguration;
import dev.frontrun.internal.fork.ForkTask;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM that exits without closing the provider still removes its container (shutdown hook). */
class ContainerRemovalOnExitTest {

    @TempDir
    Path dir;

    /** Runs in a fork: starts the docker provider and returns without closing it; the fork then exits. */
    public static final class StartAndLeave implements ForkTask {
        @Override
        public Map<String, String> run(ForkConfiguration configuration) throws Exception {
            PostgresSettings settings = PostgresSettings.defaults().withDatabase("docker")
                    .withDocker(configuration.entry("image"), configuration.entry("dockerHost"), false);
            DockerPostgresProvider provider = new DockerPostgresProvider(settings, System.out::println);
            provider.start();
            return Map.of("container", provider.containerId());
        }
    }

    @Test
    void theShutdownHookRemovesTheContainerWhenTheJvmExits() throws Exception {
        DockerTestEngine.Engine engine = DockerTestEngine.require();
        ForkSpec spec = ForkSpec.builder(dir)
                .classPath(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                        .map(Path::of).toList())
                .timeout(Duration.ofSeconds(120))
                .build();
        ForkOutcome outcome = new ForkLauncher(spec).run(new ForkRequest("leave", StartAndLeave.class.getName(),
                Map.of("image", engine.image(), "dockerHost", engine.dockerHost())));
        assertEquals(ForkOutcome.Status.COMPLETED, outcome.status(), outcome.message());
        String container = outcome.result().entries().get("container");
        try (DockerClient client = DockerClients.create(engine.dockerHost(), Duration.ofSeconds(5), Duration.ofSeconds(30))) {
            assertThrows(NotFoundException.class, () -> client.inspectContainerCmd(container).exec(),
                    "the fork's shutdown hook must have removed container " + container);
        }
    }
}
