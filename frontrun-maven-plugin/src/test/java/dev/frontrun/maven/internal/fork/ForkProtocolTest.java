package dev.frontrun.maven.internal.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.frontrun.internal.fork.ForkConfiguration;
import dev.frontrun.internal.fork.ForkResult;
import dev.frontrun.internal.fork.KeyValueCodec;

class ForkProtocolTest {

    @TempDir
    Path dir;

    @Test
    void configurationAndResultSurviveTheRoundTrip() throws IOException {
        ForkConfiguration conf = new ForkConfiguration("s1", "a.Task", 123, true, dir.resolve("s1.result"),
                Map.of("url", "jdbc:postgresql://127.0.0.1:5/x?a=b", "multi", "line1\nline2\\n\r", "empty", ""));
        conf.write(dir.resolve("s1.conf"));
        assertEquals(conf, ForkConfiguration.read(dir.resolve("s1.conf")));
        assertTrue(conf.encode().startsWith("frontrun-fork-configuration 1\n"), conf.encode());

        ForkResult ok = ForkResult.completed(Map.of("verdict", "SAFE"));
        assertEquals(ok, ForkResult.decode(ok.encode()));
        ForkResult failed = ForkResult.failed("java.lang.Error: x\n\tat y");
        assertEquals(failed, ForkResult.decode(failed.encode()));
    }

    @Test
    void anotherVersionIsRejectedWithAReason() {
        IOException e = assertThrows(IOException.class,
                () -> ForkConfiguration.decode("frontrun-fork-configuration 2\nfork.id=x\n"));
        assertTrue(e.getMessage().contains("different frontrun versions"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KeyValueCodec.encode("k", 1, Map.of("a=b", "c")));
    }

    @Test
    void argLinesSplitLikeAShell() {
        assertEquals(List.of("-Xmx1g", "-Da=b c", "-Dq=it's", "x\"y"),
                ArgLine.split("  -Xmx1g '-Da=b c'  \"-Dq=it's\" x\\\"y "));
        assertEquals(List.of(), ArgLine.split(null));
        assertThrows(IllegalArgumentException.class, () -> ArgLine.split("-Da='open"));
    }

    @Test
    void theAgentJarComesFromThePluginsArtifactMap() throws IOException {
        File jar = dir.resolve("frontrun-runtime-1.0.jar").toFile();
        assertTrue(jar.createNewFile());
        DefaultArtifact runtime = new DefaultArtifact("dev.frontrun", "frontrun-runtime", "1.0", "compile", "jar", null,
                new DefaultArtifactHandler("jar"));
        runtime.setFile(jar);
        assertEquals(jar.toPath(), AgentJar.find(Map.of(AgentJar.RUNTIME_KEY, runtime)));

        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> AgentJar.find(Map.of()));
        assertTrue(missing.getMessage().contains("dev.frontrun:frontrun-runtime"), missing.getMessage());
        runtime.setFile(dir.resolve("target/classes").toFile());
        IllegalStateException notAJar = assertThrows(IllegalStateException.class,
                () -> AgentJar.find(Map.of(AgentJar.RUNTIME_KEY, runtime)));
        assertTrue(notAJar.getMessage().contains("not a jar file"), notAJar.getMessage());
    }

    @Test
    void theJvmParameterAcceptsAHomeOrAnExecutable() {
        Path home = Path.of(System.getProperty("java.home"));
        assertEquals(home.resolve("bin/java"), JavaExecutable.resolve(home.toString()));
        assertEquals(home.resolve("bin/java"), JavaExecutable.resolve(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JavaExecutable.resolve("/no/such/jdk"));
        assertTrue(e.getMessage().contains("frontrun.jvm"), e.getMessage());
    }
}
